package no.kobling.survey.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.kobling.support.IntegrationTest;
import no.kobling.support.MutableClock;
import no.kobling.survey.distribution.SurveyLinks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The public answer pages (issue 15 point 4) as a respondent uses them, without JavaScript: plain form posts, each
 * page saved on the server, conditions on the server, the link's language with a switch, and every refusal with its
 * page and status.
 */
@IntegrationTest
class SurveyAnswerPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SurveyLinks links;
    @Autowired
    MutableClock clock;

    SurveyAnswerWorld w;
    long survey;

    @BeforeEach
    void setUp() {
        w = new SurveyAnswerWorld(context);
        survey = w.openSurvey();
    }

    MockHttpServletResponse page(String url, String... langParam) throws Exception {
        MockHttpServletRequestBuilder get = get(url);
        if (langParam.length > 0) {
            get = get.param("lang", langParam[0]);
        }
        return mvc.perform(get).andReturn().getResponse();
    }

    /** A form post of a page: {@code fields} are name → values, as a browser sends them. */
    MockHttpServletResponse send(String url, int page, String action, Map<String, List<String>> fields)
            throws Exception {
        MockHttpServletRequestBuilder p = post(url).with(csrf()).with(r -> {
            r.setRemoteAddr(SurveyAnswerWorld.address());
            return r;
        }).param("page", String.valueOf(page)).param("action", action);
        for (var e : fields.entrySet()) {
            p = p.param(e.getKey(), e.getValue().toArray(String[]::new));
        }
        return mvc.perform(p).andReturn().getResponse();
    }

    String q(String code) {
        return "q" + w.question(survey, code);
    }

    Map<String, Object> response(long surveyId) {
        return jdbc.queryForMap("select * from survey_response where survey_id = ?", surveyId);
    }

    List<Map<String, Object>> answers(long surveyId) {
        return jdbc.queryForList("select a.* from survey_answer a join survey_response r on r.id = a.response_id"
                + " where r.survey_id = ? order by a.id", surveyId);
    }

    @Test
    void eachPageIsSavedSoADroppedConnectionLosesNothingAndTheLinkContinuesThere() throws Exception {
        long company = w.company();
        String token = w.personalLink(survey, company, "fi");
        String url = "/public/surveys/" + token;

        MockHttpServletResponse first = page(url);
        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getContentAsString()).contains("Asiakaskysely", "Toimiala", "Seuraava", "Sivu 1/2")
                .doesNotContain("Millaista teollisuutta?");
        assertThat(jdbc.queryForObject("select count(*) from survey_response where survey_id = ?", Long.class,
                survey)).isZero(); // a visit alone stores nothing

        MockHttpServletResponse next = send(url, 0, "NEXT", Map.of(q("sector"), List.of("retail"),
                q("needs"), List.of("EXPORT", "FINANCING"), q("satisfaction"), List.of("4")));
        assertThat(next.getStatus()).isEqualTo(302);
        assertThat(next.getRedirectedUrl()).isEqualTo(url);
        // the connection drops; the respondent opens the link again: page 2, page 1's answers stored
        MockHttpServletResponse again = page(url);
        assertThat(again.getContentAsString()).contains("Kuinka todennäköisesti suosittelisit meitä?", "Sivu 2/2",
                "Lähetä");
        assertThat(response(survey)).containsEntry("STATUS", "IN_PROGRESS").containsEntry("CURRENT_SECTION", 1)
                .containsEntry("LANGUAGE", "fi");
        assertThat(answers(survey)).extracting(a -> a.get("OPTION_CODE"))
                .containsExactlyInAnyOrder("retail", "EXPORT", "FINANCING", null);

        // back to page 1: the answers are shown again; page 2's typed values are saved on the way
        MockHttpServletResponse back = send(url, 1, "BACK", Map.of(q("employees"), List.of("12")));
        assertThat(back.getStatus()).isEqualTo(302);
        String page1 = page(url).getContentAsString();
        assertThat(page1).contains("Toimiala");
        assertThat(page1).containsPattern("value=\"retail\"\\s+checked");
        assertThat(answers(survey)).extracting(a -> a.get("NUMBER_VALUE")).filteredOn(java.util.Objects::nonNull)
                .anySatisfy(v -> assertThat(new java.math.BigDecimal(String.valueOf(v))).isEqualByComparingTo("12"));
    }

    @Test
    void submittingCompletesWithTheCompanySnapshotAndTheLinkThenAnswersAlreadyAnswered() throws Exception {
        long company = w.company();
        String token = w.personalLink(survey, company, "nb");
        String url = "/public/surveys/" + token;
        send(url, 0, "NEXT", Map.of(q("sector"), List.of("services"), q("satisfaction"), List.of("5")));
        MockHttpServletResponse done = send(url, 1, "SUBMIT", Map.of(q("nps"), List.of("9"),
                q("matrix") + ".quality", List.of("4"), q("started"), List.of("2019-05-01"),
                q("comment"), List.of("Bra")));
        assertThat(done.getStatus()).isEqualTo(200);
        assertThat(done.getContentAsString()).contains("Takk for svarene dine!");

        Map<String, Object> r = response(survey);
        assertThat(r).containsEntry("STATUS", "COMPLETE").containsEntry("COMPANY_ID", company)
                .containsEntry("MUNICIPALITY_ID", w.municipalityId).containsEntry("COUNTRY_CODE", "NO")
                .containsEntry("TARGET_GROUPS", w.targetGroup).containsEntry("LANGUAGE", "nb");
        assertThat(r.get("COMPLETED_AT")).isNotNull();
        assertThat(r.get("RECIPIENT_ID")).isNotNull();
        assertThat(links.resolve(token).orElseThrow().used()).isTrue();

        // a second answer through the same link is refused, on the page and on a post
        MockHttpServletResponse used = page(url);
        assertThat(used.getStatus()).isEqualTo(409);
        assertThat(used.getContentAsString()).contains("Allerede besvart", "link-used");
        assertThat(send(url, 1, "SUBMIT", Map.of(q("nps"), List.of("1"))).getStatus()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select count(*) from survey_response where survey_id = ?", Long.class,
                survey)).isEqualTo(1);
    }

    @Test
    void requiredAnswersAndValuesOutsideTheScaleComeBackNextToTheFieldsAndTheRestIsSaved() throws Exception {
        String url = "/public/surveys/" + w.personalLink(survey, null, "en");
        MockHttpServletResponse missing = send(url, 0, "NEXT", Map.of(q("needs"), List.of("EXPORT"),
                q("satisfaction"), List.of("7")));
        assertThat(missing.getStatus()).isEqualTo(200);
        String html = missing.getContentAsString();
        assertThat(html).contains("Please correct the answers marked below.", "Please answer this question.",
                "Choose a whole number from 1 to 5.");
        assertThat(html).contains("id=\"" + q("sector") + "-error\"", "id=\"" + q("satisfaction") + "-error\"");
        assertThat(response(survey)).containsEntry("CURRENT_SECTION", 0);
        assertThat(answers(survey)).extracting(a -> a.get("OPTION_CODE")).containsExactly("EXPORT");

        // an unknown option from a tampered form is refused too
        assertThat(send(url, 0, "NEXT", Map.of(q("sector"), List.of("farming"), q("satisfaction"), List.of("3")))
                .getContentAsString()).contains("Choose one of the options given.");
        // pausing keeps what fits without asking for the rest
        MockHttpServletResponse paused = send(url, 0, "PAUSE", Map.of(q("satisfaction"), List.of("3")));
        assertThat(paused.getStatus()).isEqualTo(200);
        assertThat(paused.getContentAsString()).contains("Your answers are saved.", url);
    }

    @Test
    void conditionsAreEvaluatedOnTheServerAndAnswersToQuestionsThatBecameHiddenAreDroppedOnSubmit()
            throws Exception {
        String url = "/public/surveys/" + w.personalLink(survey, null, "en");
        // choosing "industry" brings up the follow-up question on the same page: shown again, no error
        MockHttpServletResponse revealed = send(url, 0, "NEXT", Map.of(q("sector"), List.of("industry"),
                q("satisfaction"), List.of("2")));
        assertThat(revealed.getStatus()).isEqualTo(200);
        assertThat(revealed.getContentAsString()).contains("What kind of industry?",
                "Your answers brought up more questions").doesNotContain("Please correct");
        assertThat(send(url, 0, "NEXT", Map.of(q("sector"), List.of("industry"), q("satisfaction"), List.of("2"),
                q("industry-detail"), List.of("Boats"))).getStatus()).isEqualTo(302);
        assertThat(answers(survey)).extracting(a -> a.get("TEXT_VALUE")).contains("Boats");
        // back, change the answer: the follow-up no longer shows, and its answer is gone after submitting
        send(url, 1, "BACK", Map.of());
        assertThat(page(url).getContentAsString()).contains("What kind of industry?");
        send(url, 0, "NEXT", Map.of(q("sector"), List.of("retail"), q("satisfaction"), List.of("2")));
        assertThat(send(url, 1, "SUBMIT", Map.of()).getStatus()).isEqualTo(200);
        assertThat(answers(survey)).extracting(a -> a.get("TEXT_VALUE")).doesNotContain("Boats");
        assertThat(response(survey)).containsEntry("STATUS", "COMPLETE");
    }

    @Test
    void anOpenLinkStartsANewResponseThatContinuesByItsResumeLinkAndAnAnonymousSurveyStoresNoCompany()
            throws Exception {
        long anonymous = w.openSurvey(true);
        survey = anonymous;
        String open = "/public/surveys/" + w.openLink(anonymous);
        assertThat(page(open).getStatus()).isEqualTo(200);
        MockHttpServletResponse first = send(open, 0, "NEXT", Map.of(q("sector"), List.of("retail"),
                q("satisfaction"), List.of("5")));
        assertThat(first.getStatus()).isEqualTo(302);
        String resume = first.getRedirectedUrl();
        assertThat(resume).startsWith("/public/surveys/r/");
        // an open link speaks the survey's fallback language (bokmål) until the respondent switches
        assertThat(page(resume).getContentAsString()).contains("Side 2 av 2", "Hvor sannsynlig");
        MockHttpServletResponse paused = send(resume, 1, "PAUSE", Map.of(q("nps"), List.of("10")));
        assertThat(paused.getContentAsString()).contains(resume);
        assertThat(send(resume, 1, "SUBMIT", Map.of(q("nps"), List.of("10"))).getStatus()).isEqualTo(200);
        assertThat(page(resume).getStatus()).isEqualTo(409);
        // the open link starts afresh for the next respondent
        send(open, 0, "PAUSE", Map.of(q("sector"), List.of("industry")));
        assertThat(jdbc.queryForObject("select count(*) from survey_response where survey_id = ?", Long.class,
                anonymous)).isEqualTo(2);

        // a personal link of a company on an anonymous survey: the snapshot, but neither company nor recipient
        long company = w.company();
        String personal = "/public/surveys/" + w.personalLink(anonymous, company, "sv");
        send(personal, 0, "NEXT", Map.of(q("sector"), List.of("retail"), q("satisfaction"), List.of("1")));
        assertThat(send(personal, 1, "SUBMIT", Map.of()).getContentAsString()).contains("Tack för dina svar!");
        Map<String, Object> r = jdbc.queryForMap("select * from survey_response where survey_id = ? and"
                + " municipality_id is not null", anonymous);
        assertThat(r.get("COMPANY_ID")).isNull();
        assertThat(r.get("RECIPIENT_ID")).isNull();
        assertThat(r).containsEntry("MUNICIPALITY_ID", w.municipalityId).containsEntry("TARGET_GROUPS", w.targetGroup)
                .containsEntry("STATUS", "COMPLETE");
        assertThat(page(personal).getStatus()).isEqualTo(409);
    }

    /** The markup of the question whose field is {@code field}: its fieldset (or field block). */
    static String questionMarkup(String html, String field) {
        int at = html.indexOf("name=\"" + field + "\"");
        assertThat(at).as("field %s on the page", field).isPositive();
        int start = html.lastIndexOf("<fieldset", at);
        int end = html.indexOf("</fieldset>", at) + "</fieldset>".length();
        return html.substring(start, end);
    }

    @Test
    void thePreviewRendersEachQuestionWithTheAnswerPagesFragment() throws Exception {
        String answerPage = page("/public/surveys/" + w.personalLink(survey, null, "fi")).getContentAsString();
        String preview = mvc.perform(get("/surveys/{id}/preview", survey).param("lang", "fi")
                .with(w.users.as(w.staff.username()))).andReturn().getResponse().getContentAsString();
        // the same question in the same language: the same markup, to the character
        for (String code : List.of("needs")) {
            assertThat(questionMarkup(preview, q(code))).isEqualTo(questionMarkup(answerPage, q(code)))
                    .contains("type=\"checkbox\"");
        }
        // the preview also tells when a conditional question shows; the answer page shows it only when it applies
        assertThat(preview).contains("name=\"" + q("industry-detail") + "\"", "survey-condition");
        assertThat(answerPage).doesNotContain("name=\"" + q("industry-detail") + "\"");
    }

    @Test
    void theRecipientsLanguageWithFallbackAndASwitch() throws Exception {
        String url = "/public/surveys/" + w.personalLink(survey, null, "nn");
        String nn = page(url).getContentAsString();
        // no nynorsk texts in the survey: its fallback (bokmål); the page's own texts in nynorsk
        assertThat(nn).contains("Kundeundersøkelse", "Bransje", "Side 1 av 2", "Pause og hald fram seinare");
        String sv = page(url, "sv").getContentAsString();
        assertThat(sv).contains("Kundundersökning", "Bransch", "Nästa", "lang=\"sv\"");
        send(url, 0, "PAUSE", Map.of("language", List.of("sv")));
        assertThat(response(survey)).containsEntry("LANGUAGE", "sv");
    }

    @Test
    void closedSurveysAndUnknownLinksAreRefusedWithAClearPage() throws Exception {
        String url = "/public/surveys/" + w.personalLink(survey, null, "en");
        assertThat(page("/public/surveys/not-a-real-token").getStatus()).isEqualTo(404);
        assertThat(page("/public/surveys/r/not-a-real-token").getStatus()).isEqualTo(404);
        // past the closing day (in the owner's zone)
        try {
            clock.set(clock.instant().plus(Duration.ofDays(40)));
            MockHttpServletResponse late = page(url);
            assertThat(late.getStatus()).isEqualTo(410);
            assertThat(late.getContentAsString()).contains("The survey is closed", "survey-closed");
        } finally {
            clock.reset();
        }
        send(url, 0, "PAUSE", Map.of(q("sector"), List.of("retail")));
        w.close(survey);
        assertThat(page(url).getStatus()).isEqualTo(410);
        assertThat(send(url, 0, "NEXT", Map.of(q("sector"), List.of("retail"))).getStatus()).isEqualTo(410);
    }
}
