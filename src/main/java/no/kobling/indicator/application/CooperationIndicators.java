package no.kobling.indicator.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.kobling.event.EventFacts;
import no.kobling.event.EventFacts.MeetingFact;
import no.kobling.indicator.application.IndicatorEngine.Computed;
import no.kobling.indicator.application.IndicatorEngine.Item;
import no.kobling.indicator.application.IndicatorEngine.Value;
import no.kobling.partnering.PartneringFacts;
import no.kobling.partnering.PartneringFacts.OutcomeFact;
import org.springframework.stereotype.Component;

/** Cooperation between companies: B2B meetings held, and the outcomes of cases (letters of intent, transactions). */
@Component
class CooperationIndicators implements IndicatorFamily {

    private final EventFacts events;
    private final PartneringFacts partnering;

    CooperationIndicators(EventFacts events, PartneringFacts partnering) {
        this.events = events;
        this.partnering = partnering;
    }

    @Override
    public Computed compute(String code, IndicatorRun run) {
        return switch (code) {
            case "b2b-meetings-held" -> meetings(run);
            case "letters-of-intent" -> outcomes(run, "LETTER_OF_INTENT");
            case "transactions" -> outcomes(run, "TRANSACTION");
            default -> null;
        };
    }

    private static List<Long> both(Long a, Long b) {
        return Stream.of(a, b).filter(Objects::nonNull).toList();
    }

    /** Held at an event in the area (the organiser's home municipality). */
    private Computed meetings(IndicatorRun run) {
        List<MeetingFact> all = events.heldMeetings(run.filter());
        Map<Long, Long> homes = run.homes(all.stream().map(MeetingFact::organiserOrganisationId).toList());
        List<Long> ids = all.stream().flatMap(m -> both(m.companyA(), m.companyB()).stream()).toList();
        if (run.targetGroup() != null) {
            run.preloadCompanies(ids);
        }
        List<MeetingFact> counted = all.stream().filter(m -> {
            Long home = homes.get(m.organiserOrganisationId());
            return home != null && run.filter().municipalityIds().contains(home);
        }).filter(m -> run.targetGroup() == null || (m.companyA() != null && run.companyInGroup(m.companyA()))
                || (m.companyB() != null && run.companyInGroup(m.companyB()))).toList();
        Set<Long> subjects = counted.stream().flatMap(m -> both(m.companyA(), m.companyB()).stream())
                .collect(Collectors.toSet());
        List<Item> items = counted.stream().map(m -> new Item("meeting", m.id(), m.date(),
                homes.get(m.organiserOrganisationId()), both(m.companyA(), m.companyB()), m.eventId(), null, null))
                .toList();
        return new Computed(Value.count(counted.size(), subjects.size()), items);
    }

    /** On a case whose company (either side) lies in the area. */
    private Computed outcomes(IndicatorRun run, String kind) {
        List<OutcomeFact> all = partnering.outcomes(run.filter(), Set.of(kind));
        run.preloadCompanies(all.stream().flatMap(o -> both(o.companyA(), o.companyB()).stream()).toList());
        List<OutcomeFact> counted = all.stream()
                .filter(o -> run.companyInArea(o.companyA()) || run.companyInArea(o.companyB()))
                .filter(o -> run.targetGroup() == null || run.companyInGroup(o.companyA())
                        || (o.companyB() != null && run.companyInGroup(o.companyB())))
                .toList();
        Set<Long> subjects = counted.stream().flatMap(o -> both(o.companyA(), o.companyB()).stream())
                .collect(Collectors.toSet());
        Map<String, BigDecimal> amounts = new TreeMap<>();
        if ("TRANSACTION".equals(kind)) {
            counted.stream().filter(o -> o.amount() != null && o.currency() != null)
                    .forEach(o -> amounts.merge(o.currency(), o.amount(), BigDecimal::add));
        }
        List<Item> items = counted.stream().map(o -> new Item("outcome", o.id(), o.occurredOn(),
                run.companyInArea(o.companyA()) ? run.company(o.companyA()).municipalityId()
                        : run.company(o.companyB()).municipalityId(),
                both(o.companyA(), o.companyB()), o.caseId(),
                o.amount() != null && o.currency() != null ? o.currency() + " " + o.amount().toPlainString()
                        : null, null)).toList();
        return new Computed(new Value(BigDecimal.valueOf(counted.size()), subjects.size(), amounts), items);
    }
}
