package no.kobling.advisory.catalogue.application;

import java.time.ZoneId;
import java.util.List;
import no.kobling.shared.search.Authorities;
import no.kobling.shared.timeline.CompanyTimelineSource;
import no.kobling.shared.timeline.TimelineEntry;
import org.springframework.stereotype.Component;

/** Referrals on a company's timeline: those {@link ReferralService#ofCompany} shows the caller, on the day referred. */
@Component
class ReferralTimeline implements CompanyTimelineSource {

    private final ReferralService referrals;

    ReferralTimeline(ReferralService referrals) {
        this.referrals = referrals;
    }

    @Override
    public String kind() {
        return "referral";
    }

    @Override
    public List<TimelineEntry> entries(long companyId, ZoneId zone) {
        if (!Authorities.any("VIEW_DIRECTORY", "LOG_ACTIVITIES", "REPRESENT_COMPANY")) {
            return List.of();
        }
        return referrals.ofCompany(companyId).stream().map(r -> new TimelineEntry(kind(), r.id(), r.referredOn(),
                r.serviceName(), r.referredBy(), "/catalogue/services/" + r.serviceId())).toList();
    }
}
