package no.kobling.indicator.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.actor.Visibility;
import no.kobling.advisory.AdvisoryFacts;
import no.kobling.advisory.AdvisoryFacts.ActivityFact;
import no.kobling.company.RegisterFacts;
import no.kobling.company.RegisterFacts.CompanyFact;
import no.kobling.company.RegisterFacts.StartFact;
import no.kobling.event.EventFacts;
import no.kobling.event.EventFacts.EventFact;
import no.kobling.shared.FactsFilter;

/**
 * One computation of indicators: its filter, target group and project, and the module facts it fetched, cached so
 * that the indicators that need the same facts (the funnel, activities, events, companies started, company and
 * organisation details) share one fetch. The target-group and area rules that several indicator families apply live
 * here.
 */
final class IndicatorRun {

    static final Set<String> LOCAL_KINDS = Set.of("SEMINAR", "NETWORK_MEETING");
    static final String STARTUP_KIND = "STARTUP_ADVISORY";
    static final List<String> LEVELS = List.of("CONTACTED", "PARTICIPATING", "INTENSIVE", "DEEP_DIVE");

    private final AdvisoryFacts advisory;
    private final RegisterFacts register;
    private final EventFacts events;
    private final Visibility visibility;
    private final FactsFilter filter;
    private final String targetGroup;
    private final Long projectId;
    private Map<Long, String> levels;
    private List<ActivityFact> activities;
    private List<EventFact> eventFacts;
    private List<StartFact> starts;
    private final Map<Long, CompanyFact> companies = new HashMap<>();
    private final Map<Long, Set<String>> entrepreneurGroups = new HashMap<>();
    private final Set<Long> entrepreneursLoaded = new HashSet<>();
    private final Map<Long, Long> homes = new HashMap<>();

    IndicatorRun(AdvisoryFacts advisory, RegisterFacts register, EventFacts events, Visibility visibility,
            FactsFilter filter, String targetGroup, Long projectId) {
        this.advisory = advisory;
        this.register = register;
        this.events = events;
        this.visibility = visibility;
        this.filter = filter;
        this.targetGroup = targetGroup;
        this.projectId = projectId;
    }

    FactsFilter filter() {
        return filter;
    }

    /** The target group the indicators are restricted to, or null for all. */
    String targetGroup() {
        return targetGroup;
    }

    Long projectId() {
        return projectId;
    }

    // --- target groups -------------------------------------------------------------------------------------------

    /** The register's facts of the companies fetched so far, including those given. */
    Map<Long, CompanyFact> companies(Collection<Long> ids) {
        Set<Long> missing = ids.stream().filter(id -> !companies.containsKey(id)).collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            companies.putAll(register.companies(missing));
        }
        return companies;
    }

    /** A company already fetched (null if unknown). */
    CompanyFact company(Long id) {
        return companies.get(id);
    }

    boolean companyInGroup(long companyId) {
        if (targetGroup == null) {
            return true;
        }
        CompanyFact c = companies(List.of(companyId)).get(companyId);
        return c != null && c.targetGroups().contains(targetGroup);
    }

    boolean entrepreneurInGroup(long entrepreneurId) {
        if (targetGroup == null) {
            return true;
        }
        if (entrepreneursLoaded.add(entrepreneurId)) {
            entrepreneurGroups.putAll(register.entrepreneurTargetGroups(List.of(entrepreneurId)));
        }
        return entrepreneurGroups.getOrDefault(entrepreneurId, Set.of()).contains(targetGroup);
    }

    void preloadCompanies(Collection<Long> ids) {
        if (targetGroup != null || !ids.isEmpty()) {
            companies(ids);
        }
    }

    private void preloadEntrepreneurs(Collection<Long> ids) {
        if (targetGroup == null) {
            return;
        }
        Set<Long> missing = ids.stream().filter(entrepreneursLoaded::add).collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            entrepreneurGroups.putAll(register.entrepreneurTargetGroups(missing));
        }
    }

    /** The company lies in one of the filter's municipalities. */
    boolean companyInArea(Long companyId) {
        if (companyId == null) {
            return false;
        }
        CompanyFact c = companies(List.of(companyId)).get(companyId);
        return c != null && c.municipalityId() != null && filter.municipalityIds().contains(c.municipalityId());
    }

    // --- the funnel ----------------------------------------------------------------------------------------------

    /** Each company's funnel level, companies of the target group only. */
    Map<Long, String> levels() {
        if (levels == null) {
            Map<Long, String> all = advisory.funnelLevels(filter);
            if (targetGroup != null) {
                preloadCompanies(all.keySet());
            }
            levels = all.entrySet().stream().filter(e -> companyInGroup(e.getKey()))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }
        return levels;
    }

    Set<Long> companiesAtLeast(String level) {
        int min = LEVELS.indexOf(level);
        return levels().entrySet().stream().filter(e -> LEVELS.indexOf(e.getValue()) >= min)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    // --- activities and events -----------------------------------------------------------------------------------

    /** The local and start-up activities of the filter. */
    List<ActivityFact> activities() {
        if (activities == null) {
            Set<String> kinds = new HashSet<>(LOCAL_KINDS);
            kinds.add(STARTUP_KIND);
            activities = advisory.activities(filter, kinds);
            if (targetGroup != null) {
                preloadCompanies(activities.stream().flatMap(a -> a.companyIds().stream()).toList());
                preloadEntrepreneurs(activities.stream().flatMap(a -> a.entrepreneurIds().stream()).toList());
            }
        }
        return activities;
    }

    boolean inGroup(ActivityFact a) {
        return targetGroup == null || a.companyIds().stream().anyMatch(this::companyInGroup)
                || a.entrepreneurIds().stream().anyMatch(this::entrepreneurInGroup);
    }

    /** The home municipalities of the organisations (fetched once each; null for none). */
    Map<Long, Long> homes(Collection<Long> organisationIds) {
        Set<Long> missing = organisationIds.stream().filter(id -> !homes.containsKey(id))
                .collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            Map<Long, Visibility.OrganisationInfo> infos = visibility.organisations(missing);
            for (Long id : missing) {
                Visibility.OrganisationInfo info = infos.get(id);
                homes.put(id, info == null ? null : info.homeMunicipalityId());
            }
        }
        return homes;
    }

    /** The home municipality of an organisation already fetched. */
    Long home(long organisationId) {
        return homes.get(organisationId);
    }

    /** The events of the filter, with their organisers' homes fetched. */
    List<EventFact> events() {
        if (eventFacts == null) {
            eventFacts = events.events(filter);
            Set<Long> orgs = new HashSet<>();
            eventFacts.forEach(e -> {
                orgs.add(e.organiserOrganisationId());
                orgs.addAll(e.coOrganiserIds());
            });
            homes(orgs);
            if (targetGroup != null) {
                preloadCompanies(eventFacts.stream().flatMap(e -> e.participantCompanyIds().stream()).toList());
            }
        }
        return eventFacts;
    }

    boolean inGroup(EventFact e) {
        return targetGroup == null || e.participantCompanyIds().stream().anyMatch(this::companyInGroup);
    }

    // --- companies started -------------------------------------------------------------------------------------

    /** The companies started in the filter by entrepreneurs of the target group (tagged ones for a project). */
    List<StartFact> starts() {
        if (starts == null) {
            List<StartFact> all = register.companiesStarted(filter);
            if (filter.projectId() != null && !all.isEmpty()) {
                Set<Long> tagged = advisory.entrepreneursOfProject(filter.projectId());
                all = all.stream().filter(s -> tagged.contains(s.entrepreneurId())).toList();
            }
            preloadEntrepreneurs(all.stream().map(StartFact::entrepreneurId).toList());
            starts = all.stream().filter(s -> entrepreneurInGroup(s.entrepreneurId())).toList();
        }
        return starts;
    }
}
