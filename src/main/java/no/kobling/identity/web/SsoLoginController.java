package no.kobling.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import no.kobling.identity.application.SsoClientRegistrations;
import no.kobling.identity.application.SsoProviderService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page's single sign-on: a provider's button ({@code /login/sso/{id}}), the choice by e-mail domain
 * ({@code /login/sso?email=}), and the page after logout that sends the browser on to the provider's logout.
 */
@Controller
class SsoLoginController {

    private final SsoProviderService providers;
    private final SsoClientRegistrations registrations;

    SsoLoginController(SsoProviderService providers, SsoClientRegistrations registrations) {
        this.providers = providers;
        this.registrations = registrations;
    }

    @GetMapping("/login/sso/{registrationId}")
    String start(@PathVariable String registrationId) {
        if (!SsoProviderService.REGISTRATION_ID.matcher(registrationId).matches()
                || registrations.findByRegistrationId(registrationId) == null) {
            return "redirect:/login?sso-error=sso-provider-unavailable";
        }
        return "redirect:/oauth2/authorization/" + registrationId;
    }

    @GetMapping("/login/sso")
    String byEmail(@RequestParam(required = false) String email) {
        return providers.forEmail(email).map(id -> "redirect:/login/sso/" + id)
                .orElse("redirect:/login?sso-error=sso-no-provider");
    }

    @GetMapping("/logout/sso")
    String logout(HttpServletRequest request, HttpServletResponse response, Model model) {
        HttpSession session = request.getSession(false);
        Object url = session == null ? null : session.getAttribute(SsoLogin.PENDING_LOGOUT);
        if (session != null) {
            session.invalidate();
        }
        if (!(url instanceof String endSession)) {
            return "redirect:/login?logout";
        }
        // the browser goes on to the provider's logout at once; the page's link is there if it does not
        response.setHeader("Refresh", "0;url=" + endSession);
        model.addAttribute("endSessionUrl", endSession);
        return "identity/sso-logout";
    }
}
