package no.kobling.indicator.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.kobling.actor.Visibility;
import no.kobling.advisory.AdvisoryFacts;
import no.kobling.advisory.AdvisoryFacts.ActivityFact;
import no.kobling.company.RegisterFacts;
import no.kobling.company.RegisterFacts.CompanyFact;
import no.kobling.company.RegisterFacts.StartFact;
import no.kobling.event.EventFacts;
import no.kobling.event.EventFacts.EventFact;
import no.kobling.event.EventFacts.MeetingFact;
import no.kobling.partnering.PartneringFacts;
import no.kobling.project.Networks;
import no.kobling.partnering.PartneringFacts.OutcomeFact;
import no.kobling.shared.FactsFilter;
import org.springframework.stereotype.Component;

/**
 * Computes the indicators (docs/indicators.md) from the other modules' facts for one filter and, optionally, one
 * target group. Each indicator answers its value and how many distinct companies or persons stand behind it (for the
 * funders' suppression). The module facts are fetched once per computation and shared by the indicators that need
 * them.
 */
@Component
public class IndicatorEngine {

    public static final List<String> CODES = List.of("companies-reached", "companies-participating",
            "companies-intensive", "companies-deep-dive", "startup-advisories", "companies-started",
            "local-activities", "networks-started", "joint-activities", "jobs-created", "b2b-meetings-held", "letters-of-intent",
            "transactions", "referrals-delivered", "expert-hours");

    static final Set<String> LOCAL_KINDS = Set.of("SEMINAR", "NETWORK_MEETING");
    static final String STARTUP_KIND = "STARTUP_ADVISORY";
    static final List<String> LEVELS = List.of("CONTACTED", "PARTICIPATING", "INTENSIVE", "DEEP_DIVE");

    private final AdvisoryFacts advisory;
    private final RegisterFacts register;
    private final EventFacts events;
    private final PartneringFacts partnering;
    private final Visibility visibility;
    private final Networks networks;

    IndicatorEngine(AdvisoryFacts advisory, RegisterFacts register, EventFacts events, PartneringFacts partnering,
            Visibility visibility, Networks networks) {
        this.networks = networks;
        this.advisory = advisory;
        this.register = register;
        this.events = events;
        this.partnering = partnering;
        this.visibility = visibility;
    }

    /** An indicator's value, the distinct companies/persons behind it, and transaction amounts per currency. */
    public record Value(BigDecimal value, long subjects, Map<String, BigDecimal> amounts) {

        static Value count(long n, long subjects) {
            return new Value(BigDecimal.valueOf(n), subjects, Map.of());
        }
    }

    /**
     * A record behind a value, as the facts know it: {@code kind} (company, activity, event, network, meeting, outcome,
     * referral, expert-hours), its id, date and municipality (where it has them), the companies involved (for
     * labels), {@code pageId} the id of the page that shows it (the event of a meeting, the case of an outcome, the
     * company of a referral or of expert hours; else {@code id}), {@code detail} (an activity's kind, a network's name,
     * a transaction's amount and currency) and {@code value} where the record adds other than one (jobs, hours).
     */
    public record Item(String kind, long id, LocalDate date, Long municipalityId, List<Long> companyIds, long pageId,
            String detail, BigDecimal value) {

        public Item {
            companyIds = List.copyOf(companyIds);
        }

        static Item company(long id, Long municipalityId, LocalDate date, BigDecimal value) {
            return new Item("company", id, date, municipalityId, List.of(id), id, null, value);
        }
    }

    /** A value with the records behind it: one computation answers both, so a list and its number always agree. */
    record Computed(Value value, List<Item> items) {
    }

    /** Computes the given codes (unknown codes are left out) over the filter, restricted to a target group. */
    public Map<String, Value> compute(Collection<String> codes, FactsFilter filter, String targetGroup) {
        return compute(codes, filter, targetGroup, null);
    }

    /**
     * As {@link #compute(Collection, FactsFilter, String)} for one project: indicators read through the project
     * ({@code networks-started}) need its id and are left out without one.
     */
    public Map<String, Value> compute(Collection<String> codes, FactsFilter filter, String targetGroup,
            Long projectId) {
        Run run = new Run(filter, targetGroup, projectId);
        Map<String, Value> out = new LinkedHashMap<>();
        for (String code : codes) {
            Computed v = run.value(code);
            if (v != null) {
                out.put(code, v.value());
            }
        }
        return out;
    }

    /**
     * The records behind an indicator's value over the filter (restricted to a target group), computed by the same
     * code as the value: for a count indicator there are exactly as many items as the value; for {@code jobs-created}
     * and {@code expert-hours} the items' values add up to it. Null for an unknown code.
     */
    public List<Item> items(String code, FactsFilter filter, String targetGroup, Long projectId) {
        Computed c = new Run(filter, targetGroup, projectId).value(code);
        return c == null ? null : c.items();
    }

    /** One computation: caches the facts it fetched. */
    private final class Run {

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
        private Map<Long, Long> homes;

        Run(FactsFilter filter, String targetGroup, Long projectId) {
            this.projectId = projectId;
            this.filter = filter;
            this.targetGroup = targetGroup;
        }

        Computed value(String code) {
            return switch (code) {
                case "companies-reached" -> atLeast("CONTACTED");
                case "companies-participating" -> atLeast("PARTICIPATING");
                case "companies-intensive" -> atLeast("INTENSIVE");
                case "companies-deep-dive" -> atLeast("DEEP_DIVE");
                case "startup-advisories" -> activityCount(Set.of(STARTUP_KIND));
                case "companies-started" -> started();
                case "local-activities" -> local();
                case "networks-started" -> networksStarted();
                case "joint-activities" -> joint();
                case "jobs-created" -> jobs();
                case "b2b-meetings-held" -> meetings();
                case "letters-of-intent" -> outcomes("LETTER_OF_INTENT");
                case "transactions" -> outcomes("TRANSACTION");
                case "referrals-delivered" -> referrals();
                case "expert-hours" -> expertHours();
                default -> null;
            };
        }

        // --- target groups -------------------------------------------------------------------------------------

        private Map<Long, CompanyFact> companies(Collection<Long> ids) {
            Set<Long> missing = ids.stream().filter(id -> !companies.containsKey(id)).collect(Collectors.toSet());
            if (!missing.isEmpty()) {
                companies.putAll(register.companies(missing));
            }
            return companies;
        }

        private boolean companyInGroup(long companyId) {
            if (targetGroup == null) {
                return true;
            }
            CompanyFact c = companies(List.of(companyId)).get(companyId);
            return c != null && c.targetGroups().contains(targetGroup);
        }

        private boolean entrepreneurInGroup(long entrepreneurId) {
            if (targetGroup == null) {
                return true;
            }
            if (entrepreneursLoaded.add(entrepreneurId)) {
                entrepreneurGroups.putAll(register.entrepreneurTargetGroups(List.of(entrepreneurId)));
            }
            return entrepreneurGroups.getOrDefault(entrepreneurId, Set.of()).contains(targetGroup);
        }

        private void preloadCompanies(Collection<Long> ids) {
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

        // --- the funnel ----------------------------------------------------------------------------------------

        private Map<Long, String> levels() {
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

        private Set<Long> companiesAtLeast(String level) {
            int min = LEVELS.indexOf(level);
            return levels().entrySet().stream().filter(e -> LEVELS.indexOf(e.getValue()) >= min)
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
        }

        private Computed atLeast(String level) {
            List<Long> ids = companiesAtLeast(level).stream().sorted().toList();
            Map<Long, CompanyFact> facts = companies(ids);
            List<Item> items = ids.stream().map(id -> Item.company(id,
                    facts.get(id) == null ? null : facts.get(id).municipalityId(), null, null)).toList();
            return new Computed(Value.count(ids.size(), ids.size()), items);
        }

        private static Item activity(ActivityFact a) {
            return new Item("activity", a.id(), a.date(), a.municipalityId(),
                    a.companyIds().stream().sorted().toList(), a.id(), a.kindCode(), null);
        }

        private Item event(EventFact e) {
            return new Item("event", e.id(), e.date(), homes.get(e.organiserOrganisationId()),
                    e.participantCompanyIds().stream().sorted().toList(), e.id(), null, null);
        }

        // --- activities and events -----------------------------------------------------------------------------

        private List<ActivityFact> activities() {
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

        private boolean inGroup(ActivityFact a) {
            return targetGroup == null || a.companyIds().stream().anyMatch(this::companyInGroup)
                    || a.entrepreneurIds().stream().anyMatch(this::entrepreneurInGroup);
        }

        private Computed activityCount(Set<String> kinds) {
            List<ActivityFact> counted = activities().stream().filter(a -> kinds.contains(a.kindCode()))
                    .filter(this::inGroup).toList();
            return new Computed(Value.count(counted.size(), subjectsOf(counted, List.of())),
                    counted.stream().map(Run::activity).toList());
        }

        private long subjectsOf(List<ActivityFact> acts, List<EventFact> evs) {
            Set<String> subjects = new HashSet<>();
            acts.forEach(a -> {
                a.companyIds().forEach(c -> subjects.add("c" + c));
                a.entrepreneurIds().forEach(e -> subjects.add("e" + e));
            });
            evs.forEach(e -> e.participantCompanyIds().forEach(c -> subjects.add("c" + c)));
            return subjects.size();
        }

        private Map<Long, Long> homes(Collection<Long> organisationIds) {
            if (homes == null) {
                homes = new HashMap<>();
            }
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

        private List<EventFact> events() {
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

        private boolean inGroup(EventFact e) {
            return targetGroup == null || e.participantCompanyIds().stream().anyMatch(this::companyInGroup);
        }

        /** Held in the area: the organiser's home municipality is one of the filter's. */
        private boolean inArea(EventFact e) {
            Long home = homes.get(e.organiserOrganisationId());
            return home != null && filter.municipalityIds().contains(home);
        }

        private Computed local() {
            List<ActivityFact> acts = activities().stream().filter(a -> LOCAL_KINDS.contains(a.kindCode()))
                    .filter(this::inGroup).toList();
            List<EventFact> evs = events().stream().filter(this::inArea).filter(this::inGroup).toList();
            List<Item> items = new ArrayList<>(acts.stream().map(Run::activity).toList());
            evs.forEach(e -> items.add(event(e)));
            return new Computed(Value.count(acts.size() + evs.size(), subjectsOf(acts, evs)), items);
        }

        /**
         * Organised by two or more of the partnership's organisations whose home municipalities differ, at least one
         * of them in the area.
         */
        private Computed joint() {
            List<EventFact> evs = events().stream().filter(this::inGroup).filter(e -> {
                Set<Long> organisers = new HashSet<>(e.coOrganiserIds());
                organisers.add(e.organiserOrganisationId());
                Set<Long> municipalities = organisers.stream().filter(filter.organisationIds()::contains)
                        .map(homes::get).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
                return municipalities.size() >= 2
                        && municipalities.stream().anyMatch(filter.municipalityIds()::contains);
            }).toList();
            return new Computed(Value.count(evs.size(), subjectsOf(List.of(), evs)),
                    evs.stream().map(this::event).toList());
        }

        /**
         * Networks of the partnership with a start date in the period that share a municipality with the filter
         * (tagged with the project when counting tagged records); with a target group, those with a member company
         * of the group.
         */
        private Computed networksStarted() {
            if (projectId == null) {
                return null;
            }
            List<Networks.NetworkFact> started = networks.networksOfProject(projectId, filter.from(), filter.to())
                    .stream()
                    .filter(n -> !n.startDate().isBefore(filter.from()) && !n.startDate().isAfter(filter.to()))
                    .filter(n -> n.municipalityIds().stream().anyMatch(filter.municipalityIds()::contains))
                    .filter(n -> filter.projectId() == null || filter.projectId().equals(n.projectId()))
                    .toList();
            if (targetGroup != null) {
                preloadCompanies(started.stream().flatMap(n -> n.memberCompanyIds().stream()).toList());
                started = started.stream()
                        .filter(n -> n.memberCompanyIds().stream().anyMatch(this::companyInGroup)).toList();
            }
            long members = started.stream().flatMap(n -> n.memberCompanyIds().stream()).distinct().count();
            List<Item> items = started.stream().map(n -> new Item("network", n.id(), n.startDate(),
                    n.municipalityIds().stream().filter(filter.municipalityIds()::contains).sorted().findFirst()
                            .orElse(null), n.memberCompanyIds().stream().sorted().toList(), n.id(), n.name(), null))
                    .toList();
            return new Computed(Value.count(started.size(), members), items);
        }

        // --- companies started and jobs ------------------------------------------------------------------------

        private List<StartFact> starts() {
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

        private Computed started() {
            Set<Long> started = starts().stream().map(StartFact::companyId).collect(Collectors.toSet());
            long persons = starts().stream().map(StartFact::entrepreneurId).distinct().count();
            // one item per company started: its first link in the period
            Map<Long, StartFact> first = new TreeMap<>();
            starts().forEach(st -> first.merge(st.companyId(), st,
                    (a, b) -> b.linkedOn().isBefore(a.linkedOn()) ? b : a));
            Map<Long, CompanyFact> facts = companies(first.keySet());
            List<Item> items = first.values().stream().map(st -> Item.company(st.companyId(),
                    st.municipalityId() != null ? st.municipalityId()
                            : facts.get(st.companyId()) == null ? null : facts.get(st.companyId()).municipalityId(),
                    st.linkedOn(), null)).toList();
            return new Computed(Value.count(started.size(), Math.max(started.size(), persons)), items);
        }

        /**
         * Net growth in employees of participating companies from the last yearly figure before the period's first
         * year to the last one up to its last year (companies with both figures), plus the employees of the companies
         * started (their last yearly figure up to the period's last year, else the register's figure).
         */
        private Computed jobs() {
            Set<Long> startedIds = starts().stream().map(StartFact::companyId).collect(Collectors.toSet());
            Set<Long> participating = new HashSet<>(companiesAtLeast("PARTICIPATING"));
            participating.removeAll(startedIds);
            Set<Long> all = new HashSet<>(participating);
            all.addAll(startedIds);
            Map<Long, CompanyFact> facts = companies(all);
            int firstYear = filter.from().getYear();
            int lastYear = filter.to().getYear();
            long jobs = 0;
            List<Item> items = new ArrayList<>();
            for (Long id : participating.stream().sorted().toList()) {
                CompanyFact c = facts.get(id);
                if (c == null) {
                    continue;
                }
                Integer before = lastUpTo(c.employeesByYear(), firstYear - 1);
                Integer after = lastUpTo(c.employeesByYear(), lastYear);
                if (before != null && after != null) {
                    jobs += after - before;
                    items.add(Item.company(id, c.municipalityId(), null, BigDecimal.valueOf(after - before)));
                }
            }
            for (Long id : startedIds.stream().sorted().toList()) {
                CompanyFact c = facts.get(id);
                if (c == null) {
                    continue;
                }
                Integer employees = lastUpTo(c.employeesByYear(), lastYear);
                if (employees == null) {
                    employees = c.employees();
                }
                jobs += employees == null ? 0 : employees;
                items.add(Item.company(id, c.municipalityId(), null,
                        BigDecimal.valueOf(employees == null ? 0 : employees)));
            }
            return new Computed(Value.count(jobs, all.size()), items);
        }

        private static Integer lastUpTo(Map<Integer, Integer> byYear, int year) {
            return new TreeMap<>(byYear).headMap(year, true).lastEntry() == null ? null
                    : new TreeMap<>(byYear).headMap(year, true).lastEntry().getValue();
        }

        // --- meetings, outcomes, referrals, hours ----------------------------------------------------------------

        private boolean companyInArea(Long companyId) {
            if (companyId == null) {
                return false;
            }
            CompanyFact c = companies(List.of(companyId)).get(companyId);
            return c != null && c.municipalityId() != null && filter.municipalityIds().contains(c.municipalityId());
        }

        /** Held at an event in the area (the organiser's home municipality). */
        private Computed meetings() {
            List<MeetingFact> all = events.heldMeetings(filter);
            homes(all.stream().map(MeetingFact::organiserOrganisationId).toList());
            List<Long> ids = all.stream().flatMap(m -> java.util.stream.Stream.of(m.companyA(), m.companyB()))
                    .filter(java.util.Objects::nonNull).toList();
            if (targetGroup != null) {
                preloadCompanies(ids);
            }
            List<MeetingFact> counted = all.stream().filter(m -> {
                Long home = homes.get(m.organiserOrganisationId());
                return home != null && filter.municipalityIds().contains(home);
            }).filter(m -> targetGroup == null || (m.companyA() != null && companyInGroup(m.companyA()))
                    || (m.companyB() != null && companyInGroup(m.companyB()))).toList();
            Set<Long> subjects = counted.stream().flatMap(m -> java.util.stream.Stream.of(m.companyA(), m.companyB()))
                    .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
            List<Item> items = counted.stream().map(m -> new Item("meeting", m.id(), m.date(),
                    homes.get(m.organiserOrganisationId()), java.util.stream.Stream.of(m.companyA(), m.companyB())
                            .filter(java.util.Objects::nonNull).toList(), m.eventId(), null, null)).toList();
            return new Computed(Value.count(counted.size(), subjects.size()), items);
        }

        /** On a case whose company (either side) lies in the area. */
        private Computed outcomes(String kind) {
            List<OutcomeFact> all = partnering.outcomes(filter, Set.of(kind));
            preloadCompanies(all.stream().flatMap(o -> java.util.stream.Stream.of(o.companyA(), o.companyB()))
                    .filter(java.util.Objects::nonNull).toList());
            List<OutcomeFact> counted = all.stream()
                    .filter(o -> companyInArea(o.companyA()) || companyInArea(o.companyB()))
                    .filter(o -> targetGroup == null || companyInGroup(o.companyA())
                            || (o.companyB() != null && companyInGroup(o.companyB())))
                    .toList();
            Set<Long> subjects = counted.stream()
                    .flatMap(o -> java.util.stream.Stream.of(o.companyA(), o.companyB()))
                    .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
            Map<String, BigDecimal> amounts = new TreeMap<>();
            if ("TRANSACTION".equals(kind)) {
                counted.stream().filter(o -> o.amount() != null && o.currency() != null)
                        .forEach(o -> amounts.merge(o.currency(), o.amount(), BigDecimal::add));
            }
            List<Item> items = counted.stream().map(o -> new Item("outcome", o.id(), o.occurredOn(),
                    companyInArea(o.companyA()) ? companies.get(o.companyA()).municipalityId()
                            : companies.get(o.companyB()).municipalityId(),
                    java.util.stream.Stream.of(o.companyA(), o.companyB()).filter(java.util.Objects::nonNull)
                            .toList(), o.caseId(),
                    o.amount() != null && o.currency() != null ? o.currency() + " " + o.amount().toPlainString()
                            : null, null)).toList();
            return new Computed(new Value(BigDecimal.valueOf(counted.size()), subjects.size(), amounts), items);
        }

        private Computed referrals() {
            List<AdvisoryFacts.ReferralFact> all = advisory.deliveredReferrals(filter);
            if (targetGroup != null) {
                preloadCompanies(all.stream().map(AdvisoryFacts.ReferralFact::companyId).toList());
            }
            List<AdvisoryFacts.ReferralFact> counted = all.stream().filter(r -> companyInGroup(r.companyId()))
                    .toList();
            List<Item> items = counted.stream().map(r -> new Item("referral", r.id(), r.deliveredOn(),
                    r.municipalityId(), List.of(r.companyId()), r.companyId(), null, null)).toList();
            return new Computed(Value.count(counted.size(),
                    counted.stream().map(AdvisoryFacts.ReferralFact::companyId).distinct().count()), items);
        }

        /**
         * Hours delivered to companies in the area; when counting tagged records (bookings carry no project), only to
         * companies with a tagged activity in the period.
         */
        private Computed expertHours() {
            List<AdvisoryFacts.HoursFact> all = advisory.expertHours(filter);
            preloadCompanies(all.stream().map(AdvisoryFacts.HoursFact::companyId).toList());
            Set<Long> tagged = filter.projectId() == null ? null : levels().keySet();
            List<AdvisoryFacts.HoursFact> counted = all.stream().filter(h -> companyInArea(h.companyId()))
                    .filter(h -> tagged == null || tagged.contains(h.companyId()))
                    .filter(h -> companyInGroup(h.companyId())).toList();
            BigDecimal sum = counted.stream().map(AdvisoryFacts.HoursFact::hours).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            List<Item> items = counted.stream().map(h -> new Item("expert-hours", h.id(), h.workDate(),
                    companies.get(h.companyId()).municipalityId(), List.of(h.companyId()), h.companyId(), null,
                    h.hours())).toList();
            return new Computed(new Value(sum, counted.stream().map(AdvisoryFacts.HoursFact::companyId).distinct()
                    .count(), Map.of()), items);
        }
    }
}
