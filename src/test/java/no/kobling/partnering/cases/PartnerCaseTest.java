package no.kobling.partnering.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.partnering.PartnerCases;
import no.kobling.partnering.PartnerCases.MeetingHeld;
import no.kobling.partnering.application.CasePairs;
import no.kobling.partnering.cases.application.FollowUpService;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Partner cases through the API and pages: the whole life of a case, every bad-input rule of issue 5 for cases,
 * tenancy (other organisations get 404, missing permission 403), held meetings from events, reminders and figures.
 */
@IntegrationTest
class PartnerCaseTest {

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
    CasePairs casePairs;
    @Autowired
    FollowUpService followUps;
    @Autowired
    JdbcTemplate jdbc;

    TestUsers users;
    CaseTestData data;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userAdministration, userDetails, tokens);
        data = new CaseTestData(context, users);
    }

    ResultActions api(String method, String user, String path, String json, Object... vars) throws Exception {
        var request = switch (method) {
            case "GET" -> get(path, vars);
            case "PUT" -> put(path, vars);
            default -> post(path, vars);
        };
        request = request.with(users.as(user)).with(csrf());
        if (json != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }

    long createCase() throws Exception {
        String body = api("POST", data.facNo, "/api/v1/cases", data.newCaseJson()).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.card.id")).longValue();
    }

    void consent(long id, String side, String user) throws Exception {
        api("PUT", user, "/api/v1/cases/{id}/consents/{side}", "{\"givenBy\":\"Daglig leder\",\"givenOn\":\""
                + LocalDate.now(ZoneOffset.UTC) + "\",\"how\":\"e-post\"}", id, side).andExpect(status().isOk());
    }

    @Test
    void aCaseGoesFromMappingToAClosedOutcome() throws Exception {
        long id = createCase();
        api("GET", data.facFi, "/api/v1/cases/{id}", null, id).andExpect(status().isOk())
                .andExpect(jsonPath("$.card.stage").value("MAPPING"))
                .andExpect(jsonPath("$.card.countryPair").value("NO–SE"))
                .andExpect(jsonPath("$.mayChange").value(true));

        // no introduction without both consents
        api("POST", data.facNo, "/api/v1/cases/{id}/stage", "{\"stage\":\"INTRODUCTION\"}", id)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("consent-missing"));
        consent(id, "A", data.facNo);
        api("POST", data.facNo, "/api/v1/cases/{id}/stage", "{\"stage\":\"INTRODUCTION\"}", id)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("consent-missing"));
        consent(id, "B", data.facFi);
        api("POST", data.facNo, "/api/v1/cases/{id}/stage", "{\"stage\":\"INTRODUCTION\"}", id)
                .andExpect(status().isOk()).andExpect(jsonPath("$.card.stage").value("INTRODUCTION"))
                .andExpect(jsonPath("$.consentB.how").value("e-post"));

        // the shared thread: a message from the Finnish facilitator notifies the Norwegian one
        api("POST", data.facFi, "/api/v1/cases/{id}/entries", "{\"kind\":\"MESSAGE\",\"body\":\"Hei, sopiiko?\"}",
                id).andExpect(status().isCreated());
        api("POST", data.facNo, "/api/v1/cases/{id}/entries", "{\"kind\":\"NOTE\",\"body\":\"   \"}", id)
                .andExpect(status().isBadRequest());
        api("GET", data.facNo, "/api/v1/notifications", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].link", hasItem("/cases/" + id)));

        // a held meeting creates the default plan: +14 days, +3 months, +6 months
        Instant held = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        // the plan counts from the meeting day in the zone of the partnership (its hub is Norwegian: docs/time.md)
        LocalDate day = held.atZone(java.time.ZoneId.of("Europe/Oslo")).toLocalDate();
        api("POST", data.facNo, "/api/v1/cases/{id}/meetings", "{\"heldAt\":\"" + held + "\"}", id)
                .andExpect(status().isCreated());
        api("GET", data.facNo, "/api/v1/cases/{id}", null, id)
                .andExpect(jsonPath("$.card.stage").value("FOLLOW_UP"))
                .andExpect(jsonPath("$.followUps.length()").value(3))
                .andExpect(jsonPath("$.followUps[0].dueOn").value(day.plusDays(14).toString()))
                .andExpect(jsonPath("$.followUps[1].dueOn").value(day.plusMonths(3).toString()))
                .andExpect(jsonPath("$.followUps[2].dueOn").value(day.plusMonths(6).toString()));

        // no closing without an outcome; no transaction without a currency
        api("POST", data.facNo, "/api/v1/cases/{id}/close", null, id).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("outcome-required"));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        api("POST", data.facNo, "/api/v1/cases/{id}/outcomes", "{\"kind\":\"TRANSACTION\",\"occurredOn\":\"" + today
                + "\",\"amount\":125000}", id).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("currency-required"))
                .andExpect(jsonPath("$.messageKey").value("cases.error.currency-required"));
        api("POST", data.facNo, "/api/v1/cases/{id}/outcomes", "{\"kind\":\"NO_FIT\",\"occurredOn\":\"" + today
                + "\"}", id).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("reason-required"));
        api("POST", data.facNo, "/api/v1/cases/{id}/outcomes", "{\"kind\":\"LETTER_OF_INTENT\",\"occurredOn\":\""
                + today + "\"}", id).andExpect(status().isCreated());
        api("POST", data.facFi, "/api/v1/cases/{id}/outcomes", "{\"kind\":\"TRANSACTION\",\"occurredOn\":\"" + today
                + "\",\"amount\":125000.50,\"currency\":\"SEK\"}", id).andExpect(status().isCreated());
        api("POST", data.facNo, "/api/v1/cases/{id}/close", null, id).andExpect(status().isOk())
                .andExpect(jsonPath("$.card.stage").value("OUTCOME")).andExpect(jsonPath("$.card.open").value(false))
                .andExpect(jsonPath("$.outcomes.length()").value(2));
        api("POST", data.facNo, "/api/v1/cases/{id}/entries", "{\"body\":\"after\"}", id).andExpect(status().isCreated());
        api("POST", data.facNo, "/api/v1/cases/{id}/outcomes", "{\"kind\":\"JOINED_NETWORK\",\"occurredOn\":\""
                + today + "\"}", id).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("case-closed"));

        // figures of the partnership: one meeting, the outcomes and the value in SEK
        api("GET", data.coordinator, "/api/v1/cases/figures?partnershipId={p}&from={f}&to={t}", null,
                data.partnership, day.minusDays(1), today).andExpect(status().isOk())
                .andExpect(jsonPath("$.total.meetings").value(1))
                .andExpect(jsonPath("$.total.outcomes.LETTER_OF_INTENT").value(1))
                .andExpect(jsonPath("$.total.transactionValue.SEK").value(125000.50))
                .andExpect(jsonPath("$.pairs[0].countryPair").value("NO–SE"));
        // the funder's figures page shows the same numbers (counted here: 1 meeting, no follow-up due in the period,
        // one letter of intent, one transaction), not only a 200
        StringBuilder row = new StringBuilder("(?s).*<th scope=\"row\">Norway–Sweden</th>\\s*<td>1</td>\\s*<td>0</td>"
                + "\\s*<td>–</td>");
        for (no.kobling.partnering.cases.domain.OutcomeKind kind
                : no.kobling.partnering.cases.domain.OutcomeKind.values()) {
            int expected = kind == no.kobling.partnering.cases.domain.OutcomeKind.LETTER_OF_INTENT
                    || kind == no.kobling.partnering.cases.domain.OutcomeKind.TRANSACTION ? 1 : 0;
            row.append("\\s*<td>").append(expected).append("</td>");
        }
        row.append(".*");
        mvc.perform(get("/cases/figures").param("partnershipId", String.valueOf(data.partnership))
                        .param("from", day.minusDays(1).toString()).param("to", today)
                        .with(users.as(data.funder(context))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(row.toString())))
                .andExpect(content().string(containsString("SEK")));
        // every change is in the audit trail, with who made it
        assertThat(jdbc.queryForList("select actor from audit_entry where entity_type = 'PartnerCase' "
                + "and entity_id = ?", String.class, String.valueOf(id))).contains(data.facNo, data.facFi);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'Outcome' and actor = ?",
                Integer.class, data.facFi)).isEqualTo(1);
        // closed cases leave the board unless asked for
        api("GET", data.facNo, "/api/v1/cases", null).andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
        api("GET", data.facNo, "/api/v1/cases?closed=true", null).andExpect(jsonPath("$.content[*].id", hasItem((int) id)));
    }

    @Test
    void facilitatorsMustBelongToThePartnershipAndMayFacilitate() throws Exception {
        String outside = "{\"partnershipId\":" + data.partnership + ",\"companyA\":" + data.companyNo + ",\"companyB\":"
                + data.companySe + ",\"facilitatorA\":" + data.id(data.facNo) + ",\"facilitatorB\":"
                + data.id(data.facOutside) + "}";
        // a user of another partnership answers exactly like an unknown user id: no name, no organisation
        var foreign = api("POST", data.facNo, "/api/v1/cases", outside).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("facilitator-not-permitted"))
                .andExpect(jsonPath("$.detail", not(containsString(data.facOutside))))
                .andReturn().getResponse();
        var unknownUser = api("POST", data.facNo, "/api/v1/cases",
                outside.replace("\"facilitatorB\":" + data.id(data.facOutside), "\"facilitatorB\":987654321"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse();
        for (String field : java.util.List.of("$.code", "$.messageKey", "$.title", "$.status")) {
            Object f = JsonPath.read(foreign.getContentAsString(), field);
            assertThat(f).as(field).isEqualTo(JsonPath.read(unknownUser.getContentAsString(), field));
        }
        String advisor = outside.replace("\"facilitatorB\":" + data.id(data.facOutside),
                "\"facilitatorB\":" + data.id(data.advisor));
        api("POST", data.facNo, "/api/v1/cases", advisor).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("facilitator-not-permitted"));
        // a facilitator of another partnership cannot open cases in this one
        api("POST", data.facOutside, "/api/v1/cases", data.newCaseJson()).andExpect(status().isNotFound());
        String same = data.newCaseJson().replace("\"companyB\":" + data.companySe, "\"companyB\":" + data.companyNo);
        api("POST", data.facNo, "/api/v1/cases", same).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("same-company"));
        String unknown = data.newCaseJson().replace("\"companyB\":" + data.companySe, "\"companyB\":987654321");
        api("POST", data.facNo, "/api/v1/cases", unknown).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("company-unknown"));
        api("POST", data.facNo, "/api/v1/cases", "{\"partnershipId\":" + data.partnership + "}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("validation-failed"));
    }

    @Test
    void casesAreVisibleOnlyToTheFacilitatorsOrganisationsAndTheCoordinators() throws Exception {
        long id = createCase();
        api("GET", data.facOutside, "/api/v1/cases/{id}", null, id).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
        api("GET", data.facOutside, "/api/v1/cases", null).andExpect(jsonPath("$.content[*].id", not(hasItem((int) id))));
        api("POST", data.facOutside, "/api/v1/cases/{id}/entries", "{\"body\":\"hei\"}", id)
                .andExpect(status().isNotFound());
        mvc.perform(get("/cases/{id}", id).with(users.as(data.facOutside))).andExpect(status().isNotFound());
        // the coordinator of the hub sees the case, but does not work in it
        api("GET", data.coordinator, "/api/v1/cases/{id}", null, id).andExpect(status().isOk())
                .andExpect(jsonPath("$.mayChange").value(false));
        api("POST", data.coordinator, "/api/v1/cases/{id}/entries", "{\"body\":\"hei\"}", id)
                .andExpect(status().isForbidden());
        // an advisor has neither permission
        api("GET", data.advisor, "/api/v1/cases", null).andExpect(status().isForbidden());
        api("GET", data.advisor, "/api/v1/cases/{id}", null, id).andExpect(status().isForbidden());
        api("POST", data.facNo, "/api/v1/cases/{id}/stage", "{\"stage\":\"SHORTLIST\"}", 999_999_999L)
                .andExpect(status().isNotFound());
    }

    @Test
    void aMeetingHeldAtAnEventOpensOneCaseAtFollowUpOnce() {
        String reference = "meeting-" + UUID.randomUUID();
        Instant held = Instant.now().minus(2, ChronoUnit.DAYS);
        MeetingHeld meeting = new MeetingHeld(data.companyNo, data.companySe, data.partnership, held, "event",
                reference);
        long first = SystemAccess.run(() -> partnerCases.meetingHeld(meeting));
        long again = SystemAccess.run(() -> partnerCases.meetingHeld(meeting));
        assertThat(again).isEqualTo(first);
        Integer followUpCount = jdbc.queryForObject("select count(*) from cases_follow_up where case_id = ?",
                Integer.class, first);
        assertThat(followUpCount).isEqualTo(3);
        // a second meeting of the same pair joins the open case
        long second = SystemAccess.run(() -> partnerCases.meetingHeld(new MeetingHeld(data.companySe, data.companyNo,
                data.partnership, held.plus(1, ChronoUnit.HOURS), "event", reference + "-2")));
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.queryForObject("select stage from cases_case where id = ?", String.class, first))
                .isEqualTo("FOLLOW_UP");
        assertThat(jdbc.queryForObject("select consent_b_how from cases_case where id = ?", String.class, first))
                .isEqualTo("event " + reference);
        Long facilitatorA = jdbc.queryForObject("select facilitator_a_id from cases_case where id = ?", Long.class,
                first);
        assertThat(facilitatorA).isEqualTo(data.id(data.facNo));
        assertThat(casePairs.companiesInCasesWith(data.companyNo)).contains(data.companySe);
        assertThat(casePairs.companiesInCasesWith(data.companySe)).contains(data.companyNo);
    }

    @Test
    void dueFollowUpsRemindBothFacilitatorsOnceAndAgainWhenOverdue() throws Exception {
        Instant held = Instant.now().minus(20, ChronoUnit.DAYS);
        long id = SystemAccess.run(() -> partnerCases.meetingHeld(new MeetingHeld(data.companyNo, data.companySe,
                data.partnership, held, "event", "r-" + UUID.randomUUID())));
        String noMail = data.facNo + "@example.org";
        String fiMail = data.facFi + "@example.org";

        Instant now = Instant.now();
        assertThat(followUps.sendReminders(now)).isGreaterThanOrEqualTo(1);
        assertThat(mails(noMail)).isEqualTo(1);
        assertThat(mails(fiMail)).isEqualTo(1);
        followUps.sendReminders(now);
        assertThat(mails(noMail)).as("no second reminder for the same follow-up").isEqualTo(1);
        // e-mail in the facilitator's language (Finnish)
        assertThat(jdbc.queryForObject("select subject from notification_outbox where recipient = ?", String.class,
                fiMail)).contains("Seuranta erääntyy");

        // overdue on both dashboards: the facilitator's own and the hub coordinator's
        api("GET", data.facNo, "/api/v1/cases/follow-ups", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.mine[*].card.id", hasItem((int) id)))
                .andExpect(jsonPath("$.mine[0].followUp.overdue").value(true));
        api("GET", data.coordinator, "/api/v1/cases/follow-ups", null)
                .andExpect(jsonPath("$.overdueInPartnerships[*].card.id", hasItem((int) id)));
        api("GET", data.facFi, "/api/v1/notifications/unread-count", null).andExpect(jsonPath("$.unread").value(1));

        // a week after the due day, one more reminder
        followUps.sendReminders(now.plus(2, ChronoUnit.DAYS));
        assertThat(mails(noMail)).isEqualTo(2);
        followUps.sendReminders(now.plus(3, ChronoUnit.DAYS));
        assertThat(mails(noMail)).isEqualTo(2);

        // done follow-ups are no longer due
        long followUp = jdbc.queryForObject("select min(id) from cases_follow_up where case_id = ?", Long.class, id);
        api("POST", data.facFi, "/api/v1/cases/{id}/follow-ups/{f}/done", "{\"note\":\"Ringte\"}", id, followUp)
                .andExpect(status().isOk()).andExpect(jsonPath("$.followUps[0].doneAt").exists());
        api("POST", data.facFi, "/api/v1/cases/{id}/follow-ups/{f}/done", "{}", id, followUp)
                .andExpect(status().isConflict());
    }

    @Test
    void oneFacilitatorOnBothSidesIsRemindedOnceAndOthersStillGetTheirs() throws Exception {
        String json = "{\"partnershipId\":" + data.partnership + ",\"companyA\":" + data.companyNo
                + ",\"companyB\":" + data.companySe + ",\"facilitatorA\":" + data.id(data.facNo)
                + ",\"facilitatorB\":" + data.id(data.facNo) + "}";
        String body = api("POST", data.facNo, "/api/v1/cases", json).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.card.id")).longValue();
        long other = SystemAccess.run(() -> partnerCases.meetingHeld(new MeetingHeld(data.companyNo, data.companySe,
                data.partnership, Instant.now().minus(20, ChronoUnit.DAYS), "event", "r-" + UUID.randomUUID())));
        assertThat(other).as("the pair's open case is joined").isEqualTo(id);
        followUps.sendReminders(Instant.now());
        assertThat(jdbc.queryForObject("select count(*) from notification_notification where link = ? and user_id = ?",
                Integer.class, "/cases/" + id, data.id(data.facNo))).isEqualTo(1);
    }

    int mails(String recipient) {
        return jdbc.queryForObject("select count(*) from notification_outbox where recipient = ?", Integer.class,
                recipient);
    }

    @Test
    void coordinatorsSetTheirPartnershipsFollowUpPlan() throws Exception {
        api("PUT", data.facNo, "/api/v1/cases/plans/{p}", "{\"offsets\":[\"P7D\"]}", data.partnership)
                .andExpect(status().isForbidden());
        api("PUT", data.coordinator, "/api/v1/cases/plans/{p}", "{\"offsets\":[\"P1M\",\"P7D\"]}", data.partnership)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("plan-invalid"));
        api("PUT", data.coordinator, "/api/v1/cases/plans/{p}", "{\"offsets\":[\"P7D\",\"P1M\"]}", data.partnership)
                .andExpect(status().isOk());
        Instant held = Instant.parse("2026-01-10T10:00:00Z");
        long id = SystemAccess.run(() -> partnerCases.meetingHeld(new MeetingHeld(data.companyNo, data.companySe,
                data.partnership, held, "event", "p-" + UUID.randomUUID())));
        api("GET", data.facNo, "/api/v1/cases/{id}", null, id).andExpect(jsonPath("$.followUps.length()").value(2))
                .andExpect(jsonPath("$.followUps[0].dueOn").value("2026-01-17"))
                .andExpect(jsonPath("$.followUps[1].dueOn").value("2026-02-10"));
    }

    @Test
    void thePagesShowTheBoardTheFormTheCaseAndErrorsNextToTheField() throws Exception {
        mvc.perform(get("/cases/new").param("companyA", String.valueOf(data.companyNo))
                        .param("companyB", String.valueOf(data.companySe)).with(users.as(data.facNo)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Gruvteknik AB")));
        String location = mvc.perform(post("/cases").with(users.as(data.facNo)).with(csrf())
                        .param("partnershipId", String.valueOf(data.partnership))
                        .param("companyA", String.valueOf(data.companyNo))
                        .param("companyB", String.valueOf(data.companySe))
                        .param("facilitatorA", String.valueOf(data.id(data.facNo)))
                        .param("facilitatorB", String.valueOf(data.id(data.facOutside))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("facilitatorB-error"))).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(location).isNull();
        location = mvc.perform(post("/cases").with(users.as(data.facNo)).with(csrf())
                        .param("partnershipId", String.valueOf(data.partnership))
                        .param("companyA", String.valueOf(data.companyNo))
                        .param("companyB", String.valueOf(data.companySe))
                        .param("facilitatorA", String.valueOf(data.id(data.facNo)))
                        .param("facilitatorB", String.valueOf(data.id(data.facFi))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/cases/");
        mvc.perform(post(location + "/outcomes").with(users.as(data.facNo)).with(csrf()).param("kind", "TRANSACTION")
                        .param("occurredOn", LocalDate.now(ZoneOffset.UTC).toString()).param("amount", "1000"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"currency-error\"")));
        mvc.perform(post(location + "/stage").with(users.as(data.facNo)).with(csrf()).param("stage", "INTRODUCTION"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("stage-error")));
        mvc.perform(post(location + "/close").with(users.as(data.facNo)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(location + "/entries").with(users.as(data.facNo)).param("body", "no token"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/cases").with(users.as(data.facNo))).andExpect(status().isOk())
                .andExpect(content().string(containsString(location)));
        mvc.perform(get(location).with(users.as(data.facFi))).andExpect(status().isOk());
        // the coordinator reaches the board from the menu and sees the case, without the new-case button
        mvc.perform(get("/cases").with(users.as(data.coordinator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/cases\"")))
                .andExpect(content().string(containsString(location)))
                .andExpect(content().string(not(containsString("href=\"/cases/new\""))));
        mvc.perform(get("/cases/follow-ups").with(users.as(data.coordinator))).andExpect(status().isOk());
        mvc.perform(get("/cases/figures").with(users.as(data.coordinator))).andExpect(status().isOk());
        // the other facilitator was told, in their language (Finnish)
        mvc.perform(get("/notifications").with(users.as(data.facFi))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Uusi kumppanuustapaus")));
    }

    @Test
    void aCaseWithCandidatesGetsItsPartnerOnTheCasePage() throws Exception {
        String location = mvc.perform(post("/cases").with(users.as(data.facFi)).with(csrf())
                        .param("partnershipId", String.valueOf(data.partnership))
                        .param("companyA", String.valueOf(data.companyNo))
                        .param("candidates", data.companySe + ", x")
                        .param("facilitatorA", String.valueOf(data.id(data.facNo)))
                        .param("facilitatorB", String.valueOf(data.id(data.facFi))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("candidates-error"))).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(location).isNull();
        location = mvc.perform(post("/cases").with(users.as(data.facFi)).with(csrf())
                        .param("partnershipId", String.valueOf(data.partnership))
                        .param("companyA", String.valueOf(data.companyNo))
                        .param("candidates", String.valueOf(data.companySe))
                        .param("facilitatorA", String.valueOf(data.id(data.facNo)))
                        .param("facilitatorB", String.valueOf(data.id(data.facFi))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/cases/".length()));
        api("GET", data.facNo, "/api/v1/cases/{id}", null, id).andExpect(jsonPath("$.card.companyB").isEmpty())
                .andExpect(jsonPath("$.candidates[0].id").value((int) data.companySe));
        api("PUT", data.facNo, "/api/v1/cases/{id}/consents/B", "{\"givenBy\":\"X\",\"givenOn\":\"2026-01-01\","
                + "\"how\":\"mail\"}", id).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("partner-required"));
        mvc.perform(post(location + "/partner").with(users.as(data.facNo)).with(csrf())
                .param("companyId", String.valueOf(data.companySe))).andExpect(status().is3xxRedirection());
        api("GET", data.facNo, "/api/v1/cases/{id}", null, id)
                .andExpect(jsonPath("$.card.companyB.id").value((int) data.companySe))
                .andExpect(jsonPath("$.card.countryPair").value("NO–SE"));
    }

    @Test
    void usersReadOnlyTheirOwnNotifications() throws Exception {
        long id = createCase();
        Long notification = jdbc.queryForObject("select max(id) from notification_notification where user_id = ?",
                Long.class, data.id(data.facFi));
        assertThat(notification).isNotNull();
        api("POST", data.facNo, "/api/v1/notifications/{id}/read", null, notification)
                .andExpect(status().isNotFound());
        mvc.perform(post("/notifications/{id}/read", notification).with(users.as(data.facFi)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/cases/" + id));
        api("GET", data.facFi, "/api/v1/notifications/unread-count", null).andExpect(jsonPath("$.unread").value(0));
    }
}
