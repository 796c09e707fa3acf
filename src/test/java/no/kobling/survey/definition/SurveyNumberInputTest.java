package no.kobling.survey.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import no.kobling.identity.TestUsers;
import no.kobling.support.IntegrationTest;
import no.kobling.survey.SurveyFixture;
import no.kobling.survey.definition.SurveyDefinitions.SurveyDef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 15: the builder never drops a badly typed number. A number question's smallest or largest number, or a scale,
 * that is not a number is refused: on the question form with the message on the page (nothing saved), and in the API
 * with a problem detail {@code survey-number-invalid} naming the field (422).
 */
@IntegrationTest
class SurveyNumberInputTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    MockMvc mvc;
    @Autowired
    SurveyDefinitions definitions;

    TestUsers users;
    SurveyFixture.Staff staff;
    long survey;
    long section;
    int questions;

    @BeforeEach
    void setUp() {
        users = new TestUsers(ctx.getBean(no.kobling.identity.UserAdministration.class),
                ctx.getBean(org.springframework.security.core.userdetails.UserDetailsService.class),
                ctx.getBean(no.kobling.identity.application.ApiTokenService.class));
        staff = SurveyFixture.staff(ctx, "SN");
        survey = SurveyFixture.create(ctx, users, staff.username());
        SurveyDef def = definitions.find(survey).orElseThrow();
        section = def.sections().get(0).id();
        questions = def.questions().size();
    }

    MockHttpServletRequestBuilder form(String type, String code) {
        return post("/surveys/{id}/sections/{s}/questions", survey, section).with(users.as(staff.username()))
                .with(csrf()).locale(Locale.ENGLISH).param("code", code).param("type", type)
                .param("text_nb", "Hvor mange?");
    }

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theQuestionFormRefusesANumberThatIsNotANumberWithTheMessageOnThePage() throws Exception {
        String smallest = page(form("NUMBER", "count").param("numberMin", "abc").param("numberMax", "10"));
        assertThat(smallest).contains("class=\"alert error\"").contains("The smallest number “abc” is not a number")
                .doesNotContain("survey.error.");
        String largest = page(form("NUMBER", "count").param("numberMin", "1").param("numberMax", "1O"));
        assertThat(largest).contains("The largest number “1O” is not a number");
        // what was typed stays in the form
        assertThat(largest).contains("value=\"1O\"");
        // a scale question with a scale that is not "min-max"
        String scale = page(form("SCALE", "grade").param("scale", "abc"));
        assertThat(scale).contains("class=\"alert error\"").contains("must be 1–5 or 0–10");
        assertThat(definitions.find(survey).orElseThrow().questions()).hasSize(questions);

        // a number written the Nordic way is read, and the question is added
        mvc.perform(form("NUMBER", "count").param("numberMin", "0").param("numberMax", "1 000,5"))
                .andExpect(status().is3xxRedirection());
        SurveyDef after = definitions.find(survey).orElseThrow();
        assertThat(after.questions()).hasSize(questions + 1);
        long added = after.questions().stream().filter(q -> q.code().equals("count")).findFirst().orElseThrow().id();
        assertThat(definitions.numberRanges(survey).get(added).max()).isEqualByComparingTo("1000.5");
    }

    /** Issue 15 "Bad input" on the builder's form: the rule's message on the page, nothing saved. */
    @Test
    void theQuestionFormShowsTheBuildersRulesOnThePage() throws Exception {
        String noOptions = page(form("SINGLE_CHOICE", "pick"));
        assertThat(noOptions).contains("class=\"alert error\"")
                .contains("The choice question “pick” needs at least one option.");
        // a condition on "nps", which comes later (section 2)
        String later = page(form("TEXT", "why").param("conditionQuestion", "nps").param("conditionOptions", "9"));
        assertThat(later).contains("class=\"alert error\"").contains("must point to an earlier choice question");
        assertThat(definitions.find(survey).orElseThrow().questions()).hasSize(questions);
    }

    @Test
    void theApiAnswersAProblemDetailNamingTheField() throws Exception {
        String base = "{\"code\":\"n1\",\"type\":\"NUMBER\",\"texts\":{\"nb\":\"Tall\"}";
        for (String field : new String[] {"numberMin", "numberMax", "scaleMin", "scaleMax"}) {
            mvc.perform(post("/api/v1/surveys/{id}/sections/{s}/questions", survey, section)
                            .with(users.as(staff.username())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content(base + ",\"" + field + "\":\"abc\"}"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.code").value("survey-number-invalid"))
                    .andExpect(jsonPath("$.field").value(field))
                    .andExpect(jsonPath("$.messageKey").value("survey.error.number-field-invalid"));
        }
        // other unreadable bodies stay 400 invalid-body
        mvc.perform(post("/api/v1/surveys/{id}/sections/{s}/questions", survey, section)
                        .with(users.as(staff.username())).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("invalid-body"));
        assertThat(definitions.find(survey).orElseThrow().questions()).hasSize(questions);
    }
}
