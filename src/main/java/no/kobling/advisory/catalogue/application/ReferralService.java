package no.kobling.advisory.catalogue.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kobling.advisory.catalogue.application.CatalogueAccess.Caller;
import no.kobling.advisory.catalogue.domain.OfferedService;
import no.kobling.advisory.catalogue.domain.Referral;
import no.kobling.advisory.catalogue.domain.ReferralStatus;
import no.kobling.advisory.catalogue.persistence.ReferralRepository;
import no.kobling.advisory.catalogue.persistence.ServiceRepository;
import no.kobling.company.Companies;
import no.kobling.company.CompanyRef;
import no.kobling.geo.Geography;
import no.kobling.geo.MunicipalityRef;
import no.kobling.identity.Permission;
import no.kobling.identity.UserDirectory;
import no.kobling.identity.UserZones;
import no.kobling.notification.Notifications;
import no.kobling.project.ProjectRef;
import no.kobling.project.Projects;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals of companies to services. Advisors (LOG_ACTIVITIES) refer companies of their area to active services
 * offered in the company's municipality; the provider's users accept, decline and mark delivered; the referring
 * organisation or the company's representative gives feedback (1–5). A referral is visible to the provider, the
 * referring organisation and the company's representatives; others get 404.
 */
@Service
public class ReferralService {

    public static final List<String> ACTIONS = List.of("accept", "decline", "deliver");

    private final ReferralRepository referrals;
    private final ServiceRepository services;
    private final ServiceCatalogue catalogue;
    private final CatalogueAccess access;
    private final Companies companies;
    private final Geography geography;
    private final Clock clock;
    private final UserZones userZones;
    private final Projects projects;
    private final Notifications notifications;
    private final UserDirectory users;

    ReferralService(ReferralRepository referrals, ServiceRepository services, ServiceCatalogue catalogue,
            CatalogueAccess access, Companies companies, Geography geography, Clock clock,
            UserZones userZones, Projects projects, Notifications notifications, UserDirectory users) {
        this.notifications = notifications;
        this.users = users;
        this.projects = projects;
        this.referrals = referrals;
        this.services = services;
        this.catalogue = catalogue;
        this.access = access;
        this.companies = companies;
        this.geography = geography;
        this.clock = clock;
        this.userZones = userZones;
    }

    @Transactional
    @PreAuthorize("hasAuthority('LOG_ACTIVITIES')")
    public ReferralView refer(long serviceId, long companyId, String note) {
        return refer(serviceId, companyId, note, null);
    }

    /** Refers the company, tagging the referral with a project (issue 13; {@code null}: none). */
    @Transactional
    @PreAuthorize("hasAuthority('LOG_ACTIVITIES')")
    public ReferralView refer(long serviceId, long companyId, String note, Long projectId) {
        Caller caller = access.caller();
        OfferedService service = catalogue.visible(caller, serviceId);
        CompanyRef company = access.company(caller, companyId);
        if (!service.isActive()) {
            throw DomainException.rule("service-archived", "catalogue.error.service-archived",
                    service.name(ServiceCatalogue.language()));
        }
        if (company.municipalityId() == null) {
            throw DomainException.rule("company-municipality-missing", "catalogue.error.company-municipality-missing",
                    company.name());
        }
        if (!catalogue.offeredIn(service, company.municipalityId())) {
            String place = geography.municipality(company.municipalityId()).map(MunicipalityRef::name).orElse("?");
            throw DomainException.rule("service-not-offered-here", "catalogue.error.not-offered-here",
                    service.name(ServiceCatalogue.language()), place);
        }
        Referral referral = new Referral(serviceId, companyId, company.municipalityId(), caller.organisationId(),
                caller.name(), note, userZones.today(), clock.instant());
        tag(referral, projectId);
        referrals.saveAndFlush(referral);
        notifyProvider(caller, service, company, referral);
        return views(caller, List.of(referral)).get(0);
    }

    /** The provider's people who answer referrals (LOG_ACTIVITIES in the provider organisation), not the referrer. */
    private void notifyProvider(Caller caller, OfferedService service, CompanyRef company, Referral referral) {
        for (UserDirectory.UserInfo u : users.enabledWithPermission(Permission.LOG_ACTIVITIES,
                List.of(service.getProviderOrganisationId()))) {
            if (caller.userId() == null || u.id() != caller.userId()) {
                notifications.notify(u.id(), Notifications.Kind.REFERRAL_RECEIVED, "notify.referral.received",
                        List.of(company.name(), service.name(ServiceCatalogue.language())),
                        "/catalogue/services/" + service.getId() + "#referrals-heading");
            }
        }
    }

    /**
     * Tags the referral with a project or clears the tag ({@code null}): the referring organisation's advisors (and
     * administrators) may; others who see it get 403, others 404. A newly named project must be one the caller may
     * tag with (404 / 422 project-not-taggable).
     */
    @Transactional
    @PreAuthorize("hasAuthority('LOG_ACTIVITIES')")
    public ReferralView tagWithProject(long referralId, Long projectId, Long expectedVersion) {
        Caller caller = access.caller();
        Referral referral = visible(caller, referralId);
        if (!mayTag(caller, referral)) {
            throw new AccessDeniedException("only the referring organisation tags a referral");
        }
        no.kobling.shared.StaleVersionException.check("catalogue.referral", referralId, expectedVersion,
                referral.getVersion());
        tag(referral, projectId);
        referrals.flush();
        return views(caller, List.of(referral)).get(0);
    }

    /** Projects the caller may tag referrals with (the forms' select; empty: the select is not shown). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('LOG_ACTIVITIES')")
    public List<ProjectRef> projectOptions() {
        return projects.taggable();
    }

    /**
     * Ids (ascending) of the referrals tagged with the project that the caller may see; none when the caller may
     * not see the project (results per project, issue 13).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('VIEW_DIRECTORY', 'LOG_ACTIVITIES', 'VIEW_REPORTS')")
    public List<Long> taggedWith(long projectId) {
        Caller caller = access.caller();
        if (!caller.seesAll() && projects.names(List.of(projectId)).isEmpty()) {
            return List.of();
        }
        List<Referral> found = referrals.findByProjectIdOrderByIdAsc(projectId);
        Map<Long, OfferedService> byId = services.findAllById(found.stream().map(Referral::getServiceId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(OfferedService::getId,
                        Function.identity()));
        return found.stream().filter(r -> mayRead(caller, r, byId.get(r.getServiceId()))).map(Referral::getId)
                .toList();
    }

    private void tag(Referral referral, Long projectId) {
        if (projectId != null && !projectId.equals(referral.getProjectId())) {
            projects.requireTaggable(projectId);
        }
        referral.tagWithProject(projectId);
    }

    private static boolean mayTag(Caller caller, Referral r) {
        return caller.seesAll() || (caller.permissions().contains(Permission.LOG_ACTIVITIES)
                && caller.belongsTo(r.getReferringOrganisationId()));
    }

    /** accept, decline or deliver: the provider's move (LOG_ACTIVITIES in the provider organisation). */
    @Transactional
    @PreAuthorize("hasAuthority('LOG_ACTIVITIES')")
    public ReferralView move(long referralId, String action) {
        Caller caller = access.caller();
        Referral referral = visible(caller, referralId);
        OfferedService service = services.findById(referral.getServiceId()).orElseThrow();
        if (!isProvider(caller, service)) {
            throw new AccessDeniedException("only the provider moves a referral");
        }
        LocalDate today = userZones.today();
        switch (action == null ? "" : action) {
            case "accept" -> referral.accept(today);
            case "decline" -> referral.decline(today);
            case "deliver" -> referral.deliver(today);
            default -> throw DomainException.rule("referral-action-unknown", "catalogue.error.action-unknown",
                    String.valueOf(action));
        }
        referrals.flush();
        return views(caller, List.of(referral)).get(0);
    }

    /** Feedback on a delivered referral, by the referring organisation or the company's representative. */
    @Transactional
    @PreAuthorize("hasAnyAuthority('LOG_ACTIVITIES', 'REPRESENT_COMPANY')")
    public ReferralView feedback(long referralId, Integer score, String comment) {
        Caller caller = access.caller();
        Referral referral = visible(caller, referralId);
        if (!mayGiveFeedback(caller, referral)) {
            throw new AccessDeniedException("only the referrer or the company gives feedback");
        }
        if (score == null) {
            throw DomainException.rule("referral-feedback-score", "catalogue.error.feedback-score", "–");
        }
        referral.giveFeedback(score, comment);
        referrals.flush();
        return views(caller, List.of(referral)).get(0);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('VIEW_DIRECTORY', 'LOG_ACTIVITIES', 'REPRESENT_COMPANY')")
    public ReferralView get(long referralId) {
        Caller caller = access.caller();
        return views(caller, List.of(visible(caller, referralId))).get(0);
    }

    /** The referrals of a service that the caller may see (all of them for the provider). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('VIEW_DIRECTORY', 'LOG_ACTIVITIES')")
    public List<ReferralView> ofService(long serviceId) {
        Caller caller = access.caller();
        OfferedService service = catalogue.visible(caller, serviceId);
        return views(caller, referrals.findByServiceIdOrderByReferredOnDescIdDesc(serviceId).stream()
                .filter(r -> mayRead(caller, r, service)).toList());
    }

    /** The referrals of a company that the caller may see (its representatives see all of them). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('VIEW_DIRECTORY', 'LOG_ACTIVITIES', 'REPRESENT_COMPANY')")
    public List<ReferralView> ofCompany(long companyId) {
        Caller caller = access.caller();
        boolean represents = caller.permissions().contains(Permission.REPRESENT_COMPANY)
                && companies.representsCompany(companyId);
        if (!represents) {
            access.company(caller, companyId);
        }
        List<Referral> found = referrals.findByCompanyIdOrderByReferredOnDescIdDesc(companyId);
        Map<Long, OfferedService> byId = services.findAllById(found.stream().map(Referral::getServiceId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(OfferedService::getId,
                        Function.identity()));
        return views(caller, found.stream().filter(r -> mayRead(caller, r, byId.get(r.getServiceId()))).toList());
    }

    /**
     * The hub inbox of a partnership: referrals that wait for an answer (referred, not yet accepted or declined) made
     * in the partnership's municipalities, that the caller may see, oldest first; each with the moves the caller may
     * make. A partnership the caller may not see answers 404.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('VIEW_DIRECTORY', 'LOG_ACTIVITIES')")
    public List<ReferralView> inbox(long partnershipId) {
        Caller caller = access.caller();
        if (access.partnerships().stream().noneMatch(p -> p.id() == partnershipId)) {
            throw new NotFoundException("partnership", partnershipId);
        }
        Set<Long> places = access.partnershipMunicipalities(partnershipId);
        if (places.isEmpty()) {
            return List.of();
        }
        List<Referral> waiting = referrals.findByStatusAndMunicipalityIdInOrderByReferredOnAscIdAsc(
                ReferralStatus.REFERRED, places);
        Map<Long, OfferedService> byId = services.findAllById(waiting.stream().map(Referral::getServiceId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(OfferedService::getId,
                        Function.identity()));
        return views(caller, waiting.stream().filter(r -> mayRead(caller, r, byId.get(r.getServiceId()))).toList());
    }

    private Referral visible(Caller caller, long id) {
        Referral referral = referrals.findById(id).orElseThrow(() -> new NotFoundException("catalogue.referral", id));
        OfferedService service = services.findById(referral.getServiceId()).orElseThrow();
        CatalogueAccess.visibleOr404(mayRead(caller, referral, service), "catalogue.referral", id);
        return referral;
    }

    private boolean mayRead(Caller caller, Referral r, OfferedService service) {
        return caller.seesAll() || isProvider(caller, service) || caller.belongsTo(r.getReferringOrganisationId())
                || (caller.permissions().contains(Permission.REPRESENT_COMPANY)
                        && companies.representsCompany(r.getCompanyId()));
    }

    private static boolean isProvider(Caller caller, OfferedService service) {
        return caller.seesAll() || caller.belongsTo(service.getProviderOrganisationId());
    }

    private boolean mayGiveFeedback(Caller caller, Referral r) {
        return caller.seesAll() || (caller.permissions().contains(Permission.LOG_ACTIVITIES)
                && caller.belongsTo(r.getReferringOrganisationId()))
                || (caller.permissions().contains(Permission.REPRESENT_COMPANY)
                        && companies.representsCompany(r.getCompanyId()));
    }

    private List<ReferralView> views(Caller caller, List<Referral> list) {
        String language = ServiceCatalogue.language();
        Map<Long, OfferedService> byId = services.findAllById(list.stream().map(Referral::getServiceId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(OfferedService::getId,
                        Function.identity()));
        Map<Long, String> companyNames = companies.refs(list.stream().map(Referral::getCompanyId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(CompanyRef::id, CompanyRef::name));
        java.util.Set<Long> projectIds = list.stream().map(Referral::getProjectId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<Long, String> projectNames = projectIds.isEmpty() ? Map.of() : projects.names(projectIds);
        Map<Long, String> places = geography.municipalities(list.stream().map(Referral::getMunicipalityId)
                .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(MunicipalityRef::id, MunicipalityRef::name, (a, b) -> a));
        return list.stream().map(r -> {
            OfferedService s = byId.get(r.getServiceId());
            List<String> actions = new ArrayList<>();
            if (caller.has(Permission.LOG_ACTIVITIES) && isProvider(caller, s)) {
                if (r.getStatus().mayMoveTo(ReferralStatus.ACCEPTED)) {
                    actions.addAll(Set.of("accept", "decline").stream().sorted().toList());
                }
                if (r.getStatus().mayMoveTo(ReferralStatus.DELIVERED)) {
                    actions.add("deliver");
                }
            }
            if (r.getStatus().mayMoveTo(ReferralStatus.FEEDBACK_GIVEN) && mayGiveFeedback(caller, r)) {
                actions.add("feedback");
            }
            return new ReferralView(r.getId(), r.getServiceId(), s.name(language), r.getCompanyId(),
                    companyNames.getOrDefault(r.getCompanyId(), "#" + r.getCompanyId()), r.getMunicipalityId(),
                    places.getOrDefault(r.getMunicipalityId(), "?"), r.getStatus(), r.getNote(), r.getReferredBy(),
                    r.getReferredOn(), r.getAcceptedOn(), r.getDeliveredOn(), r.getFeedbackScore(),
                    r.getFeedbackComment(), r.getVersion(), List.copyOf(actions), r.getProjectId(),
                    r.getProjectId() == null ? null : projectNames.get(r.getProjectId()), mayTag(caller, r));
        }).toList();
    }

    /** Referrals to services of the caller's own organisation that wait for its answer (referred), oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('VIEW_DIRECTORY', 'LOG_ACTIVITIES')")
    public List<ReferralView> waitingForMyOrganisation(int limit) {
        Caller caller = access.caller();
        if (caller.organisationId() == null) {
            return List.of();
        }
        List<Referral> waiting = new java.util.ArrayList<>();
        for (OfferedService service : services.findByProviderOrganisationIdInOrderByIdAsc(
                List.of(caller.organisationId()))) {
            referrals.findByServiceIdOrderByReferredOnDescIdDesc(service.getId()).stream()
                    .filter(r -> r.getStatus() == ReferralStatus.REFERRED).forEach(waiting::add);
        }
        waiting.sort(java.util.Comparator.comparing(Referral::getReferredOn).thenComparing(Referral::getId));
        return views(caller, waiting.stream().limit(Math.max(0, limit)).toList());
    }
}
