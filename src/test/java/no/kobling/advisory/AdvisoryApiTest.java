package no.kobling.advisory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import no.kobling.advisory.application.ActivityUsage;
import no.kobling.advisory.application.NeedTypeOptions;
import no.kobling.identity.SystemAccess;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The advisory API: logging with defaults, bad input, tenancy, kinds, needs, follow-ups and the calendar feed. */
@IntegrationTest
class AdvisoryApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;
    @Autowired
    NeedTypeOptions needTypeOptions;
    @Autowired
    ActivityUsage activityUsage;
    @Autowired
    no.kobling.advisory.Catalogue catalogue;
    @Autowired
    no.kobling.company.Companies companies;

    AdvisoryWorld world;
    LocalDate today;

    @BeforeEach
    void setUp() {
        world = new AdvisoryWorld(context);
        today = no.kobling.shared.LocalDay.today(clock, no.kobling.shared.Zones.OSLO);
    }

    RequestPostProcessor as(String username) {
        return world.users.as(username);
    }

    long log(String username, String json) throws Exception {
        String body = mvc.perform(post("/api/v1/advisory/activities").with(as(username))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void aQuickVisitGetsTodayTheCompanysMunicipalityAndTheAdvisor() throws Exception {
        long company = world.company("Hurtigbesøk AS", "1508", Set.of());
        long id = log(world.advisorA, "{\"kindCode\":\"VISIT\",\"companyIds\":[" + company + "]}");
        mvc.perform(get("/api/v1/advisory/activities/{id}", id).with(as(world.advisorA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value(today.toString()))
                .andExpect(jsonPath("$.municipalityId").value(world.companies.municipality("NO", "1508")))
                .andExpect(jsonPath("$.organisationId").value(world.orgA))
                .andExpect(jsonPath("$.advisors[0].id").value(world.users.id(world.advisorA)))
                .andExpect(jsonPath("$.companies[0].name").value("Hurtigbesøk AS"))
                .andExpect(jsonPath("$.visibility").value("ORGANISATION"))
                .andExpect(jsonPath("$.kindName").value("Contact/visit"));
    }

    @Test
    void badInputIsRefusedWithAClearCode() throws Exception {
        long company = world.company("Feilinput AS", "1532", Set.of());
        String base = "\"kindCode\":\"VISIT\",\"companyIds\":[" + company + "]";
        expect422(world.advisorA, "{" + base + ",\"date\":\"" + today.plusDays(31) + "\"}",
                "advisory-date-beyond-horizon");
        log(world.advisorA, "{" + base + ",\"date\":\"" + today.plusDays(30) + "\"}");
        mvc.perform(post("/api/v1/advisory/activities").with(as(world.advisorA))
                        .contentType(MediaType.APPLICATION_JSON).content("{" + base + ",\"hours\":-1}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("validation-failed"))
                .andExpect(jsonPath("$.errors[0].field").value("hours"));
        mvc.perform(post("/api/v1/advisory/activities").with(as(world.advisorA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kindCode\":\"VISIT\",\"companyIds\":[987654321]}"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("not-found"));
        expect422(world.advisorA, "{" + base + ",\"serviceId\":987654321}", "advisory-service-unknown");
        expect422(world.advisorA, "{" + base + ",\"advisorUserIds\":[" + world.users.id(world.advisorB) + "]}",
                "advisory-advisor-not-in-organisation");
        expect422(world.advisorA, "{" + base + ",\"followUpDate\":\"" + today.minusDays(1) + "\"}",
                "advisory-follow-up-before-activity");
        expect422(world.advisorA, "{\"kindCode\":\"VISIT\"}", "advisory-nobody-involved");
        expect422(world.advisorA, "{\"kindCode\":\"NO_SUCH_KIND\",\"companyIds\":[" + company + "]}",
                "advisory-kind-unknown");
        // a company representative may not log activities at all
        mvc.perform(post("/api/v1/advisory/activities").with(as("bedrift"))
                        .contentType(MediaType.APPLICATION_JSON).content("{" + base + "}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aServiceOfTheRealCatalogueIsRefusedWhereItIsNotOfferedAndAcceptedWhereItIs() throws Exception {
        // demo catalogue: Giske kommune's first-line service is offered in Giske (1532) only
        long service = no.kobling.identity.SystemAccess.run(() ->
                catalogue.serviceIdByName("Næringsvennlig Giske – førstelinjen")).orElseThrow();
        long sula = no.kobling.identity.SystemAccess.run(() -> companies.idByOrgNumber("NO", "909139090")).orElseThrow();
        long giske = no.kobling.identity.SystemAccess.run(() -> companies.idByOrgNumber("NO", "959083010")).orElseThrow();
        expect422("radgiver", "{\"kindCode\":\"VISIT\",\"companyIds\":[" + sula + "],\"serviceId\":" + service + "}",
                "advisory-service-not-offered");
        long ok = log("radgiver", "{\"kindCode\":\"VISIT\",\"companyIds\":[" + giske + "],\"serviceId\":" + service + "}");
        org.assertj.core.api.Assertions.assertThat(activityUsage.usageOf(java.util.List.of(service), null, null))
                .anySatisfy(row -> org.assertj.core.api.Assertions.assertThat(row.activities()).isGreaterThanOrEqualTo(1));
        org.assertj.core.api.Assertions.assertThat(ok).isPositive();
    }

    void expect422(String user, String json, String code) throws Exception {
        mvc.perform(post("/api/v1/advisory/activities").with(as(user)).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value(code));
    }

    @Test
    void activitiesBelongToTheirOrganisationAndSharedOnesReachThePartnership() throws Exception {
        long company = world.company("Tenancy AS", "1532", Set.of());
        long own = log(world.advisorA, "{\"kindCode\":\"VISIT\",\"companyIds\":[" + company
                + "],\"notes\":\"Intern merknad\"}");
        long shared = log(world.advisorA, "{\"kindCode\":\"INDIVIDUAL_ADVISORY\",\"visibility\":\"PARTNERSHIP\","
                + "\"hours\":2.5,\"companyIds\":[" + company + "],\"notes\":\"Delt merknad\"}");

        mvc.perform(get("/api/v1/advisory/activities/{id}", own).with(as(world.advisorA2))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/advisory/activities/{id}", own).with(as(world.advisorB)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/advisory/activities/{id}", shared).with(as(world.advisorB)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.notes").value("Delt merknad"))
                .andExpect(jsonPath("$.editable").value(false));
        mvc.perform(get("/api/v1/advisory/activities/{id}", shared).with(as(world.advisorC)))
                .andExpect(status().isNotFound());
        // the partner cannot change or delete it
        mvc.perform(put("/api/v1/advisory/activities/{id}", shared).with(as(world.advisorB))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kindCode\":\"VISIT\",\"companyIds\":[" + company + "]}"))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/advisory/activities/{id}", shared).with(as(world.advisorB)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/advisory/activities").param("companyId", String.valueOf(company))
                        .with(as(world.advisorB)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(shared));
        mvc.perform(get("/api/v1/advisory/activities").param("shared", "true").with(as(world.advisorB)))
                .andExpect(jsonPath("$[*].id", hasItem((int) shared)));
        // a stale version is refused
        mvc.perform(put("/api/v1/advisory/activities/{id}", own).with(as(world.advisorA2))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kindCode\":\"VISIT\",\"hours\":1,\"companyIds\":[" + company + "],\"version\":99}"))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/v1/advisory/activities/{id}", own).with(as(world.advisorA2))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kindCode\":\"VISIT\",\"hours\":1,\"companyIds\":[" + company + "],\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.hours").value(1));
        // funders read reports but do not log
        mvc.perform(post("/api/v1/advisory/activities").with(as(world.funderA)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kindCode\":\"VISIT\",\"companyIds\":[" + company + "]}")).andExpect(status().isForbidden());
    }

    @Test
    void administratorsExtendKindsAndAKindInUseIsArchivedNotDeleted() throws Exception {
        String names = "{\"en\":\"Study trip\",\"nb\":\"Studietur\",\"nn\":\"Studietur\",\"sv\":\"Studieresa\","
                + "\"fi\":\"Opintomatka\"}";
        String code = "STUDY_TRIP_" + Long.toString(System.nanoTime() % 100000);
        mvc.perform(post("/api/v1/advisory/kinds").with(as(world.advisorA)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + code + "\",\"names\":" + names + "}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/advisory/kinds").with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"names\":{\"en\":\"Only English\"}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("advisory-kind-name-missing"));
        String created = mvc.perform(post("/api/v1/advisory/kinds").with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "\",\"funnelLevel\":\"PARTICIPATING\",\"names\":" + names + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long kindId = ((Number) JsonPath.read(created, "$.id")).longValue();
        long company = world.company("Studietur AS", "1532", Set.of());
        log(world.advisorA, "{\"kindId\":" + kindId + ",\"companyIds\":[" + company + "]}");

        mvc.perform(delete("/api/v1/advisory/kinds/{id}", kindId).with(as("admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.archived").value(true));
        mvc.perform(get("/api/v1/advisory/kinds").with(as(world.advisorA)))
                .andExpect(jsonPath("$[?(@.code == '" + code + "')]").isEmpty());
        mvc.perform(get("/api/v1/advisory/kinds").param("includeArchived", "true").with(as(world.advisorA)))
                .andExpect(jsonPath("$[?(@.code == '" + code + "')].archived").value(hasItem(true)));
        expect422(world.advisorA, "{\"kindId\":" + kindId + ",\"companyIds\":[" + company + "]}",
                "advisory-kind-archived");
        // history keeps its kind
        mvc.perform(get("/api/v1/advisory/activities").param("companyId", String.valueOf(company))
                .with(as(world.advisorA))).andExpect(jsonPath("$[0].kindName").value("Study trip"));

        String unused = mvc.perform(post("/api/v1/advisory/kinds").with(as("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"" + code + "_X\",\"names\":" + names + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long unusedId = ((Number) JsonPath.read(unused, "$.id")).longValue();
        mvc.perform(delete("/api/v1/advisory/kinds/{id}", unusedId).with(as("admin")))
                .andExpect(jsonPath("$.archived").value(false));
        mvc.perform(get("/api/v1/advisory/kinds").param("includeArchived", "true").with(as("admin")))
                .andExpect(jsonPath("$[?(@.id == " + unusedId + ")]").isEmpty());
    }

    @Test
    void needsAreAssessedLinkedToActivitiesAndSeenInThePartnership() throws Exception {
        long company = world.company("Behov AS", "1532", Set.of());
        mvc.perform(get("/api/v1/advisory/need-types").with(as(world.advisorA)))
                .andExpect(jsonPath("$.length()").value(13))
                .andExpect(jsonPath("$[0].code").value("EXPORT"));
        String need = mvc.perform(put("/api/v1/advisory/companies/{c}/needs/RECRUITMENT", company)
                        .with(as(world.advisorA)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"priority\":\"HIGH\",\"status\":\"OPEN\",\"note\":\"Trenger sveisere\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.typeName").value("Recruitment"))
                .andReturn().getResponse().getContentAsString();
        long needId = ((Number) JsonPath.read(need, "$.id")).longValue();
        long activity = log(world.advisorA, "{\"kindCode\":\"INDIVIDUAL_ADVISORY\",\"companyIds\":[" + company + "]}");
        mvc.perform(post("/api/v1/advisory/needs/{n}/activities/{a}", needId, activity).with(as(world.advisorA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("BEING_ADDRESSED"))
                .andExpect(jsonPath("$.activityIds[0]").value(activity));
        mvc.perform(get("/api/v1/advisory/companies/{c}/needs", company).with(as(world.advisorB)))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].editable").value(false));
        mvc.perform(get("/api/v1/advisory/companies/{c}/needs", company).with(as(world.advisorC)))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(post("/api/v1/advisory/needs/{n}/activities/{a}", needId, activity).with(as(world.advisorC)))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/advisory/companies/{c}/needs/NOPE", company).with(as(world.advisorA))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"priority\":\"HIGH\",\"status\":\"OPEN\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("advisory-need-type-unknown"));
        mvc.perform(put("/api/v1/advisory/companies/{c}/needs/EXPORT", 987654321L).with(as(world.advisorA))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"priority\":\"HIGH\",\"status\":\"OPEN\"}"))
                .andExpect(status().isNotFound());
        // an activity about another company cannot address this need
        long other = world.company("Annen AS", "1532", Set.of());
        long otherActivity = log(world.advisorA, "{\"kindCode\":\"VISIT\",\"companyIds\":[" + other + "]}");
        mvc.perform(post("/api/v1/advisory/needs/{n}/activities/{a}", needId, otherActivity).with(as(world.advisorA)))
                .andExpect(status().isUnprocessableContent());

        assertThat(needTypeOptions.competencesFor("SUPPLIERS")).contains("suppliers");
        assertThat(needTypeOptions.competencesFor("GENDER_EQUALITY")).containsExactly("gender-equality");
        assertThat(needTypeOptions.needTypes(java.util.Locale.forLanguageTag("fi")))
                .extracting(NeedTypeOptions.NeedTypeOption::name).contains("Rekrytointi", "Tasa-arvo");
        assertThat(needTypeOptions.competencesFor("UNKNOWN")).isEmpty();
    }

    @Test
    void followUpsAppearInMyListAndInARevocableCalendarFeed() throws Exception {
        long company = world.company("Oppfølging AS", "1532", Set.of());
        long overdue = log(world.advisorA, "{\"kindCode\":\"VISIT\",\"date\":\"" + today.minusDays(10)
                + "\",\"followUpDate\":\"" + today.minusDays(2) + "\",\"companyIds\":[" + company + "]}");
        long later = log(world.advisorA, "{\"kindCode\":\"VISIT\",\"followUpDate\":\"" + today.plusDays(40)
                + "\",\"companyIds\":[" + company + "]}");
        mvc.perform(get("/api/v1/advisory/follow-ups").param("all", "false").with(as(world.advisorA)))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].activityId").value(overdue))
                .andExpect(jsonPath("$[0].overdue").value(true));
        mvc.perform(get("/api/v1/advisory/follow-ups").with(as(world.advisorA)))
                .andExpect(jsonPath("$.length()").value(2));

        String url = JsonPath.read(mvc.perform(post("/api/v1/advisory/calendar-feed").with(as(world.advisorA)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.url");
        String path = url.substring(url.indexOf("/public/"));
        mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/calendar")))
                .andExpect(content().string(containsString("UID:follow-up-" + overdue + "@kobling")))
                .andExpect(content().string(containsString("UID:follow-up-" + later + "@kobling")))
                .andExpect(content().string(containsString("Oppfølging AS")));

        mvc.perform(post("/api/v1/advisory/activities/{id}/follow-up-done", overdue).with(as(world.advisorA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.followUpDone").value(true));
        mvc.perform(get(path)).andExpect(content().string(org.hamcrest.Matchers.not(
                containsString("UID:follow-up-" + overdue + "@"))));

        String url2 = JsonPath.read(mvc.perform(post("/api/v1/advisory/calendar-feed").with(as(world.advisorA)))
                .andReturn().getResponse().getContentAsString(), "$.url");
        mvc.perform(get(path)).andExpect(status().isNotFound());
        String path2 = url2.substring(url2.indexOf("/public/"));
        mvc.perform(get(path2)).andExpect(status().isOk());
        mvc.perform(delete("/api/v1/advisory/calendar-feed").with(as(world.advisorA)))
                .andExpect(status().isNoContent());
        mvc.perform(get(path2)).andExpect(status().isNotFound());
        mvc.perform(get("/public/advisory/calendar/not-a-token.ics")).andExpect(status().isNotFound());
    }

    @Test
    void activityUsageCountsActivitiesAndCompaniesPerServiceAndMunicipality() {
        // no catalogue service exists in this world; usage of unknown service ids is empty, not an error
        assertThat(SystemAccess.run(() -> activityUsage.usageOf(Set.of(987654321L), null, null))).isEmpty();
        assertThat(SystemAccess.run(() -> activityUsage.usageOf(Set.of(), today, today))).isEmpty();
    }

    @Test
    void entrepreneursAreInvolvedOnlyWhenTheAdvisorMaySeeThem() throws Exception {
        no.kobling.company.Companies companies = context.getBean(no.kobling.company.Companies.class);
        long own = SystemAccess.run(() -> companies.registerEntrepreneur(new no.kobling.company.Companies
                .EntrepreneurData(world.orgA, "Gründer Giske", null, null, "Sjømatkasser", true, false, Set.of())));
        long id = log(world.advisorA, "{\"kindCode\":\"STARTUP_ADVISORY\",\"entrepreneurIds\":[" + own + "]}");
        mvc.perform(get("/api/v1/advisory/activities/{id}", id).with(as(world.advisorA)))
                .andExpect(jsonPath("$.entrepreneurs[0].name").value("Gründer Giske"));
        // the partner organisation may not see the unshared entrepreneur
        mvc.perform(post("/api/v1/advisory/activities").with(as(world.advisorB)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kindCode\":\"STARTUP_ADVISORY\",\"entrepreneurIds\":[" + own + "]}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void changesAreAuditedAndTheCalendarSecretStaysOutOfTheLog() throws Exception {
        long company = world.company("Revisjon AS", "1532", Set.of());
        long id = log(world.advisorA, "{\"kindCode\":\"VISIT\",\"companyIds\":[" + company + "]}");
        mvc.perform(get("/api/v1/audit").param("entityType", "Activity").param("entityId", String.valueOf(id))
                        .with(as("admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[0].action").value("CREATE"))
                .andExpect(jsonPath("$.content[0].actor").value(world.advisorA));
        mvc.perform(post("/api/v1/advisory/calendar-feed").with(as(world.advisorA))).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/audit").param("entityType", "CalendarToken")
                        .param("entityId", String.valueOf(world.users.id(world.advisorA))).with(as("admin")))
                .andExpect(jsonPath("$.content[0].changedFields").value(org.hamcrest.Matchers.not(
                        containsString("tokenHash="))));
    }

    @Test
    void theDemoAdvisorHasFollowUpsAndAPyramidInNordvestlandet() throws Exception {
        mvc.perform(get("/api/v1/advisory/follow-ups").param("all", "false").with(as("radgiver")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.overdue == true)].companies[0].name").value(hasItem("Fjordkanten Sjømat AS")));
        String partnerships = mvc.perform(get("/api/v1/advisory/partnerships").with(as("radgiver")))
                .andReturn().getResponse().getContentAsString();
        java.util.List<Integer> ids = JsonPath.read(partnerships, "$[*].id");
        assertThat(ids).isNotEmpty();
        mvc.perform(get("/api/v1/advisory/pyramid").param("partnershipId", String.valueOf(ids.get(0)))
                        .with(as("koordinator")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.steps[3].level").value("DEEP_DIVE"));
    }
}
