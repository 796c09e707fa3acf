package no.kobling.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import no.kobling.company.Companies;
import no.kobling.support.IntegrationTest;
import no.kobling.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Counting tagged records (the default): only activities and cases tagged with the project count (still only in its
 * municipalities and period); the same project counted over its partnership sees the untagged ones too.
 */
@IntegrationTest
class ResultsTaggedTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    MockMvc mvc;
    @Autowired
    MutableClock clock;

    @Test
    void onlyTaggedRecordsCountByDefault() throws Exception {
        ResultsWorld w = new ResultsWorld(ctx, mvc);
        long p = w.project;
        Companies companies = ctx.getBean(Companies.class);
        clock.set(ResultsWorld.BUILD_DAY);
        try {
            w.company(companies, "t1", w.alesund, Set.of(), 3);
            w.company(companies, "t2", w.giske, Set.of(), null);
            w.company(companies, "t3", w.alesund, Set.of(), null);
            w.company(companies, "tH", w.heroy, Set.of(), null);
            w.company(companies, "n", w.alesund, Set.of(), 2);
            no.kobling.identity.SystemAccess.run(() -> {
                companies.recordFigure(w.c.get("t1"), 2025, null, null, 3);
                companies.recordFigure(w.c.get("t1"), 2026, null, null, 5);
                return null;
            });
            long e1 = ResultsWorld.entrepreneur(companies, w.x, w.alesund, Set.of());
            long t1 = w.c.get("t1");
            long t2 = w.c.get("t2");
            long t3 = w.c.get("t3");
            for (int i = 0; i < 10; i++) {
                w.activity(w.coordX, "VISIT", LocalDate.of(2026, 2, 1).plusDays(i), "0.5", null, Set.of(t1), Set.of(),
                        p);
            }
            w.activity(w.coordX, "STARTUP_ADVISORY", LocalDate.of(2026, 3, 10), "1", null, Set.of(t2), Set.of(e1), p);
            w.activity(w.coordY, "NETWORK_MEETING", LocalDate.of(2026, 9, 1), "1", w.giske, Set.of(t2), Set.of(), p);
            w.link(w.coordX, e1, w.c.get("n"));
            // untagged, tagged outside the municipalities, tagged outside the period
            w.activity(w.coordX, "INNOVATION_ADVISORY", LocalDate.of(2026, 4, 1), "2", null, Set.of(t3), Set.of(),
                    null);
            w.activity(w.coordX, "STARTUP_ADVISORY", LocalDate.of(2026, 5, 1), "1", null, Set.of(t2), Set.of(), null);
            w.activity(w.coordX, "STARTUP_ADVISORY", LocalDate.of(2026, 3, 1), "1", null, Set.of(w.c.get("tH")),
                    Set.of(), p);
            w.activity(w.coordX, "VISIT", LocalDate.of(2025, 12, 1), "1", null, Set.of(t3), Set.of(), p);
            long tagged = w.caseOf(w.coordX, w.coordY, w.partnership, t1, t2, p);
            w.outcome(w.coordX, tagged, "LETTER_OF_INTENT", LocalDate.of(2026, 4, 1), null, null);
            long untagged = w.caseOf(w.coordX, w.coordY, w.partnership, t1, t3, null);
            w.outcome(w.coordX, untagged, "LETTER_OF_INTENT", LocalDate.of(2026, 4, 2), null, null);
        } finally {
            clock.reset();
        }
        String query = "?from=2026-01-01&to=2026-12-31";
        String json = w.call(w.coordX, get("/api/v1/projects/{id}/results" + query, p), "", 200);
        Map<String, BigDecimal> v = ResultsTest.values(json);
        assertThat(v.get("companies-reached")).isEqualByComparingTo("2"); // t1, t2
        assertThat(v.get("companies-participating")).isEqualByComparingTo("2");
        assertThat(v.get("companies-intensive")).isEqualByComparingTo("0"); // t3's innovation is not tagged
        assertThat(v.get("startup-advisories")).isEqualByComparingTo("1");
        assertThat(v.get("local-activities")).isEqualByComparingTo("1");
        assertThat(v.get("companies-started")).isEqualByComparingTo("1"); // e1 took part in a tagged activity
        assertThat(v.get("jobs-created")).isEqualByComparingTo("4"); // t1 3 → 5, n started with 2
        assertThat(v.get("letters-of-intent")).isEqualByComparingTo("1");
        assertThat(v.get("transactions")).isEqualByComparingTo("0");

        w.counting(w.coordX, "PARTNERSHIP");
        Map<String, BigDecimal> all = ResultsTest.values(
                w.call(w.coordX, get("/api/v1/projects/{id}/results" + query, p), "", 200));
        assertThat(all.get("companies-reached")).isEqualByComparingTo("3"); // t3 too
        assertThat(all.get("companies-intensive")).isEqualByComparingTo("1");
        assertThat(all.get("startup-advisories")).isEqualByComparingTo("2"); // tH is in Herøy
        assertThat(all.get("letters-of-intent")).isEqualByComparingTo("2");
    }
}
