package no.kobling.advisory.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.kobling.actor.ActorZones;
import no.kobling.advisory.application.AdvisoryAccess.Viewer;
import no.kobling.advisory.application.AdvisoryViews.ActivityView;
import no.kobling.advisory.application.AdvisoryViews.Named;
import no.kobling.advisory.domain.Activity;
import no.kobling.advisory.domain.ActivityFacts;
import no.kobling.advisory.domain.ActivityKind;
import no.kobling.advisory.persistence.ActivityKindRepository;
import no.kobling.advisory.persistence.ActivityRepository;
import no.kobling.company.Companies;
import no.kobling.company.CompanyRef;
import no.kobling.geo.Geography;
import no.kobling.geo.MunicipalityRef;
import no.kobling.project.ProjectRef;
import no.kobling.project.Projects;
import no.kobling.shared.DomainException;
import no.kobling.shared.LocalDay;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.StaleVersionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logging advisory activities. Advisors (LOG_ACTIVITIES) log for their own organisation; every company involved
 * must be one they may see (else 404), every advisor a user of that organisation, and a service used must be
 * offered in the municipality where the activity happened.
 */
@Service
public class ActivityService {

    static final String WRITE = "hasAuthority('LOG_ACTIVITIES')";
    /** Aggregates (pyramid, figures) and single records, which {@link AdvisoryAccess.Viewer#canSee} then guards. */
    static final String READ = "hasAnyAuthority('LOG_ACTIVITIES', 'VIEW_REPORTS')";
    /** Lists of single records (activities, needs, the companies behind a figure): not for funders (403). */
    static final String RECORDS = "hasAuthority('LOG_ACTIVITIES')";

    private final ActivityRepository activities;
    private final ActivityKindRepository kinds;
    private final AdvisoryDirectory directory;
    private final Companies companies;
    private final Geography geography;
    private final ObjectProvider<ServiceOptions> serviceOptions;
    private final AdvisoryAccess access;
    private final Clock clock;
    private final ActorZones zones;
    private final Projects projects;

    private final no.kobling.shared.privacy.ReadLog readLog;

    ActivityService(ActivityRepository activities, ActivityKindRepository kinds, AdvisoryDirectory directory,
            Companies companies, Geography geography, ObjectProvider<ServiceOptions> serviceOptions,
            AdvisoryAccess access, Clock clock, ActorZones zones, Projects projects,
            no.kobling.shared.privacy.ReadLog readLog) {
        this.readLog = readLog;
        this.projects = projects;
        this.activities = activities;
        this.kinds = kinds;
        this.directory = directory;
        this.companies = companies;
        this.geography = geography;
        this.serviceOptions = serviceOptions;
        this.access = access;
        this.clock = clock;
        this.zones = zones;
    }

    @Transactional
    @PreAuthorize(WRITE)
    public ActivityView log(ActivityCommand command) {
        Viewer viewer = access.viewer();
        long organisationId = organisationFor(viewer, command.organisationId());
        ActivityKind kind = kind(command);
        ActivityFacts facts = facts(viewer, organisationId, command);
        Activity activity = new Activity(kind, organisationId, facts, viewer.userId(), clock.instant(),
                today(organisationId));
        tag(activity, command.projectId());
        activities.save(activity);
        return view(activity, viewer);
    }

    @Transactional
    @PreAuthorize(WRITE)
    public ActivityView update(long id, Long expectedVersion, ActivityCommand command) {
        Viewer viewer = access.viewer();
        Activity activity = editable(viewer, id);
        StaleVersionException.check("advisory.activity", id, expectedVersion, activity.getVersion());
        ActivityKind kind = kind(command);
        activity.change(kind, facts(viewer, activity.getOrganisationId(), command),
                today(activity.getOrganisationId()));
        tag(activity, command.projectId());
        activities.flush();
        return view(activity, viewer);
    }

    @Transactional
    @PreAuthorize(WRITE)
    public void delete(long id) {
        Viewer viewer = access.viewer();
        activities.delete(editable(viewer, id));
    }

    @Transactional
    @PreAuthorize(WRITE)
    public ActivityView completeFollowUp(long id) {
        Viewer viewer = access.viewer();
        Activity activity = editable(viewer, id);
        activity.completeFollowUp();
        activities.flush();
        return view(activity, viewer);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public ActivityView get(long id) {
        Viewer viewer = access.viewer();
        Activity activity = visible(viewer, id);
        if (!activity.getEntrepreneurIds().isEmpty() || activity.getNotes() != null) {
            // an activity note names people (entrepreneurs it involves, people in its notes): reading it is logged
            readLog.read("activity-note", String.valueOf(id), null);
        }
        return view(activity, viewer);
    }

    /** The activity for its edit form: 404 unless the caller may edit it (the same rule as {@link #update}). */
    @Transactional(readOnly = true)
    @PreAuthorize(WRITE)
    public ActivityView forEdit(long id) {
        Viewer viewer = access.viewer();
        return view(editable(viewer, id), viewer);
    }

    /** Activities involving the company that the caller may see (404 for a company they may not see). */
    @Transactional(readOnly = true)
    @PreAuthorize(RECORDS)
    public List<ActivityView> ofCompany(long companyId) {
        Viewer viewer = access.viewer();
        company(companyId);
        return views(activities.ofCompany(companyId).stream().filter(viewer::canSee).toList(), viewer);
    }

    /** Recent activities: {@code shared} = those partner organisations shared, else the own organisation's. */
    @Transactional(readOnly = true)
    @PreAuthorize(RECORDS)
    public List<ActivityView> recent(boolean shared, int limit) {
        return recent(shared, limit, null);
    }

    /** Recent activities, only those tagged with the project when {@code projectId} is given. */
    @Transactional(readOnly = true)
    @PreAuthorize(RECORDS)
    public List<ActivityView> recent(boolean shared, int limit, Long projectId) {
        Viewer viewer = access.viewer();
        if (viewer.organisationId() == null) {
            return List.of();
        }
        PageRequest page = PageRequest.of(0, limit);
        long project = projectId == null ? ActivityRepository.ANY_PROJECT : projectId;
        List<Activity> found = shared
                ? activities.sharedByPartners(viewer.organisationId(), withSentinel(viewer.partnerOrganisations()),
                        project, page)
                : activities.ofOrganisation(viewer.organisationId(), project, page);
        return views(found, viewer);
    }

    /**
     * Ids of the activities tagged with the project that the caller may see (results per project, issue 13). A
     * project the caller may not see gives none.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<Long> taggedWith(long projectId) {
        Viewer viewer = access.viewer();
        if (!viewer.seesAll() && projects.names(List.of(projectId)).isEmpty()) {
            return List.of();
        }
        return activities.findByProjectIdOrderByIdAsc(projectId).stream()
                .filter(a -> viewer.seesAll() || viewer.owns(a)
                        || (a.isShared() && viewer.partnerOrganisations().contains(a.getOrganisationId())))
                .map(Activity::getId).toList();
    }

    /** Projects the caller may tag activities with (the form's select; empty: the select is not shown). */
    @Transactional(readOnly = true)
    @PreAuthorize(WRITE)
    public List<ProjectRef> projectOptions() {
        return projects.taggable();
    }

    /** Stores the project tag: a newly named project must be one the caller may tag with (404 / 422). */
    private void tag(Activity activity, Long projectId) {
        if (projectId != null && !projectId.equals(activity.getProjectId())) {
            projects.requireTaggable(projectId);
        }
        activity.tagWithProject(projectId);
    }

    /** The users of the caller's organisation, who can be named as advisors. */
    @Transactional(readOnly = true)
    @PreAuthorize(WRITE)
    public List<Named> advisorOptions() {
        Viewer viewer = access.viewer();
        if (viewer.organisationId() == null) {
            return List.of();
        }
        return directory.usersOfOrganisation(viewer.organisationId()).stream()
                .map(n -> new Named(n.id(), n.name())).toList();
    }

    /** Services an advisor can pick for an activity in the municipality (empty without a catalogue). */
    @Transactional(readOnly = true)
    @PreAuthorize(WRITE)
    public List<ServiceOptions.ServiceOption> serviceOptions(Long municipalityId) {
        ServiceOptions options = serviceOptions.getIfAvailable();
        return options == null ? List.of() : options.servicesOfferedIn(municipalityId, locale());
    }

    public Activity visible(Viewer viewer, long id) {
        Activity a = activities.findById(id).orElseThrow(() -> new NotFoundException("advisory.activity", id));
        if (!viewer.canSee(a)) {
            throw new NotFoundException("advisory.activity", id);
        }
        return a;
    }

    private Activity editable(Viewer viewer, long id) {
        Activity a = visible(viewer, id);
        if (!viewer.mayEdit(a)) {
            throw new NotFoundException("advisory.activity", id);
        }
        return a;
    }

    private long organisationFor(Viewer viewer, Long requested) {
        if (viewer.isSystem()) {
            if (requested == null) {
                throw DomainException.rule("advisory-no-organisation", "advisory.error.no-organisation");
            }
            return requested;
        }
        if (viewer.organisationId() == null) {
            throw DomainException.rule("advisory-no-organisation", "advisory.error.no-organisation");
        }
        return viewer.organisationId();
    }

    private ActivityKind kind(ActivityCommand c) {
        if (c.kindId() != null) {
            return kinds.findById(c.kindId()).orElseThrow(() -> DomainException.rule("advisory-kind-unknown",
                    "advisory.error.kind-unknown", c.kindId()));
        }
        if (c.kindCode() != null && !c.kindCode().isBlank()) {
            return kinds.findByCode(c.kindCode().strip()).orElseThrow(() -> DomainException.rule(
                    "advisory-kind-unknown", "advisory.error.kind-unknown", c.kindCode()));
        }
        throw DomainException.rule("advisory-kind-missing", "advisory.error.kind-missing");
    }

    private ActivityFacts facts(Viewer viewer, long organisationId, ActivityCommand c) {
        List<CompanyRef> involved = c.companyIds().stream().map(this::company).toList();
        for (Long e : c.entrepreneurIds()) {
            if (companies.entrepreneurName(e).isEmpty()) {
                throw new NotFoundException("entrepreneur", e);
            }
        }
        Long municipality = c.municipalityId();
        if (municipality == null) {
            municipality = involved.stream().map(CompanyRef::municipalityId).filter(java.util.Objects::nonNull)
                    .findFirst().orElseGet(() -> directory.organisationHomeMunicipality(organisationId).orElse(null));
        }
        if (municipality != null && geography.municipality(municipality).isEmpty()) {
            throw DomainException.rule("advisory-municipality-unknown", "advisory.error.municipality-unknown",
                    municipality);
        }
        Set<Long> advisors = new HashSet<>(c.advisorUserIds());
        if (advisors.isEmpty() && viewer.userId() != null) {
            advisors.add(viewer.userId());
        }
        Set<Long> members = new HashSet<>(directory.usersOfOrganisation(organisationId).stream()
                .map(AdvisoryDirectory.Named::id).toList());
        for (Long advisor : advisors) {
            if (!members.contains(advisor)) {
                throw DomainException.rule("advisory-advisor-not-in-organisation",
                        "advisory.error.advisor-not-in-organisation", advisor);
            }
        }
        checkService(c.serviceId(), municipality);
        return new ActivityFacts(c.date() == null ? today(organisationId) : c.date(), c.hours(), municipality,
                c.serviceId(), c.notes(), c.visibility(), c.followUpDate(), advisors, c.companyIds(),
                c.entrepreneurIds());
    }

    /** Activity horizons count from today in the zone of the advisor's organisation (docs/time.md). */
    private LocalDate today(long organisationId) {
        return LocalDay.today(clock, zones.organisation(organisationId));
    }

    private void checkService(Long serviceId, Long municipality) {
        checkService(serviceOptions.getIfAvailable(), serviceId, municipality, locale());
    }

    /** A service used must be one the caller may see, offered where the activity happened (none without a catalogue). */
    static void checkService(ServiceOptions options, Long serviceId, Long municipality, Locale locale) {
        if (serviceId == null) {
            return;
        }
        if (options == null || options.service(serviceId, locale).isEmpty()) {
            throw DomainException.rule("advisory-service-unknown", "advisory.error.service-unknown", serviceId);
        }
        if (municipality == null || !options.isOfferedIn(serviceId, municipality)) {
            throw DomainException.rule("advisory-service-not-offered", "advisory.error.service-not-offered");
        }
    }

    private CompanyRef company(long id) {
        return companies.ref(id).orElseThrow(() -> new NotFoundException("company", id));
    }

    /** Views of many activities with one look-up per kind of name (advisors, companies, organisations, places). */
    public List<ActivityView> views(Collection<Activity> list, Viewer viewer) {
        Names names = new Names(list);
        return list.stream().map(a -> view(a, viewer, names)).toList();
    }

    public ActivityView view(Activity a, Viewer viewer) {
        return view(a, viewer, new Names(List.of(a)));
    }

    /** The names a list of activities shows, fetched once for the whole list (not once per row). */
    private final class Names {

        final Map<Long, String> advisors;
        final Map<Long, CompanyRef> companyRefs = new HashMap<>();
        final Map<Long, String> organisations = new HashMap<>();
        final Map<Long, java.util.Optional<String>> municipalities = new HashMap<>();
        final Map<Long, String> projectNames;

        Names(Collection<Activity> list) {
            Set<Long> projectIds = list.stream().map(Activity::getProjectId).filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.toSet());
            projectNames = projectIds.isEmpty() ? Map.of() : projects.names(projectIds);
            advisors = directory.userNames(list.stream().flatMap(a -> a.getAdvisorUserIds().stream())
                    .collect(java.util.stream.Collectors.toSet()));
            Set<Long> companyIds = list.stream().flatMap(a -> a.getCompanyIds().stream())
                    .collect(java.util.stream.Collectors.toSet());
            if (!companyIds.isEmpty()) {
                companies.refs(companyIds).forEach(r -> companyRefs.put(r.id(), r));
            }
        }

        String organisation(long id) {
            return organisations.computeIfAbsent(id, o -> directory.organisationName(o).orElse(""));
        }

        String municipality(Long id) {
            return id == null ? null : municipalities.computeIfAbsent(id,
                    m -> geography.municipality(m).map(MunicipalityRef::name)).orElse(null);
        }
    }

    private ActivityView view(Activity a, Viewer viewer, Names names) {
        Locale locale = locale();
        List<Named> advisors = a.getAdvisorUserIds().stream().filter(names.advisors::containsKey)
                .map(id -> new Named(id, names.advisors.get(id)))
                .sorted(java.util.Comparator.comparingLong(Named::id)).toList();
        List<CompanyRef> refs = a.getCompanyIds().stream().map(names.companyRefs::get)
                .filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(CompanyRef::name, String.CASE_INSENSITIVE_ORDER)).toList();
        List<Named> entrepreneurs = a.getEntrepreneurIds().stream().sorted()
                .flatMap(id -> companies.entrepreneurName(id).map(n -> new Named(id, n)).stream()).toList();
        String municipalityName = names.municipality(a.getMunicipalityId());
        String serviceName = null;
        if (a.getServiceId() != null) {
            ServiceOptions options = serviceOptions.getIfAvailable();
            serviceName = options == null ? null
                    : options.service(a.getServiceId(), locale).map(ServiceOptions.ServiceOption::name).orElse(null);
        }
        return new ActivityView(a.getId(), a.getKind().getId(), a.getKind().getCode(), a.getKind().name(locale),
                a.getDate(), a.getHours(), a.getOrganisationId(), names.organisation(a.getOrganisationId()),
                a.getMunicipalityId(), municipalityName, a.getServiceId(), serviceName, a.getNotes(),
                a.getVisibility(), a.getFollowUpDate(), a.isFollowUpDone(), advisors, refs, entrepreneurs,
                viewer.mayEdit(a), a.getVersion(), a.getProjectId(),
                a.getProjectId() == null ? null : names.projectNames.get(a.getProjectId()));
    }

    static Set<Long> withSentinel(Set<Long> ids) {
        Set<Long> copy = new HashSet<>(ids);
        copy.add(-1L);
        return copy;
    }

    static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
