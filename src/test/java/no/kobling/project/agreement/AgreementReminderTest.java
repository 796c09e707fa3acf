package no.kobling.project.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import no.kobling.project.agreement.application.AgreementExpiryReminder;
import no.kobling.support.IntegrationTest;
import no.kobling.support.MutableClock;
import no.kobling.support.Parallel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The expiry reminder (once per agreement and version, to the parties' coordinators) and expiry by the clock. */
@IntegrationTest
class AgreementReminderTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    AgreementExpiryReminder reminder;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    AgreementWorld w;
    int area;

    @BeforeEach
    void world() throws Exception {
        w = new AgreementWorld(context);
        List<Integer> ids = JsonPath.read(call(w.coordA, get("/api/v1/agreement-areas"), null).getContentAsString(),
                "$[*].id");
        area = ids.get(0);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    MockHttpServletResponse call(String user, MockHttpServletRequestBuilder request, String json) throws Exception {
        request.with(w.users.as(user)).with(csrf()).accept(MediaType.APPLICATION_JSON);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    String terms(String title, LocalDate start, LocalDate end) {
        return "{\"title\":\"" + title + "\",\"purpose\":\"p\",\"partyOrganisationIds\":[" + w.a + "," + w.b
                + "],\"areaIds\":[" + area + "],\"startDate\":\"" + start + "\",\"endDate\":\"" + end + "\"}";
    }

    long activeAgreement(LocalDate start, LocalDate end) throws Exception {
        MockHttpServletResponse r = call(w.coordA, post("/api/v1/agreements"), terms("Utløper", start, end));
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        long id = ((Number) JsonPath.read(r.getContentAsString(), "$.id")).longValue();
        signBoth(id, start);
        return id;
    }

    void signBoth(long id, LocalDate on) throws Exception {
        call(w.coordA, post("/api/v1/agreements/" + id + "/parties/" + w.a + "/sign"),
                "{\"signerName\":\"Anna\",\"signedOn\":\"" + on + "\"}");
        MockHttpServletResponse r = call(w.coordB, post("/api/v1/agreements/" + id + "/parties/" + w.b + "/sign"),
                "{\"signerName\":\"Bjørn\",\"signedOn\":\"" + on + "\"}");
        assertThat((String) JsonPath.read(r.getContentAsString(), "$.status")).isEqualTo("ACTIVE");
    }

    int notifications(String user, long agreementId) {
        return jdbc.queryForObject("select count(*) from notification_notification where user_id = ? and link = ?",
                Integer.class, w.users.id(user), "/agreements/" + agreementId);
    }

    int mails(String user) {
        return jdbc.queryForObject("select count(*) from notification_outbox where recipient = ?", Integer.class,
                user + "@example.org");
    }

    @Test
    void theCoordinatorsOfThePartiesAreRemindedOncePerVersion() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        long soon = activeAgreement(today.minusDays(10), today.plusDays(30));
        long later = activeAgreement(today.minusDays(10), today.plusDays(90));
        Instant now = Instant.now();

        reminder.remind(now);
        assertThat(notifications(w.coordA, soon)).isEqualTo(1);
        assertThat(notifications(w.coordB, soon)).isEqualTo(1);
        assertThat(mails(w.coordA)).as("in-app and e-mail").isEqualTo(1);
        assertThat(notifications(w.advisorA, soon)).as("not a coordinator").isZero();
        assertThat(notifications(w.coordC, soon)).as("not a party").isZero();
        assertThat(notifications(w.coordA, later)).as("90 days away, default 60").isZero();

        reminder.remind(now);
        reminder.remind(now.plus(Duration.ofDays(1)));
        assertThat(notifications(w.coordA, soon)).as("once per version").isEqualTo(1);

        // 31 days later (the test clock), the later one is 59 days from its end
        clock.set(now.plus(Duration.ofDays(31)));
        reminder.remind(clock.instant());
        assertThat(notifications(w.coordA, later)).isEqualTo(1);
        assertThat(notifications(w.coordA, soon)).as("expired by now: no reminder").isEqualTo(1);
        clock.reset();

        // a new version of the terms, signed again: reminded again
        MockHttpServletResponse changed = call(w.coordA, put("/api/v1/agreements/" + soon),
                terms("Utløper, ny versjon", today.minusDays(10), today.plusDays(30)));
        assertThat((Integer) JsonPath.read(changed.getContentAsString(), "$.termsVersion")).isEqualTo(2);
        reminder.remind(now);
        assertThat(notifications(w.coordA, soon)).as("not active until signed again").isEqualTo(1);
        signBoth(soon, today);
        reminder.remind(now);
        assertThat(notifications(w.coordA, soon)).isEqualTo(2);
        assertThat(notifications(w.coordB, soon)).isEqualTo(2);
    }

    @Test
    void theDailyRunTakesALeaseSoOneNodeRemindsAtATime() throws Exception {
        Instant night = Instant.now().plus(Duration.ofDays(400));
        clock.set(night);
        List<Boolean> ran = Parallel.run(2, i -> () -> reminder.run(clock.instant()).ran());
        assertThat(Parallel.tally(ran)).isEqualTo(Map.of(false, 1, true, 1));
        assertThat(reminder.run(night.plus(Duration.ofHours(1))).ran()).as("the day's lease is held").isFalse();
        assertThat(reminder.run(night.plus(Duration.ofHours(21))).ran()).as("the next day").isTrue();
    }

    @Test
    void anAgreementExpiresAfterItsEndDateAndCanNoLongerChange() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        long id = activeAgreement(today.minusDays(10), today.plusDays(5));
        clock.set(Instant.now().plus(Duration.ofDays(7)));
        MockHttpServletResponse r = call(w.coordA, get("/api/v1/agreements/" + id), null);
        assertThat((String) JsonPath.read(r.getContentAsString(), "$.status")).isEqualTo("EXPIRED");
        List<String> parties = JsonPath.read(r.getContentAsString(), "$.parties[*].status");
        assertThat(parties).containsOnly("EXPIRED");
        MockHttpServletResponse refused = call(w.coordA, put("/api/v1/agreements/" + id),
                terms("Forlenget", today.minusDays(10), today.plusDays(100)));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat((String) JsonPath.read(refused.getContentAsString(), "$.code")).isEqualTo("agreement-closed");
        MockHttpServletResponse terminate = call(w.coordA, post("/api/v1/agreements/" + id + "/parties/" + w.a
                + "/terminate"), "{\"reason\":\"r\",\"terminatedOn\":\"" + today + "\"}");
        assertThat((String) JsonPath.read(terminate.getContentAsString(), "$.code")).isEqualTo("agreement-not-active");
    }
}
