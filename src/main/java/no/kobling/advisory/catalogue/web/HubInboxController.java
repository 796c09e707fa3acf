package no.kobling.advisory.catalogue.web;

import java.util.List;
import no.kobling.actor.PartnershipRef;
import no.kobling.advisory.catalogue.application.CatalogueAccess;
import no.kobling.advisory.catalogue.application.ReferralService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** The hub inbox page: referrals waiting for an answer in one of the caller's partnerships (issue 16 point 2). */
@Controller
@RequestMapping("/catalogue")
class HubInboxController {

    private final ReferralService referrals;
    private final CatalogueAccess access;

    HubInboxController(ReferralService referrals, CatalogueAccess access) {
        this.referrals = referrals;
        this.access = access;
    }

    /** The inbox of the caller's first partnership (or the page that says there is none). */
    @GetMapping("/inbox")
    @PreAuthorize("hasAnyAuthority('VIEW_DIRECTORY', 'LOG_ACTIVITIES')")
    String first(Model model) {
        List<PartnershipRef> partnerships = access.partnerships();
        if (!partnerships.isEmpty()) {
            return "redirect:/catalogue/partnerships/" + partnerships.get(0).id() + "/inbox";
        }
        model.addAttribute("partnerships", partnerships);
        model.addAttribute("referrals", List.of());
        return "catalogue/inbox";
    }

    @GetMapping("/partnerships/{id}/inbox")
    String inbox(@PathVariable long id, Model model) {
        model.addAttribute("referrals", referrals.inbox(id));
        List<PartnershipRef> partnerships = access.partnerships();
        model.addAttribute("partnerships", partnerships);
        model.addAttribute("partnership", partnerships.stream().filter(p -> p.id() == id).findFirst().orElseThrow());
        return "catalogue/inbox";
    }
}
