package no.kobling.partnering.cases.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.company.Companies;
import no.kobling.company.CompanyRef;
import no.kobling.partnering.cases.domain.CaseFigures;
import no.kobling.partnering.cases.domain.Consent;
import no.kobling.partnering.cases.domain.EntryKind;
import no.kobling.partnering.cases.domain.OutcomeKind;
import no.kobling.partnering.cases.domain.PartnerCase;
import no.kobling.partnering.cases.domain.Stage;
import org.springframework.stereotype.Component;

/** Read models of cases for pages and the API, with the names of companies, people and partnerships. */
@Component
public class CaseViews {

    private final Companies companies;
    private final CaseDirectory directory;
    private final no.kobling.project.Projects projects;

    CaseViews(Companies companies, CaseDirectory directory, no.kobling.project.Projects projects) {
        this.companies = companies;
        this.directory = directory;
        this.projects = projects;
    }

    public record Named(long id, String name) {
    }

    public record CaseCard(long id, Stage stage, boolean open, Named partnership, Named companyA, Named companyB,
            String countryPair, Named facilitatorA, Named facilitatorB, int candidates, long overdueFollowUps,
            Long projectId, String projectName) {
    }

    public record ConsentView(String givenBy, LocalDate givenOn, String how) {
        static ConsentView of(Consent c) {
            return c == null ? null : new ConsentView(c.givenBy(), c.givenOn(), c.how());
        }
    }

    public record EntryView(long id, EntryKind kind, String author, String body, Instant createdAt) {
    }

    public record MeetingView(long id, Instant heldAt, String source, String sourceReference) {
    }

    public record FollowUpView(long id, long caseId, LocalDate dueOn, Instant doneAt, String doneBy, String note,
            boolean overdue) {
    }

    public record OutcomeView(long id, OutcomeKind kind, LocalDate occurredOn, BigDecimal amount, String currency,
            String reason, String note, String recordedBy) {
    }

    public record CaseDetail(CaseCard card, List<Named> candidates, ConsentView consentA, ConsentView consentB,
            Instant createdAt, String createdBy, Instant closedAt, boolean mayChange, List<EntryView> entries,
            List<MeetingView> meetings, List<FollowUpView> followUps, List<OutcomeView> outcomes, long version) {
    }

    /** Cards of many cases with one look-up of names. */
    public List<CaseCard> cards(Collection<PartnerCase> list, Map<Long, Long> overdueByCase) {
        Names names = names(list, Set.of());
        return list.stream().map(c -> card(c, names, overdueByCase.getOrDefault(c.getId(), 0L))).toList();
    }

    CaseDetail detail(PartnerCase c, boolean mayChange, long overdue, List<EntryView> entries,
            List<MeetingView> meetings, List<FollowUpView> followUps, List<OutcomeView> outcomes) {
        Names names = names(List.of(c), c.getCandidateIds());
        List<Named> candidates = c.getCandidateIds().stream().sorted().map(id -> names.company(id)).toList();
        return new CaseDetail(card(c, names, overdue), candidates, ConsentView.of(c.consent(
                no.kobling.partnering.cases.domain.Side.A)), ConsentView.of(c.consent(
                no.kobling.partnering.cases.domain.Side.B)), c.getCreatedAt(), c.getCreatedBy(), c.getClosedAt(),
                mayChange, entries, meetings, followUps, outcomes, c.getVersion());
    }

    /** "Company A – Company B" for notifications. */
    String label(PartnerCase c) {
        Names names = names(List.of(c), Set.of());
        return c.getCompanyBId() == null ? names.company(c.getCompanyAId()).name()
                : names.company(c.getCompanyAId()).name() + " – " + names.company(c.getCompanyBId()).name();
    }

    private CaseCard card(PartnerCase c, Names names, long overdue) {
        return new CaseCard(c.getId(), c.getStage(), c.isOpen(),
                new Named(c.getPartnershipId(), names.partnerships.getOrDefault(c.getPartnershipId(), "#"
                        + c.getPartnershipId())),
                names.company(c.getCompanyAId()), c.getCompanyBId() == null ? null : names.company(c.getCompanyBId()),
                c.getCountryB() == null ? c.getCountryA() : CaseFigures.pair(c.getCountryA(), c.getCountryB()),
                names.user(c.getFacilitatorAId()), names.user(c.getFacilitatorBId()), c.getCandidateIds().size(),
                overdue, c.getProjectId(), c.getProjectId() == null ? null : names.projects.get(c.getProjectId()));
    }

    private Names names(Collection<PartnerCase> list, Set<Long> extraCompanies) {
        Set<Long> companyIds = new HashSet<>(extraCompanies);
        Set<Long> userIds = new HashSet<>();
        Set<Long> partnershipIds = new HashSet<>();
        Set<Long> projectIds = new HashSet<>();
        for (PartnerCase c : list) {
            if (c.getProjectId() != null) {
                projectIds.add(c.getProjectId());
            }
            companyIds.add(c.getCompanyAId());
            if (c.getCompanyBId() != null) {
                companyIds.add(c.getCompanyBId());
            }
            userIds.add(c.getFacilitatorAId());
            userIds.add(c.getFacilitatorBId());
            partnershipIds.add(c.getPartnershipId());
        }
        Map<Long, String> companyNames = new HashMap<>();
        if (!companyIds.isEmpty()) {
            for (CompanyRef ref : companies.refs(new ArrayList<>(companyIds))) {
                companyNames.put(ref.id(), ref.name());
            }
        }
        Map<Long, String> userNames = new HashMap<>();
        directory.users(userIds).forEach((id, u) -> userNames.put(id, u.displayName()));
        return new Names(companyNames, userNames, directory.partnershipNames(partnershipIds),
                projectIds.isEmpty() ? Map.of() : projects.names(projectIds));
    }

    private record Names(Map<Long, String> companies, Map<Long, String> users, Map<Long, String> partnerships,
            Map<Long, String> projects) {
        Named company(long id) {
            return new Named(id, companies.getOrDefault(id, "#" + id));
        }

        Named user(long id) {
            return new Named(id, users.getOrDefault(id, "#" + id));
        }
    }
}
