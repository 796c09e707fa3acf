package no.kobling.indicator.funder.web;

import no.kobling.indicator.funder.application.FundingService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Whether the navigation shows the funder link ({@code ${@fundingNavigation.visible()}} in fragments/layout.html):
 * the caller has VIEW_REPORTS and its organisation funds a project.
 */
@Component("fundingNavigation")
public class FundingNavigation {

    private final FundingService funding;

    FundingNavigation(FundingService funding) {
        this.funding = funding;
    }

    public boolean visible() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth.getAuthorities().stream().noneMatch(a -> "VIEW_REPORTS".equals(a.getAuthority()))) {
            return false;
        }
        return funding.fundsAny();
    }
}
