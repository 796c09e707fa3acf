package no.kobling.actor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The REST API with real personal tokens: tenancy, validation, domain rules and concurrent edits. */
@IntegrationTest
class ActorApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    ActorTestSupport support;

    @BeforeEach
    void setUp() {
        support = ActorTestSupport.from(context);
    }

    @Test
    void idsOfAnotherTenantAnswer404() throws Exception {
        String radgiver = support.bearer("radgiver");
        mvc.perform(get("/api/v1/partnerships/{id}", support.partnership("North Business Arena"))
                .header("Authorization", radgiver)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
        mvc.perform(get("/api/v1/organisations/{id}", support.organisation("Business Oulu"))
                .header("Authorization", radgiver)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/people/{id}", support.person("Synnøve Rise"))
                .header("Authorization", radgiver)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/people/{id}", support.person("Tore Lillebø"))
                .header("Authorization", radgiver)).andExpect(status().isOk())
                .andExpect(jsonPath("$.organisationName").value("ÅKP"));
        mvc.perform(get("/api/v1/organisations/{id}", Long.MAX_VALUE).header("Authorization", radgiver))
                .andExpect(status().isNotFound());
    }

    @Test
    void listsContainOnlyVisibleRecords() throws Exception {
        // North Business Arena runs in the demo: its members see each other (EndedPartnershipTest covers an ended one)
        String handledare = support.bearer("handledare");
        mvc.perform(get("/api/v1/partnerships").param("size", "200").header("Authorization", handledare))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].name", hasItem("North Business Arena")))
                .andExpect(jsonPath("$.content[*].name", not(hasItem("Nordic Business Link"))))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/organisations").param("size", "200").header("Authorization", handledare))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].countryCode", everyItem(org.hamcrest.Matchers.is("SE"))))
                .andExpect(jsonPath("$.totalElements").value(8));
        mvc.perform(get("/api/v1/people").param("size", "200").header("Authorization", handledare))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].name", hasItems("Maria Lantto", "Erik Pohjanen")))
                .andExpect(jsonPath("$.content[*].name", not(hasItem("Lena Blind"))));
    }

    @Test
    void apiIsForbiddenWithoutDirectoryPermissionAndUnauthorisedWithoutToken() throws Exception {
        mvc.perform(get("/api/v1/organisations").header("Authorization", support.bearer("finansierer")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("forbidden"));
        mvc.perform(get("/api/v1/organisations")).andExpect(status().isUnauthorized());
    }

    @Test
    void endpointsAreDocumented() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/organisations/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/partnerships'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/people'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/competences'].get").exists());
    }

    @Test
    void competencesAreNamedInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/competences").header("Authorization", support.bearer("fasilitaattori")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'export')].name").value("Vienti ja kansainvälistyminen"))
                .andExpect(jsonPath("$[?(@.code == 'export')].names.sv").value("Export och internationalisering"))
                .andExpect(jsonPath("$.length()").value(18));
    }

    @Test
    void invalidBodyAnswers400WithFieldErrors() throws Exception {
        long before = support.counts().organisations();
        mvc.perform(post("/api/v1/organisations").header("Authorization", support.bearer("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"kind\":\"BUSINESS_GARDEN\",\"countryCode\":\"DK\","
                                + "\"email\":\"not-an-address\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("validation-failed"))
                .andExpect(jsonPath("$.errors[*].field", hasItems("name", "countryCode", "email")));
        org.assertj.core.api.Assertions.assertThat(support.counts().organisations()).isEqualTo(before);
    }

    @Test
    void domainRulesAnswer422WithTheirCode() throws Exception {
        String admin = support.bearer("admin");
        String name = ActorTestSupport.unique("Periode");
        mvc.perform(post("/api/v1/partnerships").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"startDate\":\"2025-06-01\",\"endDate\":\"2025-01-01\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("partnership-period-invalid"))
                .andExpect(jsonPath("$.messageKey").value("actor.error.partnership-period-invalid"));
        mvc.perform(post("/api/v1/partnerships").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"startDate\":\"2025-06-01\",\"municipalityIds\":[-5]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("municipality-unknown"));
        mvc.perform(get("/api/v1/partnerships").param("q", name).header("Authorization", admin))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void createReadAndUpdateWithVersionCheck() throws Exception {
        String admin = support.bearer("admin");
        String name = ActorTestSupport.unique("Inkubator");
        long tromso = support.municipality("NO", "5501");
        String created = mvc.perform(post("/api/v1/organisations").header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"kind\":\"INCUBATOR\",\"countryCode\":\"NO\","
                                + "\"homeMunicipalityId\":" + tromso + "}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/organisations/")))
                .andExpect(jsonPath("$.homeMunicipality.name").value("Tromsø"))
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(created, "$.id");
        int version = JsonPath.read(created, "$.version");
        String body = "{\"name\":\"" + name + " AS\",\"kind\":\"INCUBATOR\",\"countryCode\":\"NO\",\"version\":%d}";
        mvc.perform(put("/api/v1/organisations/{id}", id).header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON).content(String.format(body, version)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value(name + " AS"));
        // the same stale version again: someone else (the request above) changed it meanwhile
        mvc.perform(put("/api/v1/organisations/{id}", id).header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON).content(String.format(body, version)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("concurrent-modification"));
        // PUT without a version is a bad request
        mvc.perform(put("/api/v1/organisations/{id}", id).header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"kind\":\"INCUBATOR\",\"countryCode\":\"NO\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("version")));
        mvc.perform(put("/api/v1/organisations/{id}", id).header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"kind\":\"INCUBATOR\",\"countryCode\":\"NO\",\"version\":"
                                + (version + 1) + ","
                                + "\"homeMunicipalityId\":" + support.municipality("SE", "2580") + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("municipality-country-mismatch"));
    }

    @Test
    void coordinatorCreatesAPartnershipAndBecomesOwner() throws Exception {
        String koordinator = support.bearer("koordinator");
        long giske = support.organisation("Giske kommune");
        String name = ActorTestSupport.unique("Sjømatnettverk");
        String created = mvc.perform(post("/api/v1/partnerships").header("Authorization", koordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"startDate\":\"2026-01-01\",\"municipalityIds\":["
                                + support.municipality("NO", "1532") + "],\"members\":[{\"organisationId\":" + giske
                                + ",\"role\":\"MEMBER\"}]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.members[?(@.organisationName == 'ÅKP')].role").value("OWNER"))
                .andExpect(jsonPath("$.members[?(@.organisationName == 'Giske kommune')].role").value("MEMBER"))
                .andExpect(jsonPath("$.createdBy").value("koordinator"))
                .andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(created, "$.id");
        // an organisation the coordinator cannot see may not be added
        mvc.perform(post("/api/v1/partnerships").header("Authorization", koordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + " 2\",\"startDate\":\"2026-01-01\",\"members\":[{"
                                + "\"organisationId\":" + support.organisation("Business Oulu")
                                + ",\"role\":\"MEMBER\"}]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("organisation-unknown"));
        // radgiver's organisation (Giske) is a member, so radgiver sees it, but may not change it
        mvc.perform(get("/api/v1/partnerships/{id}", id).header("Authorization", support.bearer("radgiver")))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/partnerships/{id}", id).header("Authorization", support.bearer("radgiver"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"startDate\":\"2026-01-01\",\"version\":0}"))
                .andExpect(status().isForbidden());
        // the coordinator may not drop its own organisation from the owners and hubs
        mvc.perform(put("/api/v1/partnerships/{id}", id).header("Authorization", koordinator)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"startDate\":\"2026-01-01\",\"version\":"
                                + JsonPath.read(created, "$.version") + ",\"members\":[{\"organisationId\":" + giske
                                + ",\"role\":\"OWNER\"}]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("partnership-editor-role-lost"));
        mvc.perform(get("/api/v1/partnerships/{id}", id).header("Authorization", koordinator))
                .andExpect(jsonPath("$.members.length()").value(2));
    }

    @Test
    void advisorsManagePeopleOfTheirOwnOrganisationOnly() throws Exception {
        String radgiver = support.bearer("radgiver");
        String name = ActorTestSupport.unique("Ny rådgiver");
        mvc.perform(post("/api/v1/people").header("Authorization", radgiver).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"roles\":[\"ADVISOR\"],\"languages\":[\"nn\",\"se\"],"
                                + "\"competences\":[\"tourism\"],\"sharedWithPartnerships\":false}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.organisationName").value("Giske kommune"))
                .andExpect(jsonPath("$.competences[0].code").value("tourism"));
        mvc.perform(post("/api/v1/people").header("Authorization", radgiver).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"roles\":[\"ADVISOR\"],\"organisationId\":"
                                + support.organisation("ÅKP") + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("person-organisation-not-allowed"));
        mvc.perform(post("/api/v1/people").header("Authorization", radgiver).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"roles\":[\"ADVISOR\"],\"competences\":[\"juggling\"]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("competence-unknown"));
        mvc.perform(post("/api/v1/people").header("Authorization", radgiver).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"roles\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("roles")));
        // a shared person of a partner is visible but cannot be changed: 404 as for every record out of reach
        mvc.perform(put("/api/v1/people/{id}", support.person("Marte Solheim")).header("Authorization", radgiver)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Marte\",\"roles\":[\"ADVISOR\"],\"version\":0}"))
                .andExpect(status().isNotFound());
        // the new unshared person is not visible to the hub of the partnership
        mvc.perform(get("/api/v1/people").param("q", name).header("Authorization", support.bearer("koordinator")))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/people").param("q", name).header("Authorization", radgiver))
                .andExpect(jsonPath("$.totalElements").value(1));
    }
}
