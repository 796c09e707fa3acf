package no.kobling.advisory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import no.kobling.advisory.application.ActivityCommand;
import no.kobling.advisory.application.ActivityService;
import no.kobling.advisory.application.ActivityUsage;
import no.kobling.advisory.domain.Visibility;
import no.kobling.identity.SystemAccess;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pyramid on a random (seeded) data set: the expected counts are computed here from the generated activities,
 * with the documented rules written out again, and compared with the API for several filters and for rules the
 * partnership configured. Activity usage per service and municipality is checked the same way.
 */
@IntegrationTest
class PyramidTest {

    static final List<String> KINDS = List.of("VISIT", "INDIVIDUAL_ADVISORY", "STARTUP_ADVISORY",
            "INNOVATION_ADVISORY", "DEEP_DIVE", "SEMINAR", "NETWORK_MEETING", "MATCHMAKING", "PARTNER_MEETING");
    /** The seeded default levels (0 contacted .. 3 deep dive), as docs/advisory.md lists them. */
    static final Map<String, Integer> DEFAULT_LEVEL = Map.of("VISIT", 0, "INDIVIDUAL_ADVISORY", 1,
            "STARTUP_ADVISORY", 1, "INNOVATION_ADVISORY", 2, "DEEP_DIVE", 3, "SEMINAR", 0, "NETWORK_MEETING", 0,
            "MATCHMAKING", 1, "PARTNER_MEETING", 1);

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ActivityService activities;
    @Autowired
    ActivityUsage usage;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    record Generated(long id, String org, Set<Long> companies, String kind, BigDecimal hours, LocalDate date,
            long municipality) {
    }

    @Test
    void pyramidCountsMatchAnIndependentCountOnAGeneratedDataSet() throws Exception {
        AdvisoryWorld world = new AdvisoryWorld(context);
        LocalDate today = no.kobling.shared.LocalDay.today(clock, no.kobling.shared.Zones.OSLO);
        long giske = world.companies.municipality("NO", "1532");
        long alesund = world.companies.municipality("NO", "1508");
        Random random = new Random(42);
        List<Long> companies = new ArrayList<>();
        Set<Long> women = new HashSet<>();
        for (int i = 0; i < 24; i++) {
            boolean w = random.nextInt(3) == 0;
            long id = world.company("Pyramide " + i, i % 2 == 0 ? "1532" : "1508", w ? Set.of("WOMEN") : Set.of());
            companies.add(id);
            if (w) {
                women.add(id);
            }
        }
        List<Generated> generated = new ArrayList<>();
        Map<String, String> advisorOf = Map.of("A", world.advisorA, "B", world.advisorB, "C", world.advisorC);
        for (int i = 0; i < 90; i++) {
            String org = List.of("A", "A", "B", "C").get(random.nextInt(4));
            Set<Long> involved = new HashSet<>();
            involved.add(companies.get(random.nextInt(companies.size())));
            if (random.nextInt(6) == 0) {
                involved.add(companies.get(random.nextInt(companies.size())));
            }
            String kind = KINDS.get(random.nextInt(KINDS.size()));
            BigDecimal hours = BigDecimal.valueOf(random.nextInt(9)).divide(BigDecimal.valueOf(2));
            LocalDate date = today.minusDays(random.nextInt(200));
            long municipality = random.nextBoolean() ? giske : alesund;
            ActivityCommand command = new ActivityCommand(null, kind, date, hours, municipality, null, null,
                    Visibility.ORGANISATION, null, null, involved, null, null);
            long id = world.users.actingAs(advisorOf.get(org), () -> activities.log(command)).id();
            generated.add(new Generated(id, org, involved, kind, hours, date, municipality));
        }

        Predicate<Generated> inPartnership = g -> !g.org().equals("C");
        LocalDate from = today.minusDays(100);
        LocalDate to = today.minusDays(20);
        String base = "/api/v1/advisory/pyramid?partnershipId=" + world.partnership;

        check(world, base, expected(generated, inPartnership, c -> true, 2, BigDecimal.TEN, null));
        check(world, base + "&from=" + from + "&to=" + to, expected(generated,
                inPartnership.and(g -> !g.date().isBefore(from) && !g.date().isAfter(to)), c -> true, 2,
                BigDecimal.TEN, null));
        check(world, base + "&municipalityId=" + giske, expected(generated,
                inPartnership.and(g -> g.municipality() == giske), c -> true, 2, BigDecimal.TEN, null));
        check(world, base + "&targetGroup=WOMEN", expected(generated, inPartnership, women::contains, 2,
                BigDecimal.TEN, null));
        long activityCount = generated.stream().filter(inPartnership).count();
        mvc.perform(get(base).with(world.users.as(world.advisorB)))
                .andExpect(jsonPath("$.activities").value(activityCount));

        // drill-down: exactly the companies at deep dive
        Map<Long, Integer> levels = levels(generated, inPartnership, c -> true, 2, BigDecimal.TEN, null);
        List<Integer> deepIds = JsonPath.read(mvc.perform(get("/api/v1/advisory/pyramid/companies?level=DEEP_DIVE"
                + "&partnershipId=" + world.partnership).with(world.users.as(world.advisorA)))
                .andReturn().getResponse().getContentAsString(), "$.companies[*].company.id");
        assertThat(deepIds.stream().map(Integer::longValue).toList()).containsExactlyInAnyOrderElementsOf(
                levels.entrySet().stream().filter(e -> e.getValue() == 3).map(Map.Entry::getKey).toList());

        // the partnership's own rules
        mvc.perform(put("/api/v1/advisory/partnerships/{id}/funnel-rules", world.partnership)
                .with(world.users.as(world.advisorA)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"participatingMinActivities\":3,\"intensiveMinHours\":5}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/advisory/partnerships/{id}/funnel-rules", world.partnership)
                        .with(world.users.as(world.coordinatorA)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"participatingMinActivities\":3,\"intensiveMinHours\":5,"
                                + "\"participatingKinds\":[\"SEMINAR\"],\"intensiveKinds\":[\"MATCHMAKING\"],"
                                + "\"deepDiveKinds\":[\"DEEP_DIVE\",\"INNOVATION_ADVISORY\"]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.custom").value(true));
        Map<String, Integer> custom = Map.of("SEMINAR", 1, "MATCHMAKING", 2, "DEEP_DIVE", 3, "INNOVATION_ADVISORY", 3);
        check(world, base, expected(generated, inPartnership, c -> true, 3, BigDecimal.valueOf(5), custom));
        // another partnership's organisation sees no pyramid of this one
        mvc.perform(get(base).with(world.users.as(world.advisorC))).andExpect(status().isNotFound());
        mvc.perform(get(base).with(world.users.as(world.funderA))).andExpect(status().isOk());

        // usage per service and municipality: mark some activities as having used two services (ids unique to
        // this run, as the PostgreSQL database outlives a run)
        long s1 = 1_000_000L + world.orgA * 10;
        long s2 = s1 + 1;
        Map<Long, Long> serviceOf = new HashMap<>();
        for (Generated g : generated) {
            if (g.id() % 3 == 0) {
                serviceOf.put(g.id(), g.id() % 2 == 0 ? s1 : s2);
            }
        }
        serviceOf.forEach((activity, service) -> jdbc.sql("update advisory_activity set service_id = ? where id = ?")
                .params(service, activity).update());
        List<ActivityUsage.UsageRow> rows = SystemAccess.run(() -> usage.usageOf(List.of(s1, s2), from, null));
        Map<String, long[]> expectedUsage = new HashMap<>();
        Map<String, Set<Long>> companiesPer = new HashMap<>();
        for (Generated g : generated) {
            Long service = serviceOf.get(g.id());
            if (service == null || g.date().isBefore(from)) {
                continue;
            }
            String key = service + "/" + g.municipality();
            expectedUsage.computeIfAbsent(key, k -> new long[1])[0]++;
            companiesPer.computeIfAbsent(key, k -> new HashSet<>()).addAll(g.companies());
        }
        assertThat(rows).hasSize(expectedUsage.size());
        for (ActivityUsage.UsageRow row : rows) {
            String key = row.serviceId() + "/" + row.municipalityId();
            assertThat(row.activities()).as(key).isEqualTo(expectedUsage.get(key)[0]);
            assertThat(row.companies()).as(key).isEqualTo(companiesPer.get(key).size());
        }
    }

    void check(AdvisoryWorld world, String url, long[] expected) throws Exception {
        String body = mvc.perform(get(url).with(world.users.as(world.advisorA))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Integer> counts = JsonPath.read(body, "$.steps[*].companies");
        assertThat(counts.stream().mapToLong(Integer::longValue).toArray()).as(url).containsExactly(expected);
    }

    /** Companies at each level or above, counted from the generated list. */
    static long[] expected(List<Generated> all, Predicate<Generated> include, Predicate<Long> company,
            int minActivities, BigDecimal minHours, Map<String, Integer> kindLevels) {
        long[] counts = new long[4];
        for (int level : levels(all, include, company, minActivities, minHours, kindLevels).values()) {
            for (int i = 0; i <= level; i++) {
                counts[i]++;
            }
        }
        return counts;
    }

    static Map<Long, Integer> levels(List<Generated> all, Predicate<Generated> include, Predicate<Long> company,
            int minActivities, BigDecimal minHours, Map<String, Integer> kindLevels) {
        Set<Long> seen = new HashSet<>();
        all.stream().filter(include).forEach(g -> seen.addAll(g.companies()));
        Map<Long, Integer> result = new HashMap<>();
        for (long c : seen) {
            if (!company.test(c)) {
                continue;
            }
            int n = 0;
            BigDecimal hours = BigDecimal.ZERO;
            int level = 0;
            for (Generated g : all) {
                if (include.test(g) && g.companies().contains(c)) {
                    n++;
                    hours = hours.add(g.hours());
                    int kindLevel = kindLevels == null ? DEFAULT_LEVEL.get(g.kind()) : kindLevels.getOrDefault(g.kind(), 0);
                    level = Math.max(level, kindLevel);
                }
            }
            if (n >= minActivities) {
                level = Math.max(level, 1);
            }
            if (hours.compareTo(minHours) >= 0) {
                level = Math.max(level, 2);
            }
            result.put(c, level);
        }
        return result;
    }
}
