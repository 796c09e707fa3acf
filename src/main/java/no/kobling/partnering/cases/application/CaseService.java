package no.kobling.partnering.cases.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kobling.company.Companies;
import no.kobling.company.CompanyRef;
import no.kobling.notification.Notifications;
import no.kobling.project.ProjectRef;
import no.kobling.project.Projects;
import no.kobling.partnering.cases.application.CaseAccess.Caller;
import no.kobling.partnering.cases.application.CaseCommands.NewCase;
import no.kobling.partnering.cases.application.CaseCommands.NewOutcome;
import no.kobling.partnering.cases.application.CaseViews.CaseCard;
import no.kobling.partnering.cases.application.CaseViews.CaseDetail;
import no.kobling.partnering.cases.application.CaseViews.EntryView;
import no.kobling.partnering.cases.application.CaseViews.FollowUpView;
import no.kobling.partnering.cases.application.CaseViews.MeetingView;
import no.kobling.partnering.cases.application.CaseViews.OutcomeView;
import no.kobling.partnering.cases.domain.CaseEntry;
import no.kobling.partnering.cases.domain.Consent;
import no.kobling.partnering.cases.domain.EntryKind;
import no.kobling.partnering.cases.domain.FollowUp;
import no.kobling.partnering.cases.domain.Outcome;
import no.kobling.partnering.cases.domain.PartnerCase;
import no.kobling.partnering.cases.domain.PartnerCase.Facilitator;
import no.kobling.partnering.cases.domain.Side;
import no.kobling.partnering.cases.domain.Stage;
import no.kobling.partnering.cases.application.CaseDirectory.FacilitatorInfo;
import no.kobling.partnering.cases.persistence.CaseEntryRepository;
import no.kobling.partnering.cases.persistence.CaseRepository;
import no.kobling.partnering.cases.persistence.FollowUpRepository;
import no.kobling.partnering.cases.persistence.MeetingRepository;
import no.kobling.partnering.cases.persistence.OutcomeRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.StaleVersionException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner-search cases: opening a case with a facilitator on each side, consent, stages, the shared thread,
 * meetings with their follow-up plan, outcomes and closing. Every change is audited by the entity listener.
 */
@Service
public class CaseService {

    private final CaseRepository cases;
    private final CaseEntryRepository entries;
    private final MeetingRepository meetings;
    private final FollowUpRepository followUps;
    private final OutcomeRepository outcomes;
    private final CaseDirectory directory;
    private final CaseAccess access;
    private final CaseViews views;
    private final MeetingRecorder recorder;
    private final Companies companies;
    private final Notifications notifications;
    private final Clock clock;
    private final CaseDays days;
    private final Projects projects;

    CaseService(CaseRepository cases, CaseEntryRepository entries, MeetingRepository meetings,
            FollowUpRepository followUps, OutcomeRepository outcomes, CaseDirectory directory, CaseAccess access,
            CaseViews views, MeetingRecorder recorder, Companies companies, Notifications notifications, Clock clock,
            CaseDays days, Projects projects) {
        this.projects = projects;
        this.cases = cases;
        this.entries = entries;
        this.meetings = meetings;
        this.followUps = followUps;
        this.outcomes = outcomes;
        this.directory = directory;
        this.access = access;
        this.views = views;
        this.recorder = recorder;
        this.companies = companies;
        this.notifications = notifications;
        this.clock = clock;
        this.days = days;
    }

    /**
     * A page of the board: the caller's visible cases (open ones, or all), optionally of one partnership, newest
     * first. Filtered and paged in the query; names, candidates and overdue follow-ups of the page in a bounded
     * number of queries.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(CaseAccess.READ)
    public Page<CaseCard> board(Long partnershipId, boolean includeClosed, int page, int size) {
        return board(partnershipId, null, includeClosed, page, size);
    }

    /** A page of the board, only the cases tagged with the project when {@code projectId} is given. */
    @Transactional(readOnly = true)
    @PreAuthorize(CaseAccess.READ)
    public Page<CaseCard> board(Long partnershipId, Long projectId, boolean includeClosed, int page, int size) {
        return board(new BoardFilter(partnershipId, projectId, includeClosed, null, null, false), page, size);
    }

    /**
     * The board's filters (ws16 point 3): partnership, project tag, closed ones too, stage, a facilitator of either
     * side, and only cases with an overdue follow-up (overdue in the viewer's zone, as the cards count them). Null:
     * any.
     */
    public record BoardFilter(Long partnershipId, Long projectId, boolean includeClosed, Stage stage,
            Long facilitatorId, boolean overdueOnly) {
    }

    /** A page of the board with the filters. */
    @Transactional(readOnly = true)
    @PreAuthorize(CaseAccess.READ)
    public Page<CaseCard> board(BoardFilter filter, int page, int size) {
        Caller caller = access.caller();
        Page<PartnerCase> cases = access.board(caller, filter, filter.overdueOnly() ? today() : null, page, size);
        List<CaseCard> cards = views.cards(cases.getContent(), overdue(cases.getContent()));
        return new PageImpl<>(cards, cases.getPageable(), cases.getTotalElements());
    }

    /** The choices of the board's filters, read together once per page. */
    public record BoardChoices(List<CaseDirectory.PartnershipInfo> partnerships, List<FacilitatorInfo> facilitators,
            List<ProjectRef> projects) {
    }

    /**
     * The board filters' choices: the partnerships of the caller's organisation and those they coordinate (by name),
     * the facilitators of those partnerships (by name), and the projects the caller may tag with.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(CaseAccess.READ)
    public BoardChoices boardChoices() {
        Caller caller = access.caller();
        java.util.Map<Long, CaseDirectory.PartnershipInfo> byId = new java.util.LinkedHashMap<>();
        directory.partnershipsOf(caller.seesAll() ? null : orgOrNone(caller)).forEach(p -> byId.put(p.id(), p));
        java.util.Set<Long> coordinated = new java.util.HashSet<>(caller.coordinated());
        coordinated.removeAll(byId.keySet());
        directory.partnershipNames(coordinated).forEach((id, name) -> byId.put(id,
                new CaseDirectory.PartnershipInfo(id, name, true)));
        List<CaseDirectory.PartnershipInfo> partnerships = byId.values().stream()
                .sorted(java.util.Comparator.comparing(CaseDirectory.PartnershipInfo::name)).toList();
        List<FacilitatorInfo> facilitators = directory.facilitatorsIn(byId.keySet()).stream()
                .sorted(java.util.Comparator.comparing(FacilitatorInfo::displayName)).toList();
        return new BoardChoices(partnerships, facilitators, projects.taggable());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(CaseAccess.READ)
    public CaseDetail get(long id) {
        Caller caller = access.caller();
        PartnerCase c = access.visible(caller, id);
        LocalDate today = today();
        List<FollowUpView> plan = followUps.findByCaseIdOrderByDueOnAscIdAsc(id).stream()
                .map(f -> followUp(f, today)).toList();
        return views.detail(c, caller.mayChange(c), plan.stream().filter(FollowUpView::overdue).count(),
                entries.findByCaseIdOrderByCreatedAtAscIdAsc(id).stream().map(e -> new EntryView(e.getId(),
                        e.getKind(), e.getAuthorName(), e.getBody(), e.getCreatedAt())).toList(),
                meetings.findByCaseIdOrderByHeldAtAsc(id).stream().map(m -> new MeetingView(m.getId(), m.getHeldAt(),
                        m.getSource(), m.getSourceReference())).toList(),
                plan,
                outcomes.findByCaseIdOrderByOccurredOnAscIdAsc(id).stream().map(CaseService::outcome).toList());
    }

    /** Partnerships the caller may open cases in, and the facilitators of those partnerships (for the form). */
    @Transactional(readOnly = true)
    @PreAuthorize(CaseAccess.WRITE)
    public NewCaseOptions options() {
        Caller caller = access.caller();
        var partnerships = directory.partnershipsOf(caller.seesAll() ? null : orgOrNone(caller)).stream()
                .filter(CaseDirectory.PartnershipInfo::active).toList();
        return new NewCaseOptions(partnerships, directory.facilitatorsIn(partnerships.stream()
                .map(CaseDirectory.PartnershipInfo::id).toList()));
    }

    public record NewCaseOptions(List<CaseDirectory.PartnershipInfo> partnerships,
            List<FacilitatorInfo> facilitators) {
    }

    @Transactional
    @PreAuthorize(CaseAccess.WRITE)
    public long create(NewCase command) {
        Caller caller = access.caller();
        Map<Long, String> members = directory.members(command.partnershipId());
        if (members.isEmpty() || !(caller.seesAll() || members.containsKey(caller.organisationId()))) {
            throw new NotFoundException("partnership", command.partnershipId());
        }
        if (directory.partnership(command.partnershipId()).filter(p -> p.active()).isEmpty()) {
            // an ended partnership is read-only history: no new shared work starts in it
            throw DomainException.rule("partnership-ended", "cases.error.partnership-ended");
        }
        CompanyRef a = company(command.companyA());
        CompanyRef b = command.companyB() == null ? null : company(command.companyB());
        command.candidates().forEach(this::company);
        Facilitator fa = facilitator(command.facilitatorA(), members);
        Facilitator fb = facilitator(command.facilitatorB(), members);
        PartnerCase opened = new PartnerCase(command.partnershipId(), a.id(), a.countryCode(),
                b == null ? null : b.id(), b == null ? null : b.countryCode(), command.candidates(), fa, fb,
                caller.name(), clock.instant());
        tag(opened, command.projectId());
        PartnerCase c = cases.save(opened);
        notifyFacilitators(c, caller, "cases.notify.case-opened", List.of(views.label(c)));
        return c.getId();
    }

    /**
     * Tags the case with a project, or clears the tag ({@code null}); whoever may change the case may do it. A newly
     * named project must be one the caller may tag with (404 / 422 project-not-taggable).
     */
    @Transactional
    @PreAuthorize(CaseAccess.WRITE)
    public void tagWithProject(long id, Long projectId, Long expectedVersion) {
        tag(changeable(id, expectedVersion), projectId);
    }

    /** Projects the caller may tag cases with (the forms' select; empty: the select is not shown). */
    @Transactional(readOnly = true)
    @PreAuthorize(CaseAccess.READ)
    public List<ProjectRef> projectOptions() {
        return projects.taggable();
    }

    /**
     * Ids (ascending) of the cases tagged with the project that the caller may see; none when the caller may not
     * see the project (results per project, issue 13).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(CaseAccess.READ)
    public List<Long> taggedWith(long projectId) {
        Caller caller = access.caller();
        if (!caller.seesAll() && projects.names(List.of(projectId)).isEmpty()) {
            return List.of();
        }
        return access.visibleCases(caller).stream().filter(c -> Long.valueOf(projectId).equals(c.getProjectId()))
                .map(PartnerCase::getId).sorted().toList();
    }

    private void tag(PartnerCase c, Long projectId) {
        if (projectId != null && !projectId.equals(c.getProjectId())) {
            projects.requireTaggable(projectId);
        }
        c.tagWithProject(projectId);
    }

    /** Chooses the partner (company B) of a case that has candidates. */
    @Transactional
    @PreAuthorize(CaseAccess.WRITE)
    public void choosePartner(long id, long companyId, Long expectedVersion) {
        PartnerCase c = changeable(id, expectedVersion);
        CompanyRef b = company(companyId);
        c.choosePartner(b.id(), b.countryCode());
    }

    @Transactional
    @PreAuthorize(CaseAccess.WRITE)
    public void recordConsent(long id, Side side, Consent consent, Long expectedVersion) {
        changeable(id, expectedVersion).giveConsent(side, consent);
    }

    @Transactional
    @PreAuthorize(CaseAccess.WRITE)
    public void move(long id, Stage stage, Long expectedVersion) {
        if (stage == null) {
            throw DomainException.rule("stage-required", "cases.error.stage-required");
        }
        changeable(id, expectedVersion).moveTo(stage);
    }

    @Transactional
    @PreAuthorize(CaseAccess.WRITE)
    public long addEntry(long id, EntryKind kind, String body) {
        Caller caller = access.caller();
        PartnerCase c = access.changeable(caller, id);
        if (kind == EntryKind.CHECKIN) {
            // check-in entries are written by the system from a company's answer, never by a user
            throw DomainException.rule("entry-kind-invalid", "checkin.error.entry-kind-invalid");
        }
        String author = caller.userId() == null ? caller.name()
                : directory.users(List.of(caller.userId())).get(caller.userId()).displayName();
        CaseEntry entry = entries.save(new CaseEntry(id, kind == null ? EntryKind.MESSAGE : kind, caller.userId(),
                author, body, clock.instant()));
        if (entry.getKind() == EntryKind.MESSAGE) {
            notifyFacilitators(c, caller, "cases.notify.message", List.of(views.label(c), author));
        }
        return entry.getId();
    }

    /** A meeting of the companies was held: the case moves to follow-up and gets its follow-up plan. */
    @Transactional
    @PreAuthorize(CaseAccess.WRITE)
    public long recordMeeting(long id, Instant heldAt) {
        Caller caller = access.caller();
        PartnerCase c = access.changeable(caller, id);
        if (heldAt == null || heldAt.isAfter(clock.instant())) {
            throw DomainException.rule("meeting-date-invalid", "cases.error.meeting-date-invalid");
        }
        return recorder.record(c, heldAt, "manual", null, caller.name()).getId();
    }

    /**
     * Records a meeting held on a day the user names: not after today in the user's own zone; the follow-up plan
     * counts from that day.
     */
    @Transactional
    @PreAuthorize(CaseAccess.WRITE)
    public long recordMeetingOn(long id, LocalDate heldOn) {
        Caller caller = access.caller();
        PartnerCase c = access.changeable(caller, id);
        if (heldOn == null || heldOn.isAfter(today())) {
            throw DomainException.rule("meeting-date-invalid", "cases.error.meeting-date-invalid");
        }
        Instant heldAt = no.kobling.shared.LocalDay.start(heldOn, days.viewerZone());
        return recorder.record(c, heldAt, heldOn, "manual", null, caller.name()).getId();
    }

    @Transactional
    @PreAuthorize(CaseAccess.WRITE)
    public void completeFollowUp(long id, long followUpId, String note) {
        Caller caller = access.caller();
        PartnerCase c = access.changeable(caller, id);
        c.requireOpen();
        FollowUp f = followUps.findById(followUpId).filter(x -> x.getCaseId() == id)
                .orElseThrow(() -> new NotFoundException("follow-up", followUpId));
        f.complete(caller.name(), note, clock.instant());
    }

    @Transactional
    @PreAuthorize(CaseAccess.WRITE)
    public long recordOutcome(long id, NewOutcome command) {
        Caller caller = access.caller();
        PartnerCase c = access.changeable(caller, id);
        c.requireOpen();
        if (c.getCompanyBId() == null) {
            throw DomainException.rule("partner-required", "cases.error.partner-required");
        }
        Outcome o = outcomes.save(new Outcome(id, command.kind(), command.occurredOn(), command.amount(),
                command.currency(), command.reason(), command.note(), caller.name(), clock.instant(), today()));
        c.outcomeRecorded();
        return o.getId();
    }

    /** Closes a case; refused without an outcome. Open follow-ups of a closed case are no longer reminded. */
    @Transactional
    @PreAuthorize(CaseAccess.WRITE)
    public void close(long id, Long expectedVersion) {
        changeable(id, expectedVersion).close(outcomes.existsByCaseId(id), clock.instant());
    }

    private PartnerCase changeable(long id, Long expectedVersion) {
        PartnerCase c = access.changeable(access.caller(), id);
        StaleVersionException.check("case", id, expectedVersion, c.getVersion());
        return c;
    }

    /**
     * A facilitator of a member organisation. A user of another partnership gets exactly the answer of an unknown
     * id (never their name or organisation): the caller may not see them.
     */
    private Facilitator facilitator(long userId, Map<Long, String> members) {
        FacilitatorInfo info = directory.facilitator(userId).filter(f -> members.containsKey(f.organisationId()))
                .orElseThrow(() -> DomainException.rule("facilitator-not-permitted",
                        "cases.error.facilitator-not-permitted", userId));
        return new Facilitator(info.userId(), info.organisationId());
    }

    private CompanyRef company(long id) {
        return companies.ref(id).orElseThrow(() -> DomainException.rule("company-unknown",
                "cases.error.company-unknown", id));
    }

    private void notifyFacilitators(PartnerCase c, Caller caller, String key, List<String> args) {
        for (long user : new java.util.LinkedHashSet<>(List.of(c.getFacilitatorAId(), c.getFacilitatorBId()))) {
            if (caller.userId() == null || user != caller.userId()) {
                notifications.notify(user, key, args, "/cases/" + c.getId());
            }
        }
    }

    private Map<Long, Long> overdue(List<PartnerCase> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        LocalDate today = today();
        Map<Long, PartnerCase> byId = list.stream().collect(Collectors.toMap(PartnerCase::getId, Function.identity()));
        Map<Long, Long> counts = new HashMap<>();
        followUps.findByCaseIdIn(byId.keySet()).stream().filter(f -> f.isOverdue(today))
                .forEach(f -> counts.merge(f.getCaseId(), 1L, Long::sum));
        return counts;
    }

    static FollowUpView followUp(FollowUp f, LocalDate today) {
        return new FollowUpView(f.getId(), f.getCaseId(), f.getDueOn(), f.getDoneAt(), f.getDoneBy(), f.getNote(),
                f.isOverdue(today));
    }

    static OutcomeView outcome(Outcome o) {
        return new OutcomeView(o.getId(), o.getKind(), o.getOccurredOn(), o.getAmount(), o.getCurrency(),
                o.getReason(), o.getNote(), o.getRecordedBy());
    }

    private static Long orgOrNone(Caller caller) {
        return caller.organisationId() == null ? -1L : caller.organisationId();
    }

    /** Due, overdue and "not in the future" are judged in the caller's own zone (docs/time.md). */
    private LocalDate today() {
        return days.viewerToday();
    }
}
