package no.kobling.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.kobling.privacy.application.PrivacyRetention;
import no.kobling.shared.privacy.RetentionScope;
import no.kobling.survey.distribution.application.SurveyMailings;
import no.kobling.survey.distribution.persistence.SurveyRecipientRepository;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 19 points 1, 2, 4 and 5 through the API: access requests (JSON and PDF, across modules, with the audit and
 * the read log; another tenant's data protection officer gets 404), consents (a withdrawal stops survey e-mails and
 * hides the person from partners), the retention job, and the read log (who may read it; the DPO reads no business
 * data).
 */
@IntegrationTest
class PrivacyRequestsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    PrivacyRetention retention;
    @Autowired
    Consents consents;
    @Autowired
    SurveyMailings surveys;
    @Autowired
    SurveyRecipientRepository recipients;

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body) {
        return b.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void accessRequestExportsEveryModuleWithAuditAndReadsAndAnotherTenantGets404() throws Exception {
        PrivacyWorld w = new PrivacyWorld(context);
        // a colleague opens the person and the entrepreneur: both reads are logged
        mvc.perform(get("/api/v1/people/{id}", w.personId).with(w.world.users.as(w.world.advisorA)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/entrepreneurs/{id}", w.entrepreneurId).with(w.world.users.as(w.world.advisorA)))
                .andExpect(status().isOk());

        String export = mvc.perform(json(post("/api/v1/privacy/exports"), w.subjectJson())
                        .with(w.world.users.as(w.dpoA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> modules = JsonPath.read(export, "$.records[*].module");
        assertThat(modules).contains("identity", "actor", "company", "advisory", "event", "survey", "notification",
                "partnering");
        List<String> bases = JsonPath.read(export, "$.records[*].lawfulBasis");
        assertThat(bases).doesNotContainNull();
        List<String> personReaders = JsonPath.read(export, "$.records[?(@.kind == 'person')].reads[*].reader");
        assertThat(personReaders).contains(w.world.advisorA);
        List<String> personChanges = JsonPath.read(export, "$.records[?(@.kind == 'person')].changes[*].action");
        assertThat(personChanges).contains("CREATE");

        byte[] pdf = mvc.perform(json(post("/api/v1/privacy/exports/pdf"), w.subjectJson())
                        .with(w.world.users.as(w.admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        // a data protection officer of another organisation: 404, like an unknown person; no permission: 403
        mvc.perform(json(post("/api/v1/privacy/exports"), w.subjectJson()).with(w.world.users.as(w.dpoC)))
                .andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/privacy/erasures"), w.subjectJson()).with(w.world.users.as(w.dpoC)))
                .andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/privacy/exports"), w.subjectJson()).with(w.world.users.as(w.world.advisorA)))
                .andExpect(status().isForbidden());
        // bad input at the edge
        mvc.perform(json(post("/api/v1/privacy/exports"), "{\"email\":\"not-an-address\"}")
                        .with(w.world.users.as(w.admin)))
                .andExpect(status().isBadRequest());

        // the person exports what is tied to their own login
        String mine = mvc.perform(get("/api/v1/privacy/me/export").with(w.world.users.as(w.subjectUser)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> ownKinds = JsonPath.read(mine, "$.records[*].kind");
        assertThat(ownKinds).contains("user", "person").doesNotContain("entrepreneur");
    }

    @Test
    void theReadLogIsForAdministratorsAndOfficersAndTheOfficerReadsNoBusinessData() throws Exception {
        PrivacyWorld w = new PrivacyWorld(context);
        mvc.perform(get("/api/v1/people/{id}", w.personId).with(w.world.users.as(w.world.advisorA)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/privacy/read-log").param("kind", "person").param("recordId", "" + w.personId)
                        .with(w.world.users.as(w.dpoA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].reader").value(w.world.advisorA))
                .andExpect(jsonPath("$.content[0].subject").value(w.name));
        mvc.perform(get("/api/v1/privacy/read-log").param("kind", "person").param("recordId", "" + w.personId)
                        .with(w.world.users.as(w.admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1));
        // another organisation's officer sees only their own organisation's readers
        mvc.perform(get("/api/v1/privacy/read-log").param("kind", "person").param("recordId", "" + w.personId)
                        .with(w.world.users.as(w.dpoC)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/privacy/read-log").with(w.world.users.as(w.world.advisorA)))
                .andExpect(status().isForbidden());
        // the page shows the entry under the log filter (shared with the audit log); htmx swaps only the results
        String readLogPage = mvc.perform(get("/privacy/read-log").param("kind", "person")
                        .param("recordId", "" + w.personId).with(w.world.users.as(w.dpoA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(readLogPage).contains("<h1", "id=\"kind\"", "id=\"recordId\"", "id=\"reader\"",
                "hx-get=\"/privacy/read-log\"", "value=\"person\" selected", ">" + w.world.advisorA + "<",
                ">" + w.name + "<");
        String results = mvc.perform(get("/privacy/read-log").param("kind", "person")
                        .param("recordId", "" + w.personId).header("HX-Request", "true").with(w.world.users.as(w.dpoA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(results.strip()).startsWith("<div id=\"results\"");
        assertThat(results).contains(">" + w.world.advisorA + "<").doesNotContain("<h1").doesNotContain("<form");

        // the officer reads no business data
        for (String path : List.of("/api/v1/people/" + w.personId, "/api/v1/entrepreneurs/" + w.entrepreneurId,
                "/api/v1/companies/" + w.companyId, "/api/v1/advisory/activities/" + w.activityId,
                "/api/v1/cases/" + w.openCaseId)) {
            int code = mvc.perform(get(path).with(w.world.users.as(w.dpoA))).andReturn().getResponse().getStatus();
            assertThat(code).as(path).isIn(403, 404);
        }
        for (String page : List.of("/companies/" + w.companyId, "/people/" + w.personId)) {
            int code = mvc.perform(get(page).with(w.world.users.as(w.dpoA))).andReturn().getResponse().getStatus();
            assertThat(code).as(page).isIn(403, 404);
        }
        // the officer's own pages answer
        for (String page : List.of("/privacy", "/privacy/read-log", "/privacy/retention", "/privacy/processing",
                "/privacy/consents", "/privacy/mine")) {
            mvc.perform(get(page).with(w.world.users.as(w.dpoA))).andExpect(status().isOk());
        }
    }

    @Test
    void aWithdrawnConsentStopsSurveyMailsAndHidesThePersonFromPartners() throws Exception {
        PrivacyWorld w = new PrivacyWorld(context);
        long recipient = jdbc.sql("select id from survey_recipient where email = ?").param(w.email).query(Long.class)
                .single();
        assertThat(surveys.mayMail(recipients.findById(recipient).orElseThrow(), false)).isTrue();
        // partner organisation B sees the shared person
        mvc.perform(get("/api/v1/people/{id}", w.personId).with(w.world.users.as(w.world.advisorB)))
                .andExpect(status().isOk());

        String surveyConsent = mvc.perform(json(post("/api/v1/privacy/consents"), "{\"email\":\"" + w.email
                        + "\",\"purpose\":\"SURVEYS\",\"locale\":\"sv\",\"how\":\"FORM\"}")
                        .with(w.world.users.as(w.dpoA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.textVersion").value(1))
                .andExpect(jsonPath("$.text").value(org.hamcrest.Matchers.startsWith("Jag samtycker")))
                .andReturn().getResponse().getContentAsString();
        // a verbal consent needs a note
        mvc.perform(json(post("/api/v1/privacy/consents"), "{\"email\":\"" + w.email
                        + "\",\"purpose\":\"PARTNER_SHARING\",\"locale\":\"nb\",\"how\":\"VERBAL\"}")
                        .with(w.world.users.as(w.dpoA)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("privacy-consent-verbal-note"));
        String sharing = mvc.perform(json(post("/api/v1/privacy/consents"), "{\"email\":\"" + w.email
                        + "\",\"purpose\":\"PARTNER_SHARING\",\"locale\":\"nb\",\"how\":\"VERBAL\","
                        + "\"note\":\"Phone call with the advisor\"}")
                        .with(w.world.users.as(w.dpoA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(consents.withdrawn(w.email, ConsentPurpose.SURVEYS)).isFalse();

        // the person withdraws the survey consent themselves; staff withdraw the sharing consent they recorded
        mvc.perform(json(post("/api/v1/privacy/me/consents/withdrawals"), "{\"id\":"
                        + JsonPath.read(surveyConsent, "$.id") + "}").with(w.world.users.as(w.subjectUser)))
                .andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/privacy/consents/withdrawals"), "{\"id\":"
                        + JsonPath.read(sharing, "$.id") + "}").with(w.world.users.as(w.dpoA)))
                .andExpect(status().isOk());
        // someone else cannot withdraw another person's consent as their own
        mvc.perform(json(post("/api/v1/privacy/me/consents/withdrawals"), "{\"id\":"
                        + JsonPath.read(sharing, "$.id") + "}").with(w.world.users.as(w.world.advisorA)))
                .andExpect(status().isNotFound());

        assertThat(consents.withdrawn(w.email.toUpperCase(java.util.Locale.ROOT), ConsentPurpose.SURVEYS)).isTrue();
        assertThat(surveys.mayMail(recipients.findById(recipient).orElseThrow(), false)).isFalse();
        assertThat(surveys.mayMail(recipients.findById(recipient).orElseThrow(), true)).isFalse();
        mvc.perform(get("/api/v1/people/{id}", w.personId).with(w.world.users.as(w.world.advisorB)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/people/{id}", w.personId).with(w.world.users.as(w.world.advisorA)))
                .andExpect(status().isOk());
    }

    @Test
    void theRetentionJobAnonymisesWhatExpiredOnceADayAndReportsIt() throws Exception {
        PrivacyWorld w = new PrivacyWorld(context);
        Instant now = clock.instant();
        // an entrepreneur registered just over three years ago, without a company; a second just inside
        jdbc.sql("update company_entrepreneur set created_at = ? where id = ?")
                .params(Timestamp.from(now.minus(3 * 366, ChronoUnit.DAYS)), w.entrepreneurId).update();
        // a second entrepreneur of organisation A registered just inside the period, and one of organisation C as old
        // as the first: the officer of A runs the job for A's records only (other tests' records are never touched)
        long fresh = entrepreneur(w, w.world.orgA, "Fersk", now.minus(3 * 365 - 5, ChronoUnit.DAYS));
        long otherTenant = entrepreneur(w, w.world.orgC, "Annen", now.minus(3 * 366, ChronoUnit.DAYS));
        String body = mvc.perform(post("/api/v1/privacy/retention-runs").with(w.world.users.as(w.dpoA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(body, "$.result")).contains("entrepreneurs=1,").contains("event-participants=")
                .contains("survey-answers=").endsWith("; organisations=" + w.world.orgA);
        assertThat(entrepreneurName(w.entrepreneurId)).isEqualTo(no.kobling.shared.privacy.Anonymised.NAME);
        assertThat(entrepreneurName(fresh)).isNotEqualTo(no.kobling.shared.privacy.Anonymised.NAME);
        assertThat(entrepreneurName(otherTenant)).isNotEqualTo(no.kobling.shared.privacy.Anonymised.NAME);
        mvc.perform(get("/api/v1/privacy/retention-runs").with(w.world.users.as(w.dpoA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[0].trigger").value("MANUAL"));
        mvc.perform(post("/api/v1/privacy/retention-runs").with(w.world.users.as(w.world.advisorA)))
                .andExpect(status().isForbidden());
        // the daily job: once per lease (a second node, or a second timer the same day, does nothing); run on this
        // test's organisations only, 400 days on: the fresh entrepreneur of A has expired by then, C's is out of scope
        Instant day = now.plus(400, ChronoUnit.DAYS);
        RetentionScope fixtures = new RetentionScope(java.util.Set.of(w.world.orgA, w.world.orgB));
        PrivacyRetention.RunView daily = retention.run(day, fixtures);
        assertThat(daily).isNotNull();
        assertThat(daily.trigger()).isEqualTo("SCHEDULE");
        assertThat(daily.result()).contains("entrepreneurs=1,");
        assertThat(entrepreneurName(fresh)).isEqualTo(no.kobling.shared.privacy.Anonymised.NAME);
        assertThat(entrepreneurName(otherTenant)).isNotEqualTo(no.kobling.shared.privacy.Anonymised.NAME);
        assertThat(retention.run(day.plusSeconds(60), fixtures)).isNull();
        // the record of processing lists every kind with a lawful basis
        mvc.perform(get("/api/v1/privacy/processing").with(w.world.users.as(w.world.advisorA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'entrepreneur')].retention").value(org.hamcrest.Matchers.hasItem("P3Y")));
    }

    private long entrepreneur(PrivacyWorld w, long organisation, String name, Instant registered) {
        long id = no.kobling.identity.SystemAccess.run(() -> context.getBean(no.kobling.company.Companies.class)
                .registerEntrepreneur(new no.kobling.company.Companies.EntrepreneurData(organisation,
                        name + " " + w.token, name.toLowerCase(java.util.Locale.ROOT) + "." + w.token + "@example.no",
                        null, "An idea", true, false, java.util.Set.of())));
        jdbc.sql("update company_entrepreneur set created_at = ? where id = ?").params(Timestamp.from(registered), id)
                .update();
        return id;
    }

    private String entrepreneurName(long id) {
        return jdbc.sql("select name from company_entrepreneur where id = ?").param(id).query(String.class).single();
    }
}
