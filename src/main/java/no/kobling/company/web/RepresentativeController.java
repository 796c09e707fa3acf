package no.kobling.company.web;

import no.kobling.company.application.RepresentativeLinks;
import no.kobling.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Linking users who represent a company, from the company page. */
@Controller
@RequestMapping("/companies/{id}/representatives")
class RepresentativeController {

    private final RepresentativeLinks representatives;

    RepresentativeController(RepresentativeLinks representatives) {
        this.representatives = representatives;
    }

    @PostMapping
    String add(@PathVariable long id, @RequestParam(defaultValue = "") String username,
            RedirectAttributes redirect) {
        try {
            representatives.add(id, username);
            redirect.addFlashAttribute("representativeSaved", true);
        } catch (DomainException e) {
            if (e.status() == 403) {
                throw e;
            }
            redirect.addFlashAttribute("representativeError", e.messageKey());
            redirect.addFlashAttribute("representativeErrorArgs", e.args());
        }
        return "redirect:/companies/" + id + "#representatives-heading";
    }

    @PostMapping("/{userId}/verify")
    String verify(@PathVariable long id, @PathVariable long userId, RedirectAttributes redirect) {
        representatives.verify(id, userId);
        redirect.addFlashAttribute("representativeSaved", true);
        return "redirect:/companies/" + id + "#representatives-heading";
    }

    @PostMapping("/{userId}/delete")
    String remove(@PathVariable long id, @PathVariable long userId, RedirectAttributes redirect) {
        representatives.remove(id, userId);
        redirect.addFlashAttribute("representativeSaved", true);
        return "redirect:/companies/" + id + "#representatives-heading";
    }
}
