package no.kobling.survey.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.kobling.identity.TestUsers;
import no.kobling.survey.SurveyFixture;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

/**
 * The survey API and pages end to end: create with the whole structure, rules as problem codes, frozen structure once
 * sent, copies, templates, delete, tenancy (404 for another organisation, 403 without MANAGE_SURVEYS), the pages.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyApiTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    MockMvc mvc;
    @Autowired
    JsonMapper json;

    TestUsers users;
    SurveyFixture.Staff staff;
    SurveyFixture.Staff other;

    @BeforeAll
    void setUp() {
        users = new TestUsers(ctx.getBean(no.kobling.identity.UserAdministration.class),
                ctx.getBean(org.springframework.security.core.userdetails.UserDetailsService.class),
                ctx.getBean(no.kobling.identity.application.ApiTokenService.class));
        staff = SurveyFixture.staff(ctx, "SA");
        other = SurveyFixture.staff(ctx, "SZ");
    }

    MvcResult call(String user, MockHttpServletRequestBuilder request, String body, int status) throws Exception {
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        MvcResult r = mvc.perform(request.with(users.as(user)).with(csrf())).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(status);
        return r;
    }

    String body(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    long create() throws Exception {
        String created = body(call(staff.username(), post("/api/v1/surveys"),
                json.writeValueAsString(SurveyFixture.spec(null)), 201));
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    @Test
    void createGetAndUpdateThroughTheApi() throws Exception {
        long id = create();
        String s = body(call(staff.username(), get("/api/v1/surveys/" + id), null, 200));
        assertThat((String) JsonPath.read(s, "$.status")).isEqualTo("DRAFT");
        assertThat((Integer) JsonPath.read(s, "$.ownerOrganisationId")).isEqualTo((int) staff.organisationId());
        assertThat((List<String>) JsonPath.read(s, "$.sections[*].questions[*].code")).containsExactly("sector",
                "industry-detail", "needs", "satisfaction", "nps", "employees", "started", "comment", "matrix");
        assertThat((String) JsonPath.read(s, "$.sections[0].questions[1].conditionQuestion")).isEqualTo("sector");
        assertThat((String) JsonPath.read(s, "$.titles.fi")).isEqualTo("Asiakaskysely");
        // in the list of the own organisation, not of the other
        assertThat(body(call(staff.username(), get("/api/v1/surveys"), null, 200))).contains("\"id\":" + id + ",");
        assertThat(body(call(other.username(), get("/api/v1/surveys"), null, 200))).doesNotContain("\"id\":" + id + ",");
        // describe: new title and partnership of the own organisation
        int version = JsonPath.read(s, "$.version");
        String updated = body(call(staff.username(), put("/api/v1/surveys/" + id), "{\"kind\":\"NEEDS\","
                + "\"fallbackLanguage\":\"en\",\"titles\":{\"en\":\"Needs 2027\"},\"partnershipId\":"
                + staff.partnershipId() + ",\"version\":" + version + "}", 200));
        assertThat((String) JsonPath.read(updated, "$.kind")).isEqualTo("NEEDS");
        // a stale version is refused
        call(staff.username(), put("/api/v1/surveys/" + id), "{\"fallbackLanguage\":\"en\",\"titles\":{\"en\":\"X\"},"
                + "\"version\":" + version + "}", 409);
        // another organisation's partnership is refused
        String latest = body(call(staff.username(), get("/api/v1/surveys/" + id), null, 200));
        String refused = body(call(staff.username(), put("/api/v1/surveys/" + id), "{\"fallbackLanguage\":\"en\","
                + "\"titles\":{\"en\":\"X\"},\"partnershipId\":" + other.partnershipId() + ",\"version\":"
                + JsonPath.read(latest, "$.version") + "}", 422));
        assertThat((String) JsonPath.read(refused, "$.code")).isEqualTo("survey-partnership-unknown");
    }

    @Test
    void builderRulesAnswerWithTheirCodes() throws Exception {
        long id = create();
        String s = body(call(staff.username(), get("/api/v1/surveys/" + id), null, 200));
        int section = JsonPath.read(s, "$.sections[0].id");
        String noOptions = body(call(staff.username(), post("/api/v1/surveys/" + id + "/sections/" + section
                + "/questions"), "{\"code\":\"size\",\"type\":\"SINGLE_CHOICE\",\"texts\":{\"nb\":\"Størrelse\"}}",
                422));
        assertThat((String) JsonPath.read(noOptions, "$.code")).isEqualTo("question-options-missing");
        String later = body(call(staff.username(), post("/api/v1/surveys/" + id + "/sections/" + section
                + "/questions?index=0"), "{\"code\":\"why\",\"type\":\"TEXT\",\"texts\":{\"nb\":\"Hvorfor?\"},"
                + "\"conditionQuestion\":\"sector\",\"conditionOptions\":[\"industry\"]}", 422));
        assertThat((String) JsonPath.read(later, "$.code")).isEqualTo("condition-not-earlier");
        // moving the conditional question before its condition is refused too
        int detail = JsonPath.read(s, "$.sections[0].questions[1].id");
        String moved = body(call(staff.username(), post("/api/v1/surveys/" + id + "/questions/" + detail
                + "/move?index=0"), null, 422));
        assertThat((String) JsonPath.read(moved, "$.code")).isEqualTo("condition-not-earlier");
        // a valid question is added, moved, changed and deleted
        String added = body(call(staff.username(), post("/api/v1/surveys/" + id + "/sections/" + section
                + "/questions?index=0"), "{\"code\":\"size\",\"type\":\"SINGLE_CHOICE\",\"required\":true,"
                + "\"texts\":{\"nb\":\"Størrelse\"},\"options\":[{\"code\":\"small\",\"labels\":{\"nb\":\"Liten\"}},"
                + "{\"code\":\"large\",\"labels\":{\"nb\":\"Stor\"}}]}", 201));
        int size = JsonPath.read(added, "$.id");
        assertThat((Integer) JsonPath.read(added, "$.position")).isZero();
        String after = body(call(staff.username(), post("/api/v1/surveys/" + id + "/questions/" + size
                + "/move?index=2"), null, 200));
        assertThat((List<String>) JsonPath.read(after, "$.sections[0].questions[*].code")).startsWith("sector",
                "industry-detail", "size");
        call(staff.username(), put("/api/v1/surveys/" + id + "/questions/" + size), "{\"code\":\"size\","
                + "\"type\":\"MULTIPLE_CHOICE\",\"texts\":{\"nb\":\"Størrelse\"},\"options\":[{\"code\":\"small\","
                + "\"labels\":{\"nb\":\"Liten\"}},{\"code\":\"small\",\"labels\":{\"nb\":\"Stor\"}}]}", 422);
        call(staff.username(), delete("/api/v1/surveys/" + id + "/questions/" + size), null, 200);
        // sections: add, move, delete
        String sec = body(call(staff.username(), post("/api/v1/surveys/" + id + "/sections?index=0"),
                "{\"titles\":{\"nb\":\"Start\"}}", 201));
        int newSection = JsonPath.read(sec, "$.id");
        String moved2 = body(call(staff.username(), post("/api/v1/surveys/" + id + "/sections/" + newSection
                + "/move?index=2"), null, 200));
        assertThat((Integer) JsonPath.read(moved2, "$.sections[2].id")).isEqualTo(newSection);
        call(staff.username(), delete("/api/v1/surveys/" + id + "/sections/" + newSection), null, 200);
    }

    @Test
    void onceSentTheStructureIsFrozenButTextsCanBeCorrected() throws Exception {
        long id = SurveyFixture.createOpen(ctx, users, staff.username(), LocalDate.now().plusDays(30));
        String s = body(call(staff.username(), get("/api/v1/surveys/" + id), null, 200));
        assertThat((String) JsonPath.read(s, "$.status")).isEqualTo("OPEN");
        int section = JsonPath.read(s, "$.sections[0].id");
        int comment = JsonPath.read(s, "$.sections[1].questions[3].id");
        String frozen = body(call(staff.username(), post("/api/v1/surveys/" + id + "/sections/" + section
                + "/questions"), "{\"code\":\"late\",\"type\":\"TEXT\",\"texts\":{\"nb\":\"Sen\"}}", 409));
        assertThat((String) JsonPath.read(frozen, "$.code")).isEqualTo("survey-structure-frozen");
        call(staff.username(), delete("/api/v1/surveys/" + id + "/questions/" + comment), null, 409);
        call(staff.username(), post("/api/v1/surveys/" + id + "/sections"), "{}", 409);
        call(staff.username(), put("/api/v1/surveys/" + id + "/questions/" + comment), "{\"code\":\"comment\","
                + "\"type\":\"DATE\",\"texts\":{\"nb\":\"Andre kommentarer\"}}", 409);
        // the same structure with a corrected text is fine
        String fixed = body(call(staff.username(), put("/api/v1/surveys/" + id + "/questions/" + comment),
                "{\"code\":\"comment\",\"type\":\"TEXT\",\"texts\":{\"nb\":\"Andre kommentarer?\","
                        + "\"fi\":\"Muita kommentteja?\"}}", 200));
        assertThat((String) JsonPath.read(fixed, "$.texts.fi")).isEqualTo("Muita kommentteja?");
        call(staff.username(), delete("/api/v1/surveys/" + id), null, 409);
        // close and reopen
        assertThat((String) JsonPath.read(body(call(staff.username(), post("/api/v1/surveys/" + id + "/close"), null,
                200)), "$.status")).isEqualTo("CLOSED");
        String past = body(call(staff.username(), post("/api/v1/surveys/" + id + "/reopen"),
                "{\"closesOn\":\"2020-01-01\"}", 422));
        assertThat((String) JsonPath.read(past, "$.code")).isEqualTo("survey-closing-date-past");
        assertThat((String) JsonPath.read(body(call(staff.username(), post("/api/v1/surveys/" + id + "/reopen"),
                "{\"closesOn\":\"" + LocalDate.now().plusDays(60) + "\"}", 200)), "$.status")).isEqualTo("OPEN");
    }

    @Test
    void copyMakesANewDraftWithTheSameCodes() throws Exception {
        long id = SurveyFixture.createOpen(ctx, users, staff.username(), LocalDate.now().plusDays(30));
        String source = body(call(staff.username(), get("/api/v1/surveys/" + id), null, 200));
        String copy = body(call(staff.username(), post("/api/v1/surveys/" + id + "/copy"), null, 201));
        assertThat((String) JsonPath.read(copy, "$.status")).isEqualTo("DRAFT");
        assertThat((Object) JsonPath.read(copy, "$.closesOn")).isNull();
        assertThat((Integer) JsonPath.read(copy, "$.copiedFromId")).isEqualTo((int) id);
        assertThat((List<String>) JsonPath.read(copy, "$.sections[*].questions[*].code"))
                .isEqualTo(JsonPath.read(source, "$.sections[*].questions[*].code"));
        assertThat((List<String>) JsonPath.read(copy, "$.sections[0].questions[0].options[*].code"))
                .containsExactly("retail", "industry", "services");
        List<Integer> sourceIds = JsonPath.read(source, "$.sections[*].questions[*].id");
        List<Integer> copyIds = JsonPath.read(copy, "$.sections[*].questions[*].id");
        assertThat(copyIds).doesNotContainAnyElementsOf(sourceIds);
        assertThat((String) JsonPath.read(copy, "$.sections[0].questions[1].conditionQuestion")).isEqualTo("sector");
        // another organisation may not copy it
        call(other.username(), post("/api/v1/surveys/" + id + "/copy"), null, 404);
    }

    @Test
    void templatesListAndCreateDraftsInAllLanguages() throws Exception {
        String list = body(call(staff.username(), get("/api/v1/survey-templates").header("Accept-Language", "fi"),
                null, 200));
        assertThat((List<String>) JsonPath.read(list, "$[*].code")).containsExactly("needs", "effect",
                "event-feedback", "nps");
        for (String code : List.of("needs", "effect", "event-feedback", "nps")) {
            String made = body(call(staff.username(), post("/api/v1/survey-templates/" + code + "/surveys"),
                    "{\"partnershipId\":" + staff.partnershipId() + "}", 201));
            assertThat((String) JsonPath.read(made, "$.status")).isEqualTo("DRAFT");
            assertThat((String) JsonPath.read(made, "$.templateCode")).isEqualTo(code);
            assertThat((Map<String, String>) JsonPath.read(made, "$.titles")).containsOnlyKeys("nb", "nn", "sv",
                    "fi", "en");
            assertThat((List<Map<String, String>>) JsonPath.read(made, "$.sections[*].questions[*].texts"))
                    .allSatisfy(t -> assertThat(t).containsOnlyKeys("nb", "nn", "sv", "fi", "en"));
        }
        call(staff.username(), post("/api/v1/survey-templates/nothing/surveys"), "{}", 404);
    }

    @Test
    void anotherOrganisationGets404AndAUserWithoutThePermission403() throws Exception {
        long id = create();
        call(other.username(), get("/api/v1/surveys/" + id), null, 404);
        call(other.username(), put("/api/v1/surveys/" + id), "{\"fallbackLanguage\":\"nb\","
                + "\"titles\":{\"nb\":\"Tatt\"}}", 404);
        call(other.username(), delete("/api/v1/surveys/" + id), null, 404);
        call(other.username(), get("/surveys/" + id), null, 404);
        call(other.username(), get("/surveys/" + id + "/preview"), null, 404);
        String mentor = users.create("mentor", "MENTOR");
        call(mentor, get("/api/v1/surveys/" + id), null, 403);
        call(mentor, get("/surveys"), null, 403);
        // a draft is deleted by its own staff
        call(staff.username(), delete("/api/v1/surveys/" + id), null, 204);
        call(staff.username(), get("/api/v1/surveys/" + id), null, 404);
    }

    @Test
    void pagesRenderAndTheBuilderFormsWork() throws Exception {
        long id = create();
        assertThat(body(call(staff.username(), get("/surveys"), null, 200))).contains("Customer survey",
                "href=\"/surveys/new\"");
        assertThat(body(call(staff.username(), get("/surveys/new"), null, 200))).contains("value=\"needs\"");
        String show = body(call(staff.username(), get("/surveys/" + id), null, 200));
        assertThat(show).contains("/surveys/" + id + "/preview", "/surveys/" + id + "/distribution",
                "/surveys/" + id + "/results", "industry-detail");
        call(staff.username(), get("/surveys/" + id + "/edit"), null, 200);
        String s = body(call(staff.username(), get("/api/v1/surveys/" + id), null, 200));
        int section = JsonPath.read(s, "$.sections[0].id");
        int sector = JsonPath.read(s, "$.sections[0].questions[0].id");
        assertThat(body(call(staff.username(), get("/surveys/" + id + "/questions/" + sector + "/edit"), null, 200)))
                .contains("retail = Retail");
        call(staff.username(), get("/surveys/" + id + "/sections/" + section + "/questions/new"), null, 200);
        // a choice question without options: the form comes back with the message
        String refused = body(call(staff.username(), post("/surveys/" + id + "/sections/" + section + "/questions")
                .param("code", "size").param("type", "SINGLE_CHOICE").param("text_nb", "Størrelse"), null, 200));
        assertThat(refused).contains("class=\"alert error\"", "size");
        call(staff.username(), post("/surveys/" + id + "/sections/" + section + "/questions").param("code", "size")
                .param("type", "SINGLE_CHOICE").param("text_nb", "Størrelse").param("text_en", "Size")
                .param("options_nb", "small = Liten\nlarge = Stor").param("options_en", "small = Small\nlarge = Large"),
                null, 302);
        String after = body(call(staff.username(), get("/api/v1/surveys/" + id), null, 200));
        assertThat((List<String>) JsonPath.read(after, "$.sections[0].questions[?(@.code == 'size')].options[*].code"))
                .containsExactly("small", "large");
        // a new survey from a template through the page
        MvcResult made = call(staff.username(), post("/surveys").param("template", "effect"), null, 302);
        assertThat(made.getResponse().getRedirectedUrl()).matches("/surveys/\\d+");
        String effect = body(call(staff.username(), get(made.getResponse().getRedirectedUrl()), null, 200));
        assertThat(effect).contains("new-jobs", "revenue-change");
    }
}
