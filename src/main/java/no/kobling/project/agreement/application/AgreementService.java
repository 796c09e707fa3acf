package no.kobling.project.agreement.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.actor.Actors;
import no.kobling.actor.Visibility;
import no.kobling.actor.Visibility.OrganisationInfo;
import no.kobling.actor.Visibility.PartnershipInfo;
import no.kobling.project.agreement.application.AgreementAccess.Caller;
import no.kobling.project.agreement.application.AgreementViews.AgreementSummary;
import no.kobling.project.agreement.application.AgreementViews.AgreementView;
import no.kobling.project.agreement.application.AgreementViews.AreaView;
import no.kobling.project.agreement.application.AgreementViews.Choice;
import no.kobling.project.agreement.application.AgreementViews.PartyView;
import no.kobling.project.agreement.application.AgreementViews.VersionView;
import no.kobling.project.agreement.domain.Agreement;
import no.kobling.project.agreement.domain.AgreementArea;
import no.kobling.project.agreement.domain.AgreementParty;
import no.kobling.project.agreement.domain.AgreementTerms;
import no.kobling.project.agreement.domain.AreaStatus;
import no.kobling.project.agreement.persistence.AgreementAreaRepository;
import no.kobling.project.agreement.persistence.AgreementRepository;
import no.kobling.project.agreement.persistence.AgreementVersionRepository;
import no.kobling.project.document.DocumentRef;
import no.kobling.project.document.DocumentStore;
import no.kobling.shared.DomainException;
import no.kobling.shared.LocalDay;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.PageResult;
import no.kobling.shared.StaleVersionException;
import no.kobling.shared.Zones;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cooperation agreements: create and change the terms (each change a new version, see {@link AgreementHistory}),
 * sign and terminate per party, attach and read documents. Access: {@link AgreementAccess}.
 */
@Service
public class AgreementService {

    private final AgreementRepository agreements;
    private final AgreementAreaRepository areas;
    private final AgreementVersionRepository versions;
    private final AgreementAccess access;
    private final AgreementHistory history;
    private final Visibility visibility;
    private final Actors actors;
    private final DocumentStore documents;
    private final Clock clock;

    AgreementService(AgreementRepository agreements, AgreementAreaRepository areas,
            AgreementVersionRepository versions, AgreementAccess access, AgreementHistory history,
            Visibility visibility, Actors actors, DocumentStore documents, Clock clock) {
        this.agreements = agreements;
        this.areas = areas;
        this.versions = versions;
        this.access = access;
        this.history = history;
        this.visibility = visibility;
        this.actors = actors;
        this.documents = documents;
        this.clock = clock;
    }

    /** What a create or change asks for. */
    public record AgreementCommand(String title, String purpose, Set<Long> partyOrganisationIds, Set<Long> areaIds,
            LocalDate startDate, LocalDate endDate, Long partnershipId) {

        AgreementTerms terms() {
            return new AgreementTerms(title, purpose, areaIds, startDate, endDate, partyOrganisationIds,
                    partnershipId);
        }
    }

    @Transactional(readOnly = true)
    public PageResult<AgreementSummary> list(int page, int size) {
        Caller caller = access.caller();
        PageRequest pageable = PageRequest.of(Math.max(0, page), Math.max(1, Math.min(size <= 0 ? 20 : size, 200)),
                Sort.by("title").and(Sort.by("id")));
        Page<Agreement> found;
        if (caller.admin()) {
            found = agreements.findAll(pageable);
        } else if (caller.organisationId() == null) {
            found = Page.empty(pageable);
        } else {
            found = agreements.findByParty(Set.of(caller.organisationId()), pageable);
        }
        Set<Long> orgIds = new HashSet<>();
        found.forEach(a -> a.getParties().forEach(p -> orgIds.add(p.getOrganisationId())));
        Map<Long, OrganisationInfo> names = visibility.organisations(orgIds);
        return PageResult.of(found, a -> new AgreementSummary(a.getId(), a.getTitle(), a.getStartDate(),
                a.getEndDate(), a.status(today(a)), a.getParties().stream()
                        .map(p -> name(names, p.getOrganisationId())).toList()));
    }

    @Transactional(readOnly = true)
    public AgreementView get(long id) {
        Caller caller = access.caller();
        Agreement a = load(id);
        access.requireSee(caller, a);
        return view(caller, a);
    }

    /** The agreement for its edit form (404 when hidden, 403 without the permission). */
    @Transactional(readOnly = true)
    public AgreementView forEdit(long id) {
        Caller caller = access.caller();
        Agreement a = load(id);
        access.requireEdit(caller, a);
        return view(caller, a);
    }

    @Transactional
    public AgreementView create(AgreementCommand command) {
        Caller caller = access.caller();
        access.requireCreate(caller);
        AgreementTerms terms = command.terms();
        checkParties(caller, terms, Set.of());
        checkAreas(terms.areaIds(), Set.of());
        ZoneId zone = zoneFor(caller, terms);
        Agreement a = agreements.save(new Agreement(terms, caller.organisationId(), zone.getId(), clock.instant()));
        agreements.flush();
        history.record(a, caller.name(), List.of("created"));
        return view(caller, a);
    }

    @Transactional
    public AgreementView change(long id, Long expectedVersion, AgreementCommand command) {
        Caller caller = access.caller();
        Agreement a = load(id);
        access.requireEdit(caller, a);
        StaleVersionException.check("agreement", id, expectedVersion, a.getVersion());
        AgreementTerms terms = command.terms();
        AgreementTerms before = a.terms();
        Set<Long> kept = new HashSet<>(before.partyOrganisationIds());
        checkParties(caller, terms, kept);
        checkAreas(terms.areaIds(), before.areaIds());
        List<String> changed = a.change(terms, today(a));
        if (!changed.isEmpty()) {
            agreements.flush();
            history.record(a, caller.name(), changed);
        }
        return view(caller, a);
    }

    @Transactional
    public AgreementView sign(long id, long organisationId, String signerName, LocalDate signedOn) {
        Caller caller = access.caller();
        Agreement a = load(id);
        access.requireEdit(caller, a);
        requireActFor(caller, a, organisationId);
        a.sign(organisationId, signerName, signedOn, caller.name(), today(a));
        agreements.flush();
        return view(caller, a);
    }

    @Transactional
    public AgreementView terminate(long id, long organisationId, String reason, LocalDate terminatedOn) {
        Caller caller = access.caller();
        Agreement a = load(id);
        access.requireEdit(caller, a);
        requireActFor(caller, a, organisationId);
        a.terminate(organisationId, reason, terminatedOn, today(a));
        agreements.flush();
        return view(caller, a);
    }

    /** Stores a PDF/Office file (checked by {@link DocumentStore}) and attaches it: a new version of the terms. */
    @Transactional
    public DocumentRef attach(long id, String filename, byte[] content) {
        Caller caller = access.caller();
        Agreement a = load(id);
        access.requireEdit(caller, a);
        if (a.status(today(a)).closed()) {
            throw DomainException.rule("agreement-closed", "agreement.error.closed");
        }
        DocumentRef stored = documents.store(filename, content);
        a.attach(stored.id(), today(a));
        agreements.flush();
        history.record(a, caller.name(), List.of("documents"));
        return stored;
    }

    @Transactional(readOnly = true)
    public List<DocumentRef> documents(long id) {
        Caller caller = access.caller();
        Agreement a = load(id);
        access.requireSee(caller, a);
        return documentRefs(a);
    }

    /** The bytes of one of the agreement's documents (parties' staff and administrators only). */
    @Transactional(readOnly = true)
    public DocumentStore.StoredContent download(long id, long documentId) {
        Caller caller = access.caller();
        Agreement a = load(id);
        access.requireSee(caller, a);
        if (!a.getDocumentIds().contains(documentId)) {
            throw new NotFoundException("document", documentId);
        }
        return documents.content(documentId);
    }

    @Transactional(readOnly = true)
    public List<VersionView> versions(long id) {
        Caller caller = access.caller();
        Agreement a = load(id);
        access.requireSee(caller, a);
        return versions.findByAgreementIdOrderByNumberDesc(id).stream().map(v -> new VersionView(v.getNumber(),
                v.getChangedBy(), v.getChangedAt(), Arrays.asList(v.getChanges().split(",")), v.getSnapshot()))
                .toList();
    }

    /** Organisations the caller may choose as parties, by name. */
    @Transactional(readOnly = true)
    public List<Choice> partyChoices() {
        Caller caller = access.caller();
        Set<Long> ids = caller.admin() ? new HashSet<>(actors.visibleOrganisationIds())
                : caller.organisationId() == null ? Set.of()
                        : visibility.visibleOrganisationIds(caller.organisationId());
        return visibility.organisations(ids).values().stream().map(o -> new Choice(o.id(), o.name()))
                .sorted(Comparator.comparing(Choice::name)).toList();
    }

    /** Partnerships an agreement may belong to: the caller's active ones (all for administrators). */
    @Transactional(readOnly = true)
    public List<Choice> partnershipChoices() {
        Caller caller = access.caller();
        List<PartnershipInfo> list = caller.admin() ? visibility.allPartnerships()
                : caller.organisationId() == null ? List.of() : visibility.partnershipsOf(caller.organisationId());
        return list.stream().filter(PartnershipInfo::active).map(p -> new Choice(p.id(), p.name()))
                .sorted(Comparator.comparing(Choice::name)).toList();
    }

    /** Today's date in an agreement's zone (the default signing date on its page). */
    public LocalDate todayIn(String timeZone) {
        return LocalDay.today(clock, ZoneId.of(timeZone));
    }

    public long maxDocumentBytes() {
        return documents.maxBytes();
    }

    public boolean mayCreate() {
        return access.caller().has(no.kobling.identity.Permission.MANAGE_PROJECTS);
    }

    private void requireActFor(Caller caller, Agreement a, long organisationId) {
        if (!a.isParty(organisationId)) {
            throw DomainException.rule("agreement-party-unknown", "agreement.error.party-unknown");
        }
        if (!access.mayActFor(caller, a, organisationId)) {
            throw DomainException.rule("agreement-not-own-party", "agreement.error.not-own-party");
        }
    }

    /**
     * The party rule: the caller's organisation takes part; every new party is visible to it (shares an active
     * partnership with it, the tenancy rule of {@link Visibility}); with a partnership, every party is its member.
     */
    private void checkParties(Caller caller, AgreementTerms terms, Set<Long> alreadyParties) {
        Set<Long> parties = terms.partyOrganisationIds();
        if (!caller.admin() && (caller.organisationId() == null || !parties.contains(caller.organisationId()))) {
            throw DomainException.rule("agreement-own-organisation-required", "agreement.error.own-organisation");
        }
        Map<Long, OrganisationInfo> known = visibility.organisations(parties);
        Set<Long> allowed = caller.admin() ? known.keySet()
                : visibility.visibleOrganisationIds(caller.organisationId());
        for (Long org : parties) {
            if (!known.containsKey(org) || (!alreadyParties.contains(org) && !allowed.contains(org))) {
                throw DomainException.rule("agreement-party-not-allowed", "agreement.error.party-not-allowed", org);
            }
        }
        if (terms.partnershipId() != null) {
            PartnershipInfo p = visibility.partnership(terms.partnershipId())
                    .filter(x -> caller.admin() || x.isMember(caller.organisationId()))
                    .orElseThrow(() -> DomainException.rule("agreement-partnership-unknown",
                            "agreement.error.partnership-unknown"));
            if (!p.active()) {
                throw DomainException.rule("agreement-partnership-ended", "agreement.error.partnership-ended");
            }
            for (Long org : parties) {
                if (!p.isMember(org)) {
                    throw DomainException.rule("agreement-party-outside-partnership",
                            "agreement.error.party-outside-partnership", name(known, org));
                }
            }
        }
    }

    /** New areas must exist and not be archived; areas the agreement already has may stay after archiving. */
    private void checkAreas(Set<Long> ids, Set<Long> already) {
        Map<Long, AgreementArea> found = new java.util.HashMap<>();
        areas.findAllById(ids).forEach(a -> found.put(a.getId(), a));
        for (Long id : ids) {
            AgreementArea area = found.get(id);
            if (area == null || (area.getStatus() == AreaStatus.ARCHIVED && !already.contains(id))) {
                throw DomainException.rule("agreement-area-unknown", "agreement.error.area-unknown", id);
            }
        }
    }

    private ZoneId zoneFor(Caller caller, AgreementTerms terms) {
        Long org = caller.organisationId() != null ? caller.organisationId()
                : terms.partyOrganisationIds().stream().min(Long::compare).orElse(null);
        if (org == null) {
            return Zones.DEFAULT;
        }
        return visibility.organisation(org).map(o -> Zones.ofCountry(o.countryCode())).orElse(Zones.DEFAULT);
    }

    LocalDate today(Agreement a) {
        return LocalDay.today(clock, ZoneId.of(a.getTimeZone()));
    }

    private Agreement load(long id) {
        return agreements.findById(id).orElseThrow(() -> new NotFoundException("agreement", id));
    }

    private List<DocumentRef> documentRefs(Agreement a) {
        List<DocumentRef> refs = new ArrayList<>();
        a.getDocumentIds().stream().sorted().forEach(d -> documents.find(d).ifPresent(refs::add));
        return refs;
    }

    private AgreementView view(Caller caller, Agreement a) {
        LocalDate today = today(a);
        Set<Long> orgIds = new HashSet<>();
        a.getParties().forEach(p -> orgIds.add(p.getOrganisationId()));
        Map<Long, OrganisationInfo> names = visibility.organisations(orgIds);
        List<PartyView> parties = new ArrayList<>();
        List<Long> actFor = new ArrayList<>();
        for (AgreementParty p : a.getParties()) {
            parties.add(new PartyView(p.getOrganisationId(), name(names, p.getOrganisationId()), a.statusOf(p, today),
                    p.getSignerName(), p.getSignedOn(), p.getTerminatedOn(), p.getTerminationReason()));
            if (access.mayActFor(caller, a, p.getOrganisationId())) {
                actFor.add(p.getOrganisationId());
            }
        }
        parties.sort(Comparator.comparing(PartyView::name));
        List<AreaView> areaViews = areas.findAllById(a.getAreaIds()).stream()
                .sorted(Comparator.comparing(AgreementArea::getSortOrder).thenComparing(AgreementArea::getId))
                .map(x -> new AreaView(x.getId(), x.getCode(), x.name(caller.locale()),
                        x.getStatus() == AreaStatus.ARCHIVED))
                .toList();
        String partnershipName = a.getPartnershipId() == null ? null
                : visibility.partnership(a.getPartnershipId()).map(PartnershipInfo::name).orElse(null);
        return new AgreementView(a.getId(), a.getTitle(), a.getPurpose(), a.getStartDate(), a.getEndDate(),
                a.getPartnershipId(), partnershipName, a.status(today), a.getTermsVersion(), parties, areaViews,
                documentRefs(a), a.getVersion(), access.mayEdit(caller, a) && !a.status(today).closed(), actFor,
                a.getTimeZone());
    }

    static String name(Map<Long, OrganisationInfo> names, Long id) {
        OrganisationInfo o = names.get(id);
        return o == null ? "#" + id : o.name();
    }
}
