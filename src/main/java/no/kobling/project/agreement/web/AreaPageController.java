package no.kobling.project.agreement.web;

import java.util.LinkedHashMap;
import java.util.Map;
import no.kobling.project.agreement.application.AreaService;
import no.kobling.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The areas of cooperation: everyone sees the list; reference-data administrators add, archive and restore. */
@Controller
@RequestMapping("/agreements/areas")
class AreaPageController {

    private final AreaService areas;

    AreaPageController(AreaService areas) {
        this.areas = areas;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("areas", areas.list(true));
        model.addAttribute("mayAdminister", areas.mayAdminister());
        return "agreements/areas";
    }

    @PostMapping
    String add(@RequestParam(required = false) String nameEn, @RequestParam(required = false) String nameNb,
            @RequestParam(required = false) String nameNn, @RequestParam(required = false) String nameSv,
            @RequestParam(required = false) String nameFi, RedirectAttributes redirect) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("en", nameEn);
        names.put("nb", nameNb);
        names.put("nn", nameNn);
        names.put("sv", nameSv);
        names.put("fi", nameFi);
        try {
            areas.add(names);
            redirect.addFlashAttribute("done", "added");
        } catch (DomainException e) {
            redirect.addFlashAttribute("actionError", e.messageKey());
            redirect.addFlashAttribute("actionErrorArgs", e.args());
        }
        return "redirect:/agreements/areas";
    }

    @PostMapping("/{id:\\d+}/delete")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("done", areas.remove(id) == AreaService.RemoveOutcome.ARCHIVED ? "archived"
                : "deleted");
        return "redirect:/agreements/areas";
    }

    @PostMapping("/{id:\\d+}/restore")
    String restore(@PathVariable long id, RedirectAttributes redirect) {
        areas.restore(id);
        redirect.addFlashAttribute("done", "restored");
        return "redirect:/agreements/areas";
    }
}
