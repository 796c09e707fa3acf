package no.kobling.project.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.kobling.project.plan.application.TypeService;
import no.kobling.project.plan.domain.Names;
import no.kobling.shared.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Project types: the list for everyone, and for administrators of reference data a form and archive/delete. */
@Controller
@RequestMapping("/projects/types")
class ProjectTypePageController {

    static final int PHASE_SLOTS = 4;

    private final TypeService types;

    ProjectTypePageController(TypeService types) {
        this.types = types;
    }

    /** A new type: names per language, up to four phases with names, months and deliverables (one per line). */
    public static class TypeForm {
        private Map<String, String> names = new HashMap<>();
        private List<PhaseSlot> phases = new ArrayList<>();

        public TypeForm() {
            for (int i = 0; i < PHASE_SLOTS; i++) {
                phases.add(new PhaseSlot());
            }
        }

        public Map<String, String> getNames() {
            return names;
        }

        public void setNames(Map<String, String> names) {
            this.names = names;
        }

        public List<PhaseSlot> getPhases() {
            return phases;
        }

        public void setPhases(List<PhaseSlot> phases) {
            this.phases = phases;
        }

        List<TypeService.PhaseData> data() {
            List<TypeService.PhaseData> list = new ArrayList<>();
            for (PhaseSlot slot : phases) {
                String en = slot.names.get("en");
                if (en == null || en.isBlank()) {
                    continue;
                }
                Map<String, List<String>> lines = new HashMap<>();
                int count = 0;
                for (String lang : Names.LANGUAGES) {
                    String text = slot.deliverables.getOrDefault(lang, "");
                    List<String> l = text == null ? List.of()
                            : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
                    lines.put(lang, l);
                    if ("en".equals(lang)) {
                        count = l.size();
                    }
                }
                List<Map<String, String>> deliverables = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    Map<String, String> names = new HashMap<>();
                    for (String lang : Names.LANGUAGES) {
                        List<String> l = lines.get(lang);
                        if (i < l.size()) {
                            names.put(lang, l.get(i));
                        }
                    }
                    deliverables.add(names);
                }
                list.add(new TypeService.PhaseData(slot.names, slot.minMonths, slot.maxMonths, deliverables));
            }
            return list;
        }
    }

    public static class PhaseSlot {
        private Map<String, String> names = new HashMap<>();
        private Integer minMonths;
        private Integer maxMonths;
        private Map<String, String> deliverables = new HashMap<>();

        public Map<String, String> getNames() {
            return names;
        }

        public void setNames(Map<String, String> names) {
            this.names = names;
        }

        public Integer getMinMonths() {
            return minMonths;
        }

        public void setMinMonths(Integer minMonths) {
            this.minMonths = minMonths;
        }

        public Integer getMaxMonths() {
            return maxMonths;
        }

        public void setMaxMonths(Integer maxMonths) {
            this.maxMonths = maxMonths;
        }

        public Map<String, String> getDeliverables() {
            return deliverables;
        }

        public void setDeliverables(Map<String, String> deliverables) {
            this.deliverables = deliverables;
        }
    }

    @GetMapping
    String list(Model model) {
        return page(new TypeForm(), model);
    }

    @PostMapping
    String create(@ModelAttribute("form") TypeForm form, Model model, HttpServletResponse response) {
        try {
            types.create(form.getNames(), form.data());
            return "redirect:/projects/types";
        } catch (DomainException e) {
            response.setStatus(e.status());
            model.addAttribute("actionError", e);
            return page(form, model);
        }
    }

    @PostMapping("/{id}/archive")
    String archive(@PathVariable long id, @RequestParam(defaultValue = "true") boolean archived) {
        types.archive(id, archived);
        return "redirect:/projects/types";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id) {
        types.delete(id);
        return "redirect:/projects/types";
    }

    private String page(TypeForm form, Model model) {
        model.addAttribute("types", types.list(true));
        model.addAttribute("form", form);
        model.addAttribute("languages", Names.LANGUAGES);
        return "projects/types";
    }
}
