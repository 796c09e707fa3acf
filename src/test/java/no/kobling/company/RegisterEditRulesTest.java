package no.kobling.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.kobling.company.application.Views.CompanyView;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue 11 finding 9: who may change the shared register. Staff edit companies in their organisation's area;
 * fields a national register delivers are changed only by imports; merges need MERGE_COMPANIES (coordinators).
 */
@IntegrationTest
class RegisterEditRulesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    RegisterWorld world;

    @BeforeEach
    void setUp() {
        world = new RegisterWorld(context);
    }

    ResultActions put(String caller, long id, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/v1/companies/{id}", id).with(world.users.as(caller))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** The company as the API would send it back, with some fields changed. */
    String body(CompanyView c, String name, String description, String website) {
        return """
                {"name":"%s","legalForm":"%s","naceCode":"%s","municipalityId":%d,"employees":%d,
                 "description":"%s","website":%s,"status":"ACTIVE","version":%d}""".formatted(name, c.legalForm(),
                c.naceCode(), c.municipalityId(), c.employees(), description,
                website == null ? "null" : "\"" + website + "\"", c.version());
    }

    void markImported(long id) {
        // as Enhetsregisteret delivers it: a website without scheme
        jdbc.update("update company_company set source = 'brreg-csv', website = 'www.reg-example.no' where id = ?", id);
    }

    @Test
    void staffOutsideTheCompanysAreaCannotChangeIt() throws Exception {
        CompanyView c = world.company(world.companyNo);
        put(world.advisorC, c.id(), body(c, c.name(), "Changed from Sweden", null))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("company-not-in-area"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/v1/companies/{id}/figures/2024", c.id()).with(world.users.as(world.advisorC))
                .contentType(MediaType.APPLICATION_JSON).content("{\"revenue\":1,\"currency\":\"NOK\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/companies/{id}", c.id()).with(world.users.as(world.advisorC)).with(csrf())
                .param("name", c.name()).param("description", "Changed from Sweden")
                .param("version", String.valueOf(c.version())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/companies/{id}/edit", c.id()).with(world.users.as(world.advisorC)))
                .andExpect(status().isForbidden());
        assertThat(world.company(c.id()).description()).isEqualTo("Test");
        assertThat(world.company(c.id()).figures()).isEmpty();

        // staff of an organisation of the partnership whose area holds the company change it
        put(world.advisorB, c.id(), body(c, c.name() + " Ny", "Local words", "https://example.org"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.description").value("Local words"));
    }

    @Test
    void fieldsFromTheNationalRegisterAreChangedOnlyByImports() throws Exception {
        markImported(world.companyNo);
        CompanyView c = world.company(world.companyNo);
        put(world.advisorA, c.id(), body(c, "Renamed By Hand", c.description(), null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("company-field-owned-by-register"))
                .andExpect(jsonPath("$.fields", hasItem("name")));
        String moved = body(c, c.name(), c.description(), null).replace("\"employees\":3", "\"employees\":30");
        put(world.advisorA, c.id(), moved).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.fields", hasItem("employees")));
        assertThat(world.company(c.id()).name()).isEqualTo(c.name());
        // local enrichments stay editable; the website as read back (https added to the register's www.) is accepted
        assertThat(c.website()).isEqualTo("https://www.reg-example.no");
        put(world.advisorA, c.id(), body(c, c.name(), "What we know locally", c.website()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.website").value("https://www.reg-example.no"));
        c = world.company(c.id());
        put(world.advisorA, c.id(), body(c, c.name(), "What we know locally", "https://local.example"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.website").value("https://local.example"));
        // the edit page shows register fields read-only, and its POST keeps them
        c = world.company(c.id());
        mvc.perform(get("/companies/{id}/edit", c.id()).with(world.users.as(world.advisorA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"register-owned-note\"")));
        mvc.perform(post("/companies/{id}", c.id()).with(world.users.as(world.advisorA)).with(csrf())
                .param("name", "Sneaky Rename").param("description", "Page words")
                .param("version", String.valueOf(c.version())))
                .andExpect(status().is3xxRedirection());
        CompanyView after = world.company(c.id());
        assertThat(after.name()).isEqualTo(c.name());
        assertThat(after.employees()).isEqualTo(c.employees());
        assertThat(after.description()).isEqualTo("Page words");
    }

    @Test
    void aCompanyEnteredByHandIsEditableInFullByItsArea() throws Exception {
        CompanyView c = world.company(world.companyNo);
        put(world.advisorA, c.id(), body(c, "Hand Renamed", "x", null).replace("\"employees\":3", "\"employees\":7"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Hand Renamed"))
                .andExpect(jsonPath("$.employees").value(7));
        // a company entered by hand without a municipality belongs to the organisation that entered it
        String created = mvc.perform(post("/api/v1/companies").with(world.users.as(world.advisorC))
                .contentType(MediaType.APPLICATION_JSON).content("{\"country\":\"SE\",\"orgNumber\":\""
                        + CompanyTestData.swedishNumber() + "\",\"name\":\"Utan Kommun AB\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        CompanyView own = world.company(id);
        put(world.advisorC2, id, "{\"name\":\"Utan Kommun AB\",\"description\":\"Vår\",\"version\":"
                + own.version() + "}").andExpect(status().isOk());
        put(world.advisorA, id, "{\"name\":\"Utan Kommun AB\",\"description\":\"Nope\",\"version\":"
                + world.company(id).version() + "}").andExpect(status().isForbidden());
    }

    @Test
    void onlyCoordinatorsOfTheAreaMerge() throws Exception {
        long a = world.companyInGiske("Fletting");
        long b = world.companyInGiske("Fletting Dup");
        String merge = "{\"duplicateId\":" + b + "}";
        mvc.perform(post("/api/v1/companies/{id}/merge", a).with(world.users.as(world.advisorA))
                .contentType(MediaType.APPLICATION_JSON).content(merge)).andExpect(status().isForbidden());
        mvc.perform(post("/companies/{id}/merge", a).with(world.users.as(world.advisorA)).with(csrf())
                .param("duplicateId", String.valueOf(b))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/companies/{id}/merge", a).with(world.users.as(world.coordinatorC))
                .contentType(MediaType.APPLICATION_JSON).content(merge)).andExpect(status().isForbidden());
        // nor a company of the area with one from elsewhere
        mvc.perform(post("/api/v1/companies/{id}/merge", a).with(world.users.as(world.coordinatorA))
                .contentType(MediaType.APPLICATION_JSON).content("{\"duplicateId\":" + world.companySe + "}"))
                .andExpect(status().isForbidden());
        assertThat(world.company(b).mergedIntoId()).isNull();
        mvc.perform(post("/api/v1/companies/{id}/merge", a).with(world.users.as(world.coordinatorA))
                .contentType(MediaType.APPLICATION_JSON).content(merge)).andExpect(status().isOk());
        assertThat(world.company(b).mergedIntoId()).isEqualTo(a);
    }
}
