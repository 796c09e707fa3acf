package no.kobling.identity.web;

import no.kobling.identity.application.SsoProviderService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final SsoProviderService ssoProviders;

    LoginController(SsoProviderService ssoProviders) {
        this.ssoProviders = ssoProviders;
    }

    @GetMapping("/login")
    String login(Model model) {
        // organisations with an identity provider sign in there (issue 19); local passwords stay for the others
        model.addAttribute("ssoChoices", ssoProviders.loginChoices());
        return "identity/login";
    }
}
