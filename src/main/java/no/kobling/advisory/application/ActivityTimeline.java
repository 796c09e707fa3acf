package no.kobling.advisory.application;

import java.time.ZoneId;
import java.util.List;
import no.kobling.shared.search.Authorities;
import no.kobling.shared.timeline.CompanyTimelineSource;
import no.kobling.shared.timeline.TimelineEntry;
import org.springframework.stereotype.Component;

/** Activities on a company's timeline: those {@link ActivityService#ofCompany} shows the caller, on their day. */
@Component
class ActivityTimeline implements CompanyTimelineSource {

    private final ActivityService activities;

    ActivityTimeline(ActivityService activities) {
        this.activities = activities;
    }

    @Override
    public String kind() {
        return "activity";
    }

    @Override
    public List<TimelineEntry> entries(long companyId, ZoneId zone) {
        if (!Authorities.any("LOG_ACTIVITIES")) {
            return List.of();
        }
        return activities.ofCompany(companyId).stream().map(a -> new TimelineEntry(kind(), a.id(), a.date(),
                a.kindName(), a.organisationName(), "/advisory/activities/" + a.id())).toList();
    }
}
