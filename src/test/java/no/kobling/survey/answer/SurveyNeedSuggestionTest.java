package no.kobling.survey.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
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
 * Issue 15 point 6, needs from a needs survey: a response completed through the answer API suggests each need code
 * chosen (the fixture's "needs" options EXPORT, RECRUITMENT, FINANCING are need codes) at once, before anybody opens a
 * page; a response in progress or an anonymous one suggests nothing; the advisor confirms one (the company's need is
 * recorded through the advisory facade) and dismisses another; each is decided once.
 */
@IntegrationTest
class SurveyNeedSuggestionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    SurveyAnswerWorld w;

    @BeforeEach
    void setUp() {
        w = new SurveyAnswerWorld(context);
    }

    ResultActions answer(String token, String json) throws Exception {
        return mvc.perform(post("/public/api/surveys/{t}/answers", token).with(r -> {
            r.setRemoteAddr(SurveyAnswerWorld.address());
            return r;
        }).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    String answers(long survey, boolean submit, String... needs) {
        String chosen = String.join(",", java.util.Arrays.stream(needs).map(n -> "\"" + n + "\"").toList());
        return """
                {"submit": %s, "answers": [
                  {"questionId": %d, "values": ["retail"]},
                  {"questionId": %d, "values": [%s]},
                  {"questionId": %d, "values": ["4"]}]}""".formatted(submit, w.question(survey, "sector"),
                w.question(survey, "needs"), chosen, w.question(survey, "satisfaction"));
    }

    int suggestions(long survey) {
        return jdbc.queryForObject("select count(*) from survey_need_suggestion where survey_id = ?", Integer.class,
                survey);
    }

    @Test
    void aCompletedResponseSuggestsItsNeedsAtOnceAndTheAdvisorDecidesThem() throws Exception {
        long survey = w.openSurvey();
        long company = w.company();
        String token = w.personalLink(survey, company, "nb");

        // saved but not submitted: no suggestion yet
        answer(token, answers(survey, false, "EXPORT", "RECRUITMENT")).andExpect(status().isOk());
        assertThat(suggestions(survey)).isZero();

        // submitted: the suggestions exist before anybody looks at a page
        answer(token, answers(survey, true, "EXPORT", "RECRUITMENT")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETE"));
        assertThat(jdbc.queryForList("select need_code from survey_need_suggestion where survey_id = ? and "
                + "company_id = ? and status = 'PENDING'", String.class, survey, company))
                .containsExactlyInAnyOrder("EXPORT", "RECRUITMENT");

        // reading the company's surveys (page and API) stores nothing more
        String staff = w.staff.username();
        mvc.perform(get("/companies/{c}/surveys", company).with(w.users.as(staff))).andExpect(status().isOk());
        String list = mvc.perform(get("/api/v1/companies/{c}/survey-need-suggestions", company)
                .with(w.users.as(staff))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(list, "$[*].needCode")).containsExactlyInAnyOrder("EXPORT",
                "RECRUITMENT");
        assertThat(suggestions(survey)).isEqualTo(2);
        long export = ((Number) ((List<?>) JsonPath.read(list, "$[?(@.needCode == 'EXPORT')].id")).get(0)).longValue();
        long recruitment = ((Number) ((List<?>) JsonPath.read(list, "$[?(@.needCode == 'RECRUITMENT')].id")).get(0))
                .longValue();

        // the advisor confirms EXPORT: the company's need is recorded (MEDIUM, OPEN); RECRUITMENT is dismissed
        mvc.perform(post("/api/v1/survey-need-suggestions/{id}/confirm", export).with(w.users.as(staff))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONFIRMED"));
        mvc.perform(post("/api/v1/survey-need-suggestions/{id}/dismiss", recruitment).with(w.users.as(staff))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISMISSED"));
        mvc.perform(post("/api/v1/survey-need-suggestions/{id}/confirm", recruitment).with(w.users.as(staff))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("survey-need-decided"));
        String needs = mvc.perform(get("/api/v1/advisory/companies/{c}/needs", company).with(w.users.as(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(needs, "$[*].typeCode")).containsExactly("EXPORT");
        assertThat((List<String>) JsonPath.read(needs, "$[*].priority")).containsExactly("MEDIUM");
        assertThat((List<String>) JsonPath.read(needs, "$[*].status")).containsExactly("OPEN");
    }

    @Test
    void anAnonymousResponseOrOneWithoutNeedCodesSuggestsNothing() throws Exception {
        long anonymous = w.openSurvey(true);
        String token = w.personalLink(anonymous, w.company(), "nb");
        answer(token, answers(anonymous, true, "EXPORT")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETE"));
        assertThat(suggestions(anonymous)).isZero();

        long identified = w.openSurvey();
        String other = w.personalLink(identified, w.company(), "nb");
        answer(other, answers(identified, true)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETE"));
        assertThat(suggestions(identified)).isZero();
    }
}
