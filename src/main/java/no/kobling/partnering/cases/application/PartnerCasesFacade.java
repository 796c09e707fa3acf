package no.kobling.partnering.cases.application;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.company.Companies;
import no.kobling.company.CompanyRef;
import no.kobling.partnering.PartnerCases;
import no.kobling.partnering.application.CasePairs;
import no.kobling.partnering.cases.application.CaseAccess.Caller;
import no.kobling.partnering.cases.domain.Consent;
import no.kobling.partnering.cases.domain.PartnerCase;
import no.kobling.partnering.cases.domain.PartnerCase.Facilitator;
import no.kobling.partnering.cases.domain.Side;
import no.kobling.partnering.cases.application.CaseDirectory.FacilitatorInfo;
import no.kobling.partnering.cases.persistence.CaseRepository;
import no.kobling.partnering.cases.persistence.MeetingRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases as other parts of the application use them: matchmaking events hand over held meetings, recommendations
 * leave out pairs that already have a case.
 */
@Service
class PartnerCasesFacade implements PartnerCases, CasePairs {

    private final CaseRepository cases;
    private final MeetingRepository meetings;
    private final CaseDirectory directory;
    private final CaseAccess access;
    private final MeetingRecorder recorder;
    private final Companies companies;
    private final Clock clock;
    private final CaseDays days;
    private final org.springframework.beans.factory.ObjectProvider<CaseService> caseService;

    PartnerCasesFacade(CaseRepository cases, MeetingRepository meetings, CaseDirectory directory, CaseAccess access,
            MeetingRecorder recorder, Companies companies, Clock clock,
            CaseDays days, org.springframework.beans.factory.ObjectProvider<CaseService> caseService) {
        this.caseService = caseService;
        this.cases = cases;
        this.meetings = meetings;
        this.directory = directory;
        this.access = access;
        this.recorder = recorder;
        this.companies = companies;
        this.clock = clock;
        this.days = days;
    }

    @Override
    public List<Long> taggedWith(long projectId) {
        return caseService.getObject().taggedWith(projectId);
    }

    /**
     * Idempotent for the same source and sourceReference. The companies met by mutual request, so their consent is
     * recorded from the meeting when missing. A new case gets, on each side, a facilitator of the partnership from the
     * company's country (the caller first, if they facilitate), else any facilitator of the partnership.
     */
    @Override
    @Transactional
    @PreAuthorize("hasAnyAuthority('MANAGE_EVENTS', 'FACILITATE_PARTNER_SEARCH')")
    public long meetingHeld(MeetingHeld m) {
        if (m.companyA() == m.companyB() || m.heldAt() == null || m.source() == null || m.source().isBlank()) {
            throw DomainException.rule("meeting-invalid", "cases.error.meeting-invalid");
        }
        String source = m.source().strip();
        if (m.sourceReference() != null) {
            var existing = meetings.findBySourceAndSourceReference(source, m.sourceReference());
            if (existing.isPresent()) {
                return existing.get().getCaseId();
            }
        }
        Caller caller = access.caller();
        CompanyRef a = company(m.companyA());
        CompanyRef b = company(m.companyB());
        PartnerCase c = cases.openForPair(a.id(), b.id()).stream().findFirst()
                .orElseGet(() -> cases.save(newCase(caller, m.partnershipId(), a, b)));
        String how = source + (m.sourceReference() == null ? "" : " " + m.sourceReference());
        var day = days.partnershipDay(m.heldAt(), c.getPartnershipId());
        if (!c.hasConsent(Side.A)) {
            c.giveConsent(Side.A, new Consent(name(c.getCompanyAId(), a, b), day, how));
        }
        if (!c.hasConsent(Side.B)) {
            c.giveConsent(Side.B, new Consent(name(c.getCompanyBId(), a, b), day, how));
        }
        recorder.record(c, m.heldAt(), source, m.sourceReference(), caller.name());
        return c.getId();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> companiesInCasesWith(long companyId) {
        Set<Long> ids = new HashSet<>();
        ids.addAll(cases.partnersAsA(companyId));
        ids.addAll(cases.partnersAsB(companyId));
        ids.addAll(cases.candidatesOf(companyId));
        ids.addAll(cases.casesWithAsCandidate(companyId));
        ids.remove(companyId);
        return ids;
    }

    private PartnerCase newCase(Caller caller, Long partnershipId, CompanyRef a, CompanyRef b) {
        long partnership = partnershipId != null ? partnershipId : directory.partnershipsOf(
                caller.organisationId() == null ? -1L : caller.organisationId()).stream().findFirst()
                .orElseThrow(() -> DomainException.rule("partnership-required", "cases.error.partnership-required"))
                .id();
        Map<Long, String> members = directory.members(partnership);
        if (members.isEmpty() || !(caller.seesAll() || members.containsKey(caller.organisationId()))) {
            throw new NotFoundException("partnership", partnership);
        }
        List<FacilitatorInfo> facilitators = directory.facilitatorsIn(List.of(partnership));
        return new PartnerCase(partnership, a.id(), a.countryCode(), b.id(), b.countryCode(), Set.of(),
                pick(facilitators, a.countryCode(), caller), pick(facilitators, b.countryCode(), caller),
                caller.name(), clock.instant());
    }

    private static Facilitator pick(List<FacilitatorInfo> facilitators, String country, Caller caller) {
        return facilitators.stream()
                .sorted(Comparator.comparing((FacilitatorInfo f) -> !country.equals(f.countryCode()))
                        .thenComparing(f -> caller.userId() == null || f.userId() != caller.userId()))
                .findFirst().map(f -> new Facilitator(f.userId(), f.organisationId()))
                .orElseThrow(() -> DomainException.rule("no-facilitator", "cases.error.no-facilitator"));
    }

    private static String name(Long id, CompanyRef a, CompanyRef b) {
        return id != null && id == a.id() ? a.name() : b.name();
    }

    private CompanyRef company(long id) {
        return companies.ref(id).orElseThrow(() -> DomainException.rule("company-unknown",
                "cases.error.company-unknown", id));
    }
}
