package no.kobling.partnering.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.partnering.PartnerCases;
import no.kobling.partnering.PartnerCases.MeetingHeld;
import no.kobling.partnering.cases.application.FollowUpService;
import no.kobling.support.IntegrationTest;
import no.kobling.support.MutableClock;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Partner cases across zones (docs/time.md): the Norwegian facilitator lives in Oslo, the Finnish one in Helsinki, one
 * hour ahead; the partnership's hub is Norwegian, so its days are Oslo days. The clock is set to the edges: 23:30 in
 * Oslo (00:30 the next day in Helsinki) and the daylight-saving change days of 2026.
 */
@IntegrationTest
class CaseTimeZonesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserAdministration userAdministration;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    PartnerCases partnerCases;
    @Autowired
    FollowUpService followUps;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    TestUsers users;
    CaseTestData data;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userAdministration, userDetails, tokens);
        data = new CaseTestData(context, users);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    long meeting(Instant heldAt) {
        return SystemAccess.run(() -> partnerCases.meetingHeld(new MeetingHeld(data.companyNo, data.companySe,
                data.partnership, heldAt, "event", "tz-" + UUID.randomUUID())));
    }

    LocalDate firstDue(long caseId) {
        return jdbc.queryForObject("select min(due_on) from cases_follow_up where case_id = ?", LocalDate.class,
                caseId);
    }

    int mails(String username) {
        return jdbc.queryForObject("select count(*) from notification_outbox where recipient = ?", Integer.class,
                username + "@example.org");
    }

    @Test
    void aFollowUpDueTodayInOsloIsAlreadyOverdueInHelsinkiAt2330OsloTime() throws Exception {
        // the default plan's first follow-up is 14 days after the meeting day: due on 7 December 2026
        long id = meeting(Instant.parse("2026-11-23T10:00:00Z"));
        assertThat(firstDue(id)).isEqualTo(LocalDate.of(2026, 12, 7));

        // 22:30 UTC: 23:30 on the 7th in Oslo, 00:30 on the 8th in Helsinki
        clock.set(Instant.parse("2026-12-07T22:30:00Z"));
        String path = "$.mine[?(@.card.id == " + id + ")].followUp.overdue";
        mvc.perform(get("/api/v1/cases/follow-ups").with(users.as(data.facNo))).andExpect(status().isOk())
                .andExpect(jsonPath(path, Matchers.contains(false)));
        mvc.perform(get("/api/v1/cases/follow-ups").with(users.as(data.facFi))).andExpect(status().isOk())
                .andExpect(jsonPath(path, Matchers.contains(true)));
        mvc.perform(get("/api/v1/cases/{id}", id).with(users.as(data.facFi)))
                .andExpect(jsonPath("$.followUps[0].overdue").value(true));
        mvc.perform(get("/api/v1/cases/{id}", id).with(users.as(data.facNo)))
                .andExpect(jsonPath("$.followUps[0].overdue").value(false));
    }

    @Test
    void thePlanCountsFromTheMeetingDayInThePartnershipsZone() {
        // 23:30 UTC on 7 December is 00:30 on the 8th in Oslo: the meeting was held on the 8th
        long id = meeting(Instant.parse("2026-12-07T23:30:00Z"));
        assertThat(firstDue(id)).isEqualTo(LocalDate.of(2026, 12, 8).plusDays(14));
    }

    @Test
    void aHelsinkiFacilitatorRecordsTodaysMeetingAfterMidnightInHelsinki() throws Exception {
        long id = meeting(Instant.parse("2026-11-02T10:00:00Z"));
        // 00:30 on the 8th in Helsinki: "today" for the Finnish facilitator is the 8th, not a day in the future
        clock.set(Instant.parse("2026-12-07T22:30:00Z"));
        mvc.perform(post("/cases/{id}/meetings", id).with(users.as(data.facFi)).with(csrf())
                        .param("heldOn", "2026-12-08"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from cases_follow_up where case_id = ? and due_on = ?",
                Integer.class, id, LocalDate.of(2026, 12, 22))).as("the plan counts from the 8th").isEqualTo(1);
        // the 9th has not begun anywhere yet
        mvc.perform(post("/cases/{id}/meetings", id).with(users.as(data.facFi)).with(csrf())
                .param("heldOn", "2026-12-09")).andExpect(status().isUnprocessableContent());
    }

    @Test
    void theDueReminderGoesOutAt0800LocalOnTheSpringForwardDay() {
        // due on Sunday 29 March 2026, the day clocks go forward (Oslo 02:00 CET -> 03:00 CEST, Helsinki +1 hour)
        long id = meeting(Instant.parse("2026-03-15T10:00:00Z"));
        assertThat(firstDue(id)).isEqualTo(LocalDate.of(2026, 3, 29));
        // 05:30 UTC: 08:30 in Helsinki (EEST, +3) but 07:30 in Oslo (CEST, +2): not for both facilitators yet
        followUps.sendReminders(Instant.parse("2026-03-29T05:30:00Z"));
        assertThat(mails(data.facNo) + mails(data.facFi)).isZero();
        // 06:00 UTC: 08:00 in Oslo, 09:00 in Helsinki
        followUps.sendReminders(Instant.parse("2026-03-29T06:00:00Z"));
        assertThat(mails(data.facNo)).isEqualTo(1);
        assertThat(mails(data.facFi)).isEqualTo(1);
    }

    @Test
    void theOverdueReminderGoesOutAt0800LocalOnTheFallBackDay() {
        // due on 18 October 2026; a week later is Sunday 25 October, the day clocks go back (CEST -> CET)
        long id = meeting(Instant.parse("2026-10-04T10:00:00Z"));
        assertThat(firstDue(id)).isEqualTo(LocalDate.of(2026, 10, 18));
        followUps.sendReminders(Instant.parse("2026-10-18T06:00:00Z"));
        assertThat(mails(data.facNo)).as("the due reminder").isEqualTo(1);
        // 06:30 UTC: 08:30 in Helsinki (EET, +2) but 07:30 in Oslo (CET, +1)
        followUps.sendReminders(Instant.parse("2026-10-25T06:30:00Z"));
        assertThat(mails(data.facNo)).isEqualTo(1);
        // 07:00 UTC: 08:00 in Oslo
        followUps.sendReminders(Instant.parse("2026-10-25T07:00:00Z"));
        assertThat(mails(data.facNo)).as("the overdue reminder").isEqualTo(2);
        assertThat(mails(data.facFi)).isEqualTo(2);
    }
}
