package no.kobling.indicator.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.advisory.AdvisoryFacts.ActivityFact;
import no.kobling.event.EventFacts.EventFact;
import no.kobling.indicator.application.IndicatorEngine.Computed;
import no.kobling.indicator.application.IndicatorEngine.Item;
import no.kobling.indicator.application.IndicatorEngine.Value;
import org.springframework.stereotype.Component;

/**
 * Activities and events: start-up advisories, local activities (seminars, network meetings, events in the area) and
 * joint activities.
 */
@Component
class ActivityIndicators implements IndicatorFamily {

    @Override
    public Computed compute(String code, IndicatorRun run) {
        return switch (code) {
            case "startup-advisories" -> activityCount(run, Set.of(IndicatorRun.STARTUP_KIND));
            case "local-activities" -> local(run);
            case "joint-activities" -> joint(run);
            default -> null;
        };
    }

    private static Computed activityCount(IndicatorRun run, Set<String> kinds) {
        List<ActivityFact> counted = run.activities().stream().filter(a -> kinds.contains(a.kindCode()))
                .filter(run::inGroup).toList();
        return new Computed(Value.count(counted.size(), subjectsOf(counted, List.of())),
                counted.stream().map(ActivityIndicators::activity).toList());
    }

    /** Held in the area: the organiser's home municipality is one of the filter's. */
    private static boolean inArea(IndicatorRun run, EventFact e) {
        Long home = run.home(e.organiserOrganisationId());
        return home != null && run.filter().municipalityIds().contains(home);
    }

    private static Computed local(IndicatorRun run) {
        List<ActivityFact> acts = run.activities().stream()
                .filter(a -> IndicatorRun.LOCAL_KINDS.contains(a.kindCode())).filter(run::inGroup).toList();
        List<EventFact> evs = run.events().stream().filter(e -> inArea(run, e)).filter(run::inGroup).toList();
        List<Item> items = new ArrayList<>(acts.stream().map(ActivityIndicators::activity).toList());
        evs.forEach(e -> items.add(event(run, e)));
        return new Computed(Value.count(acts.size() + evs.size(), subjectsOf(acts, evs)), items);
    }

    /**
     * Organised by two or more of the partnership's organisations whose home municipalities differ, at least one of
     * them in the area.
     */
    private static Computed joint(IndicatorRun run) {
        List<EventFact> evs = run.events().stream().filter(run::inGroup).filter(e -> {
            Set<Long> organisers = new HashSet<>(e.coOrganiserIds());
            organisers.add(e.organiserOrganisationId());
            Set<Long> municipalities = organisers.stream().filter(run.filter().organisationIds()::contains)
                    .map(run::home).filter(Objects::nonNull).collect(Collectors.toSet());
            return municipalities.size() >= 2
                    && municipalities.stream().anyMatch(run.filter().municipalityIds()::contains);
        }).toList();
        return new Computed(Value.count(evs.size(), subjectsOf(List.of(), evs)),
                evs.stream().map(e -> event(run, e)).toList());
    }

    private static long subjectsOf(List<ActivityFact> acts, List<EventFact> evs) {
        Set<String> subjects = new HashSet<>();
        acts.forEach(a -> {
            a.companyIds().forEach(c -> subjects.add("c" + c));
            a.entrepreneurIds().forEach(e -> subjects.add("e" + e));
        });
        evs.forEach(e -> e.participantCompanyIds().forEach(c -> subjects.add("c" + c)));
        return subjects.size();
    }

    private static Item activity(ActivityFact a) {
        return new Item("activity", a.id(), a.date(), a.municipalityId(),
                a.companyIds().stream().sorted().toList(), a.id(), a.kindCode(), null);
    }

    private static Item event(IndicatorRun run, EventFact e) {
        return new Item("event", e.id(), e.date(), run.home(e.organiserOrganisationId()),
                e.participantCompanyIds().stream().sorted().toList(), e.id(), null, null);
    }
}
