package no.kobling.advisory.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.kobling.advisory.application.ActivityKindService;
import no.kobling.advisory.application.AdvisoryViews.Named;
import no.kobling.advisory.application.FunnelService;
import no.kobling.advisory.application.PyramidQuery;
import no.kobling.advisory.domain.FunnelLevel;
import no.kobling.geo.Geography;
import no.kobling.shared.DomainException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pyramid page (chart, table, drill-down) and the partnership's funnel rules. */
@Controller
@RequestMapping("/advisory")
class PyramidController {

    private final FunnelService funnel;
    private final ActivityKindService kinds;
    private final Geography geography;

    PyramidController(FunnelService funnel, ActivityKindService kinds, Geography geography) {
        this.funnel = funnel;
        this.kinds = kinds;
        this.geography = geography;
    }

    @GetMapping("/pyramid")
    String pyramid(@RequestParam(required = false) Long partnershipId,
            @RequestParam(required = false) Long municipalityId, @RequestParam(required = false) String targetGroup,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) FunnelLevel level, Model model) {
        List<Named> partnerships = funnel.partnerships();
        model.addAttribute("partnerships", partnerships);
        model.addAttribute("levels", FunnelLevel.values());
        Long chosen = partnershipId;
        if (chosen == null && !partnerships.isEmpty()) {
            chosen = partnerships.get(0).id();
        }
        model.addAttribute("partnershipId", chosen);
        model.addAttribute("municipalityId", municipalityId);
        model.addAttribute("targetGroup", targetGroup);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("targetGroups", funnel.targetGroups(LocaleContextHolder.getLocale().getLanguage()));
        if (chosen != null) {
            PyramidQuery query = new PyramidQuery(chosen, municipalityId, targetGroup, from, to);
            model.addAttribute("pyramid", funnel.pyramid(query));
            FunnelService.RuleView rules = funnel.rules(chosen);
            model.addAttribute("rules", rules);
            model.addAttribute("ruleKinds", java.util.Map.of("participatingKinds", rules.participatingKinds(),
                    "intensiveKinds", rules.intensiveKinds(), "deepDiveKinds", rules.deepDiveKinds()));
            model.addAttribute("municipalities", geography.municipalities(funnel.municipalities(chosen)).stream()
                    .sorted(java.util.Comparator.comparing(no.kobling.geo.MunicipalityRef::name)).toList());
            // the companies behind a level are single records: funders see the figures only
            boolean drillDown = readsRecords();
            model.addAttribute("mayDrillDown", drillDown);
            if (level != null && drillDown) {
                model.addAttribute("drillDown", funnel.companiesAt(query, level));
            }
        }
        model.addAttribute("kinds", kinds.list(true));
        return "advisory/pyramid";
    }

    @PostMapping("/pyramid/rules")
    String configure(@RequestParam long partnershipId, @RequestParam(defaultValue = "0") int minActivities,
            @RequestParam(required = false) BigDecimal minHours,
            @RequestParam(required = false) List<String> participatingKinds,
            @RequestParam(required = false) List<String> intensiveKinds,
            @RequestParam(required = false) List<String> deepDiveKinds, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        try {
            funnel.configure(partnershipId, version, minActivities, minHours, participatingKinds, intensiveKinds,
                    deepDiveKinds);
            redirect.addFlashAttribute("rulesSaved", true);
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            redirect.addFlashAttribute("rulesError", e.messageKey());
        }
        return "redirect:/advisory/pyramid?partnershipId=" + partnershipId + "#rules-heading";
    }

    private static boolean readsRecords() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> "LOG_ACTIVITIES".equals(a.getAuthority()));
    }
}
