package no.kobling.survey.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
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
 * The JSON variant of the answer pages: the definition in the recipient's language, answers by page or whole, the
 * same rules with problem details and stable codes, no sign-in and no CSRF token.
 */
@IntegrationTest
class SurveyAnswerApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    SurveyAnswerWorld w;
    long survey;

    @BeforeEach
    void setUp() {
        w = new SurveyAnswerWorld(context);
        survey = w.openSurvey();
    }

    long q(String code) {
        return w.question(survey, code);
    }

    ResultActions answer(String token, String json) throws Exception {
        return mvc.perform(post("/public/api/surveys/{t}/answers", token).with(r -> {
            r.setRemoteAddr(SurveyAnswerWorld.address());
            return r;
        }).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    String page1(String sector, String satisfaction) {
        return """
                {"section": 0, "answers": [
                  {"questionId": %d, "values": ["%s"]},
                  {"questionId": %d, "values": ["%s"]}]}""".formatted(q("sector"), sector, q("satisfaction"),
                satisfaction);
    }

    @Test
    void theDefinitionInTheRecipientsLanguage() throws Exception {
        String token = w.personalLink(survey, null, "fi");
        mvc.perform(get("/public/api/surveys/{t}", token)).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Asiakaskysely"))
                .andExpect(jsonPath("$.language").value("fi"))
                .andExpect(jsonPath("$.responseStatus").value("NOT_STARTED"))
                .andExpect(jsonPath("$.sections[0].questions[0].code").value("sector"))
                .andExpect(jsonPath("$.sections[0].questions[0].text").value("Toimiala"))
                .andExpect(jsonPath("$.sections[0].questions[0].options[1].label").value("Teollisuus"))
                .andExpect(jsonPath("$.sections[0].questions[1].visible").value(false))
                .andExpect(jsonPath("$.sections[1].questions[0].scale.max").value(10));
        mvc.perform(get("/public/api/surveys/{t}", token).param("lang", "en"))
                .andExpect(jsonPath("$.sections[0].questions[0].text").value("Industry"));
        mvc.perform(get("/public/api/surveys/{t}", "unknown-token")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
    }

    @Test
    void badAnswersAreRefusedWithTheirCodes() throws Exception {
        String token = w.personalLink(survey, null, "en");
        answer(token, page1("retail", "6")).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("answer-out-of-scale"))
                .andExpect(jsonPath("$.errors[0].questionId").value(q("satisfaction")));
        answer(token, page1("farming", "3")).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("option-unknown"));
        answer(token, """
                {"section": 0, "answers": [{"questionId": %d, "values": ["3"]}]}""".formatted(q("satisfaction")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("answer-required"))
                .andExpect(jsonPath("$.errors[0].questionId").value(q("sector")));
        answer(token, """
                {"section": 0, "answers": [{"questionId": %d, "values": ["3"]}]}""".formatted(q("nps")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("question-unknown"));
        answer(token, """
                {"answers": [{"questionId": %d, "items": {"quality": 9}}]}""".formatted(q("matrix")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("answer-out-of-scale"))
                .andExpect(jsonPath("$.errors[0].item").value("quality"));
        answer(token, """
                {"answers": [{"questionId": %d, "values": [20000]}]}""".formatted(q("employees")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("answer-out-of-range"));
        // nothing was stored by a refused post
        assertThat(jdbc.queryForObject("select count(*) from survey_answer a join survey_response r"
                + " on r.id = a.response_id where r.survey_id = ?", Long.class, survey)).isZero();
        // submitting without the required answers of the first page
        answer(token, """
                {"submit": true, "answers": [{"questionId": %d, "values": ["8"]}]}""".formatted(q("nps")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("answer-required"));
    }

    @Test
    void aWholeResponseCompletesOnceThenTheLinkIsUsedAndAClosedSurveyRefuses() throws Exception {
        String token = w.personalLink(survey, null, "sv");
        answer(token, page1("retail", "4")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.currentSection").value(1));
        mvc.perform(get("/public/api/surveys/{t}", token))
                .andExpect(jsonPath("$.responseStatus").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.sections[0].questions[0].values[0]").value("retail"));
        answer(token, """
                {"submit": true, "answers": [{"questionId": %d, "values": [7]},
                  {"questionId": %d, "items": {"quality": 5, "speed": 4}}]}""".formatted(q("nps"), q("matrix")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMPLETE"));
        answer(token, page1("retail", "4")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("link-used"));
        mvc.perform(get("/public/api/surveys/{t}", token)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("link-used"));

        String other = w.personalLink(survey, null, "sv");
        w.close(survey);
        answer(other, page1("retail", "4")).andExpect(status().isGone())
                .andExpect(jsonPath("$.code").value("survey-closed"));
    }

    @Test
    void anOpenLinkAnswersAResumeTokenForLaterPosts() throws Exception {
        String open = w.openLink(survey);
        String body = answer(open, page1("services", "3")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String resume = JsonPath.read(body, "$.resumeToken");
        assertThat(resume).isNotBlank();
        answer(open, """
                {"resumeToken": "%s", "submit": true, "answers": [{"questionId": %d, "values": ["2020-01-31"]}]}"""
                .formatted(resume, q("started"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETE"));
        assertThat(jdbc.queryForObject("select count(*) from survey_response where survey_id = ? and status ="
                + " 'COMPLETE'", Long.class, survey)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select company_id from survey_response where survey_id = ?", Long.class,
                survey)).isNull();
    }
}
