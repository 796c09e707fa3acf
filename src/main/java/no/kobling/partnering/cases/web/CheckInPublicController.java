package no.kobling.partnering.cases.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.Optional;
import no.kobling.partnering.cases.application.CheckInAnswers;
import no.kobling.partnering.cases.application.CheckInViews.PublicCheckIn;
import no.kobling.partnering.cases.domain.CheckInAnswer;
import no.kobling.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The check-in page a company reaches from its e-mail, without signing in. Opening a link (GET) only shows the chosen
 * answer preselected: mail scanners fetch links, so the answer is given by the one confirm button (POST).
 */
@Controller
class CheckInPublicController {

    private static final String VIEW = "cases/checkin-public";

    private final CheckInAnswers answers;

    CheckInPublicController(CheckInAnswers answers) {
        this.answers = answers;
    }

    @GetMapping("/public/checkins/{token}")
    String show(@PathVariable String token, @RequestParam(required = false) String answer, Model model,
            HttpServletResponse response) {
        Optional<PublicCheckIn> found = answers.find(token);
        if (found.isEmpty()) {
            return unknown(model, response);
        }
        model.addAttribute("checkin", found.get());
        model.addAttribute("token", token);
        model.addAttribute("chosen", CheckInAnswer.parse(answer));
        model.addAttribute("answers", CheckInAnswer.values());
        model.addAttribute("state", found.get().answered() ? "answered" : "form");
        return VIEW;
    }

    @PostMapping("/public/checkins/{token}")
    String answer(@PathVariable String token, @RequestParam(required = false) String answer,
            @RequestParam(required = false) String amount, @RequestParam(required = false) String currency,
            Model model, HttpServletResponse response) {
        Optional<PublicCheckIn> found = answers.find(token);
        if (found.isEmpty()) {
            return unknown(model, response);
        }
        CheckInAnswer chosen = CheckInAnswer.parse(answer);
        model.addAttribute("token", token);
        model.addAttribute("answers", CheckInAnswer.values());
        model.addAttribute("chosen", chosen);
        model.addAttribute("amount", amount);
        model.addAttribute("currency", currency);
        try {
            model.addAttribute("checkin", answers.answer(token, chosen, value(amount), currency));
            model.addAttribute("state", "thanks");
        } catch (DomainException e) {
            response.setStatus(e.status());
            boolean already = "checkin-answered".equals(e.code());
            model.addAttribute("checkin", answers.find(token).orElse(found.get()));
            model.addAttribute("state", already ? "answered" : "form");
            model.addAttribute("error", e);
        }
        return VIEW;
    }

    @GetMapping("/public/checkins/{token}/unsubscribe")
    String unsubscribeForm(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<PublicCheckIn> found = answers.find(token);
        if (found.isEmpty()) {
            return unknown(model, response);
        }
        model.addAttribute("checkin", found.get());
        model.addAttribute("token", token);
        model.addAttribute("state", "unsubscribe");
        return VIEW;
    }

    @PostMapping("/public/checkins/{token}/unsubscribe")
    String unsubscribe(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<PublicCheckIn> found = answers.find(token);
        if (found.isEmpty()) {
            return unknown(model, response);
        }
        answers.unsubscribe(token);
        model.addAttribute("checkin", found.get());
        model.addAttribute("state", "unsubscribed");
        return VIEW;
    }

    private static String unknown(Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("state", "unknown");
        return VIEW;
    }

    /** The value as typed (a comma as decimal mark is accepted); anything else is no value (refused for a deal). */
    private static BigDecimal value(String amount) {
        if (amount == null || amount.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(amount.strip().replace(" ", "").replace('\u00a0', ' ').replace(" ", "")
                    .replace(',', '.'));
        } catch (NumberFormatException e) {
            return BigDecimal.ZERO;
        }
    }
}
