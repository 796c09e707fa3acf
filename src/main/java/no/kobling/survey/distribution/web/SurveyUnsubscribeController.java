package no.kobling.survey.distribution.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import no.kobling.survey.distribution.application.SurveyDistributionLinks;
import no.kobling.survey.distribution.application.SurveySendViews.UnsubscribeView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Public unsubscribe of a personal survey link (no login; the token is the permission): a page with a confirm button
 * (the POST is CSRF-protected and counted by the public form limit), in the recipient's language.
 */
@Controller
class SurveyUnsubscribeController {

    private final SurveyDistributionLinks links;
    private final LocaleResolver localeResolver;

    SurveyUnsubscribeController(SurveyDistributionLinks links, LocaleResolver localeResolver) {
        this.links = links;
        this.localeResolver = localeResolver;
    }

    @GetMapping("/public/surveys/{token}/unsubscribe")
    String page(@PathVariable String token, Model model, HttpServletRequest request, HttpServletResponse response) {
        UnsubscribeView view = links.unsubscribePage(token);
        if (request.getParameter("lang") == null) {
            localeResolver.setLocale(request, response, Locale.forLanguageTag(view.language()));
        }
        model.addAttribute("view", view);
        model.addAttribute("token", token);
        return "surveys/send-unsubscribe";
    }

    @PostMapping("/public/surveys/{token}/unsubscribe")
    String unsubscribe(@PathVariable String token, Model model) {
        model.addAttribute("view", links.unsubscribe(token));
        model.addAttribute("token", token);
        return "surveys/send-unsubscribe";
    }
}
