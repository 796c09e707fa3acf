package no.kobling.survey.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.advisory.Advisory;
import no.kobling.company.CompanyTestData;
import no.kobling.company.application.CompanyCommand;
import no.kobling.company.application.CompanyService;
import no.kobling.company.domain.CompanyFacts;
import no.kobling.company.domain.CompanyStatus;
import no.kobling.event.Events;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.UserAdministration.NewUser;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.project.plan.application.ProjectData;
import no.kobling.project.plan.application.ProjectService;
import no.kobling.project.plan.persistence.ProjectTypeRepository;
import no.kobling.support.IntegrationTest;
import no.kobling.survey.SurveyFixture;
import no.kobling.survey.distribution.application.SurveyConsentService;
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
 * Issue 15 point 3, the audiences built from advisory and register data (docs/surveys.md "Recipients"): a project's
 * participating companies, companies with a need that is not met, and a municipality's companies. Each test makes its
 * own companies and decides by hand which must be added, which refused (no consent, no address) and which must not
 * appear at all; then the audience is added through the API and the answer compared with that list. Also: the project
 * audience needs VIEW_REPORTS (403 without), and another organisation's project or event answers 404.
 */
@IntegrationTest
class SurveyAudienceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    SurveyConsentService consents;
    @Autowired
    JdbcTemplate jdbc;

    TestUsers users;
    SurveyFixture.Staff staff;
    String advisorOnly;
    long alesund;
    long orsta;

    @BeforeEach
    void setUp() {
        users = new TestUsers(context.getBean(UserAdministration.class), context.getBean(UserDetailsService.class),
                context.getBean(ApiTokenService.class));
        staff = SurveyFixture.staff(context, "Aud");
        // an advisor may manage surveys but does not read reports
        advisorOnly = TestUsers.unique("audadvisor");
        SystemAccess.run(() -> context.getBean(UserAdministration.class).createUser(new NewUser(advisorOnly,
                "Test " + advisorOnly, advisorOnly + "@example.org", TestUsers.PASSWORD, staff.organisationId(),
                Set.of("ADVISOR"), "en")));
        Geography geo = context.getBean(Geography.class);
        alesund = geo.municipalityByCode("NO", "1508").orElseThrow().id();
        orsta = geo.municipalityByCode("NO", "1520").orElseThrow().id();
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Oslo"));
    }

    long survey(String username) {
        return SurveyFixture.create(context, users, username, SurveyFixture.spec(today().plusDays(14)));
    }

    /** A register company in the municipality with this address (or none). */
    long company(long municipality, String email) {
        CompanyFacts facts = new CompanyFacts("AS", null, null, null, null, null, null, null, null, null, email, null,
                5, null, CompanyStatus.ACTIVE, null, null, List.of());
        return SystemAccess.run(() -> context.getBean(CompanyService.class).create(new CompanyCommand("NO",
                CompanyTestData.norwegianNumber(), TestUsers.unique("Audience AS"), facts, null, municipality,
                Set.of()))).id();
    }

    long consenting(long municipality) {
        long company = company(municipality, TestUsers.unique("aud") + "@example.no");
        users.actingAs(staff.username(), () -> consents.give(company, "recorded-by-staff", "Asked at a visit"));
        return company;
    }

    ResultActions add(String username, long survey, String body) throws Exception {
        return mvc.perform(post("/api/v1/surveys/{id}/recipients", survey).with(users.as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    ResultActions preview(String username, long survey, String body) throws Exception {
        return mvc.perform(post("/api/v1/surveys/{id}/recipients/preview", survey).with(users.as(username))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    static List<Long> ids(String json, String path) {
        List<Number> raw = JsonPath.read(json, path);
        List<Long> out = new ArrayList<>();
        raw.forEach(n -> out.add(n.longValue()));
        return out;
    }

    void activity(long project, String kind, long company, boolean tagged) throws Exception {
        String body = "{\"kindCode\":\"" + kind + "\",\"date\":\"" + today() + "\",\"hours\":1,\"municipalityId\":"
                + alesund + (tagged ? ",\"projectId\":" + project : "") + ",\"companyIds\":[" + company
                + "],\"entrepreneurIds\":[]}";
        mvc.perform(post("/api/v1/advisory/activities").with(users.as(staff.username())).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
    }

    long project(String coordinator, long partnership) {
        long plain = context.getBean(ProjectTypeRepository.class).findByCode("PLAIN").orElseThrow().getId();
        ProjectService projects = context.getBean(ProjectService.class);
        return users.actingAs(coordinator, () -> projects.create(new ProjectData(TestUsers.unique("Audience"), plain,
                partnership, null, null, today().minusMonths(1), today().plusYears(1), "Goals", "Description",
                Set.of(alesund), Set.of(), List.of()))).getId();
    }

    @Test
    void aProjectsParticipatingCompaniesWithConsentAreAddedAndOnlyThose() throws Exception {
        long project = project(staff.username(), staff.partnershipId());
        long twoVisits = consenting(alesund); // two tagged activities: participating → added
        long deepDive = company(alesund, TestUsers.unique("dd") + "@example.no"); // deep dive, no consent → refused
        long oneVisit = consenting(alesund); // one tagged activity: only contacted → not in the audience
        long untagged = consenting(alesund); // two activities not tagged with the project → not in the audience
        activity(project, "VISIT", twoVisits, true);
        activity(project, "VISIT", twoVisits, true);
        activity(project, "DEEP_DIVE", deepDive, true);
        activity(project, "VISIT", oneVisit, true);
        activity(project, "VISIT", untagged, false);
        activity(project, "VISIT", untagged, false);
        long survey = survey(staff.username());
        String body = "{\"kind\":\"PROJECT\",\"id\":" + project + "}";

        String json = add(staff.username(), survey, body).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        assertThat(ids(json, "$.added[*].companyId")).containsExactly(twoVisits);
        assertThat(ids(json, "$.refused[*].companyId")).containsExactly(deepDive);
        assertThat((List<String>) JsonPath.read(json, "$.refused[*].reason")).containsExactly("recipient-no-consent");
        assertThat(jdbc.queryForList("select company_id from survey_recipient where survey_id = ?", Long.class,
                survey)).containsExactly(twoVisits);

        // an advisor of the same organisation manages surveys but does not read reports: 403, nothing added
        long own = survey(advisorOnly);
        preview(advisorOnly, own, body).andExpect(status().isForbidden());
        add(advisorOnly, own, body).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from survey_recipient where survey_id = ?", Integer.class,
                own)).isZero();
        // the distribution page does not offer the project audience to that advisor, but does to the coordinator
        String advisorPage = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/surveys/{id}/distribution", own).with(users.as(advisorOnly))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(advisorPage).doesNotContain("<select id=\"projectId\"");
        String coordinatorPage = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/surveys/{id}/distribution", survey).with(users.as(staff.username()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(coordinatorPage).contains("<select id=\"projectId\"");
    }

    @Test
    void anotherOrganisationsProjectOrEventIsNotFound() throws Exception {
        long project = project(staff.username(), staff.partnershipId());
        long participant = consenting(alesund);
        activity(project, "VISIT", participant, true);
        activity(project, "VISIT", participant, true);
        long event = users.actingAs(staff.username(), () -> context.getBean(Events.class).createEvent(
                new Events.EventData(staff.organisationId(), Set.of(), null, "PLACE", "Ålesund", 48, null,
                        "Europe/Oslo", Map.of("en", new String[] {TestUsers.unique("Fair"), "d"}))));
        SurveyFixture.Staff other = SurveyFixture.staff(context, "AudOther");
        long foreign = survey(other.username());
        for (String body : List.of("{\"kind\":\"PROJECT\",\"id\":" + project + "}",
                "{\"kind\":\"EVENT\",\"id\":" + event + "}")) {
            preview(other.username(), foreign, body).andExpect(status().isNotFound());
            add(other.username(), foreign, body).andExpect(status().isNotFound());
        }
        assertThat(jdbc.queryForObject("select count(*) from survey_recipient where survey_id = ?", Integer.class,
                foreign)).isZero();
        // an unknown project too
        preview(other.username(), foreign, "{\"kind\":\"PROJECT\",\"id\":-5}").andExpect(status().isNotFound());
    }

    @Test
    void companiesWithANeedThatIsNotMetAmongTheNeedsTheCallerSees() throws Exception {
        Advisory advisory = context.getBean(Advisory.class);
        long open = consenting(alesund);
        long beingAddressed = consenting(alesund);
        long noConsent = company(alesund, TestUsers.unique("nc") + "@example.no");
        long met = consenting(alesund);
        long otherNeed = consenting(alesund);
        users.actingAs(staff.username(), () -> {
            advisory.assessNeed(open, "GENDER_EQUALITY", "HIGH", "OPEN", null);
            advisory.assessNeed(beingAddressed, "GENDER_EQUALITY", "LOW", "BEING_ADDRESSED", null);
            advisory.assessNeed(noConsent, "GENDER_EQUALITY", "MEDIUM", "OPEN", null);
            advisory.assessNeed(met, "GENDER_EQUALITY", "MEDIUM", "MET", null);
            advisory.assessNeed(otherNeed, "EXPORT", "MEDIUM", "OPEN", null);
            return null;
        });
        // another organisation's assessment is not among the needs our staff sees
        SurveyFixture.Staff other = SurveyFixture.staff(context, "AudNeed");
        long theirs = consenting(alesund);
        users.actingAs(other.username(), () -> advisory.assessNeed(theirs, "GENDER_EQUALITY", "HIGH", "OPEN", null));

        long survey = survey(staff.username());
        String json = add(staff.username(), survey, "{\"kind\":\"NEED\",\"code\":\"GENDER_EQUALITY\"}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(ids(json, "$.added[*].companyId")).containsExactlyInAnyOrder(open, beingAddressed);
        assertThat(ids(json, "$.refused[*].companyId")).containsExactly(noConsent);
        assertThat((List<String>) JsonPath.read(json, "$.refused[*].reason")).containsExactly("recipient-no-consent");
        // without a need code the audience is refused
        add(staff.username(), survey, "{\"kind\":\"NEED\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("survey-audience-invalid"));
    }

    @Test
    void aMunicipalitysCompaniesWithConsentAndAnAddress() throws Exception {
        long with = consenting(orsta);
        long without = company(orsta, TestUsers.unique("wo") + "@example.no");
        long noAddress = company(orsta, null);
        users.actingAs(staff.username(), () -> consents.give(noAddress, "recorded-by-staff", "Asked by phone"));
        long withdrawn = consenting(orsta);
        users.actingAs(staff.username(), () -> consents.withdraw(withdrawn));
        long elsewhere = consenting(alesund);
        Set<Long> ours = Set.of(with, without, noAddress, withdrawn, elsewhere);

        long survey = survey(staff.username());
        String json = add(staff.username(), survey, "{\"kind\":\"MUNICIPALITY\",\"id\":" + orsta + "}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(ids(json, "$.added[*].companyId")).filteredOn(ours::contains).containsExactly(with);
        List<Long> refused = ids(json, "$.refused[*].companyId");
        List<String> reasons = JsonPath.read(json, "$.refused[*].reason");
        Map<Long, String> reasonOf = new java.util.HashMap<>();
        for (int i = 0; i < refused.size(); i++) {
            reasonOf.put(refused.get(i), reasons.get(i));
        }
        assertThat(reasonOf).containsEntry(without, "recipient-no-consent")
                .containsEntry(noAddress, "recipient-no-email").containsEntry(withdrawn, "recipient-no-consent")
                .doesNotContainKey(elsewhere).doesNotContainKey(with);
        // every company added has a current consent
        assertThat(ids(json, "$.added[*].companyId")).allSatisfy(id -> assertThat(
                users.actingAs(staff.username(), () -> consents.of(id)).current()).as("consent of %s", id).isTrue());
        // the same audience again adds nobody twice
        String again = add(staff.username(), survey, "{\"kind\":\"MUNICIPALITY\",\"id\":" + orsta + "}")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(ids(again, "$.added[*].companyId")).doesNotContain(with);
    }
}
