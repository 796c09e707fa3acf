package no.kobling.partnering.cases.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kobling.partnering.cases.application.CaseAccess.Caller;
import no.kobling.partnering.cases.domain.CaseFigures;
import no.kobling.partnering.cases.domain.PartnerCase;
import no.kobling.partnering.cases.persistence.FollowUpRepository;
import no.kobling.partnering.cases.persistence.MeetingRepository;
import no.kobling.partnering.cases.persistence.OutcomeRepository;
import no.kobling.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures of partner search over the cases the caller may see, per partnership (or all of them), country pair and
 * period: meetings held, follow-ups done on time, outcomes by kind and transaction value per currency.
 */
@Service
public class CaseFiguresService {

    private final CaseAccess access;
    private final MeetingRepository meetings;
    private final FollowUpRepository followUps;
    private final OutcomeRepository outcomes;
    private final Clock clock;
    private final CaseDays days;

    CaseFiguresService(CaseAccess access, MeetingRepository meetings, FollowUpRepository followUps,
            OutcomeRepository outcomes, Clock clock, CaseDays days) {
        this.access = access;
        this.meetings = meetings;
        this.followUps = followUps;
        this.outcomes = outcomes;
        this.clock = clock;
        this.days = days;
    }

    public record Figures(Long partnershipId, LocalDate from, LocalDate to, CaseFigures.Result result) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('FACILITATE_PARTNER_SEARCH', 'MANAGE_PARTNERSHIPS', 'VIEW_REPORTS')")
    public Figures figures(Long partnershipId, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw DomainException.rule("period-invalid", "cases.error.period-invalid");
        }
        Caller caller = access.caller();
        if (partnershipId != null) {
            access.visiblePartnership(caller, partnershipId);
        }
        Map<Long, PartnerCase> byId = access.countedCases(caller).stream()
                .filter(c -> partnershipId == null || c.getPartnershipId() == partnershipId)
                .filter(c -> c.getCountryB() != null)
                .collect(Collectors.toMap(PartnerCase::getId, Function.identity()));
        Function<Long, String> pair = id -> CaseFigures.pair(byId.get(id).getCountryA(), byId.get(id).getCountryB());
        Map<Long, ZoneId> zones = days.partnershipZones(byId.values().stream().map(PartnerCase::getPartnershipId)
                .collect(Collectors.toSet()));
        Function<Long, ZoneId> zone = id -> zones.get(byId.get(id).getPartnershipId());
        List<CaseFigures.MeetingRow> m = byId.isEmpty() ? List.of() : meetings.findByCaseIdIn(byId.keySet()).stream()
                .map(x -> new CaseFigures.MeetingRow(pair.apply(x.getCaseId()), x.getHeldAt(),
                        zone.apply(x.getCaseId()))).toList();
        List<CaseFigures.FollowUpRow> f = byId.isEmpty() ? List.of() : followUps.findByCaseIdIn(byId.keySet())
                .stream().map(x -> new CaseFigures.FollowUpRow(pair.apply(x.getCaseId()), x.getDueOn(),
                        x.getDoneAt(), zone.apply(x.getCaseId()))).toList();
        List<CaseFigures.OutcomeRow> o = byId.isEmpty() ? List.of() : outcomes.findByCaseIdIn(byId.keySet())
                .stream().map(x -> new CaseFigures.OutcomeRow(pair.apply(x.getCaseId()), x.getKind(),
                        x.getOccurredOn(), x.getAmount(), x.getCurrency())).toList();
        return new Figures(partnershipId, from, to, CaseFigures.compute(m, f, o, from, to, clock.instant()));
    }
}
