package no.kobling.workspace.web;

import no.kobling.shared.DomainException;
import no.kobling.workspace.application.HomeService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The home page: a section per role of the signed-in user (issue 16). */
@Controller
class HomeController {

    private final HomeService home;

    HomeController(HomeService home) {
        this.home = home;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("home", home.home());
        return "home";
    }

    /**
     * A company representative asks for the personal survey link again: a new one is mailed to the address the survey
     * was sent to (never shown here). A company the user does not represent answers 404.
     */
    @PostMapping("/home/companies/{companyId}/surveys/{surveyId}/link")
    String resendSurveyLink(@PathVariable long companyId, @PathVariable long surveyId, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("surveyLinkSent", home.resendSurveyLink(companyId, surveyId));
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e; // not the user's company or survey: no trace of it
            }
            redirect.addFlashAttribute("surveyErrorKey", e.messageKey());
        }
        return "redirect:/";
    }
}
