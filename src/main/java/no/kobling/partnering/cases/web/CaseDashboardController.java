package no.kobling.partnering.cases.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import no.kobling.partnering.cases.application.CaseDays;
import no.kobling.partnering.cases.application.CaseFiguresService;
import no.kobling.partnering.cases.application.FollowUpService;
import no.kobling.partnering.cases.domain.CaseFigures;
import no.kobling.partnering.cases.domain.OutcomeKind;
import no.kobling.shared.DomainException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The follow-ups dashboard (facilitators and coordinators), follow-up plans, and the figures page. */
@Controller
@RequestMapping("/cases")
class CaseDashboardController {

    private final FollowUpService followUps;
    private final CaseFiguresService figures;
    private final Clock clock;
    private final CaseDays days;

    CaseDashboardController(FollowUpService followUps, CaseFiguresService figures, Clock clock, CaseDays days) {
        this.followUps = followUps;
        this.figures = figures;
        this.clock = clock;
        this.days = days;
    }

    @GetMapping("/follow-ups")
    String followUps(Model model) {
        model.addAttribute("dashboard", followUps.dashboard());
        model.addAttribute("plans", followUps.plans());
        return "cases/follow-ups";
    }

    @PostMapping("/plans/{partnershipId}")
    String plan(@PathVariable long partnershipId, @RequestParam(required = false) String offsets, Model model,
            HttpServletResponse response) {
        try {
            followUps.changePlan(partnershipId, offsets);
            return "redirect:/cases/follow-ups?saved=true";
        } catch (DomainException e) {
            if (e.status() == 404) {
                throw e;
            }
            response.setStatus(e.status());
            model.addAttribute("planError", e);
            model.addAttribute("planErrorFor", partnershipId);
            model.addAttribute("planInput", offsets);
            return followUps(model);
        }
    }

    @GetMapping("/figures")
    String figures(@RequestParam(required = false) Long partnershipId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        // the year and today of the partnership shown (of the viewer when all are shown): docs/time.md
        LocalDate today = partnershipId == null ? days.viewerToday() : days.partnershipToday(partnershipId);
        LocalDate start = from == null ? today.withDayOfYear(1) : from;
        LocalDate end = to == null ? today : to;
        CaseFigures.Result result = figures.figures(partnershipId, start, end).result();
        model.addAttribute("result", result);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("partnershipId", partnershipId);
        model.addAttribute("plans", followUps.plans());
        model.addAttribute("kinds", OutcomeKind.values());
        List<Long> counts = Arrays.stream(OutcomeKind.values()).map(result.total()::outcomes).toList();
        model.addAttribute("chartCounts", counts);
        return "cases/figures";
    }
}
