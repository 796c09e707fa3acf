package no.kobling.advisory.web;

import java.util.HashMap;
import java.util.Map;
import no.kobling.advisory.application.ActivityKindService;
import no.kobling.advisory.domain.FunnelLevel;
import no.kobling.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators extend the activity kinds; a kind in use is archived, not deleted. */
@Controller
@RequestMapping("/advisory/kinds")
class KindPageController {

    private final ActivityKindService kinds;

    KindPageController(ActivityKindService kinds) {
        this.kinds = kinds;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("kinds", kinds.list(true));
        model.addAttribute("levels", FunnelLevel.values());
        return "advisory/kinds";
    }

    @PostMapping
    String create(@RequestParam(defaultValue = "") String code, @RequestParam(required = false) FunnelLevel level,
            @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        Map<String, String> names = new HashMap<>();
        for (String lang : no.kobling.advisory.domain.Translations.LANGUAGES) {
            names.put(lang, params.get("name_" + lang));
        }
        try {
            kinds.create(code, level, names);
            redirect.addFlashAttribute("kindSaved", true);
        } catch (DomainException e) {
            redirect.addFlashAttribute("kindError", e.messageKey());
            redirect.addFlashAttribute("kindErrorArgs", e.args());
        }
        return "redirect:/advisory/kinds";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute(kinds.delete(id) ? "kindArchived" : "kindDeleted", true);
        return "redirect:/advisory/kinds";
    }

    @PostMapping("/{id}/restore")
    String restore(@PathVariable long id, RedirectAttributes redirect) {
        kinds.restore(id);
        redirect.addFlashAttribute("kindSaved", true);
        return "redirect:/advisory/kinds";
    }
}
