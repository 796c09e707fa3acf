package no.kobling.partnering.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.FlashMap;

/**
 * Issue 16 point 7 on the case page: the summary and the next step on top, a stage selector that never defaults
 * backwards (and a page post that goes backwards without saying so is refused), and the confirmation after a save.
 */
@IntegrationTest
class CasePageClarityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserAdministration userAdministration;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApiTokenService tokens;

    TestUsers users;
    CaseTestData data;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userAdministration, userDetails, tokens);
        data = new CaseTestData(context, users);
    }

    long createCase() throws Exception {
        String body = mvc.perform(post("/api/v1/cases").with(users.as(data.facNo)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(data.newCaseJson()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.card.id")).longValue();
    }

    String page(long id) throws Exception {
        return mvc.perform(get("/cases/{id}", id).with(users.as(data.facNo))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The options of the stage selector, in order, and which is selected. */
    static String stageSelect(String html) {
        Matcher m = Pattern.compile("<select id=\"stage\" name=\"stage\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).as("the stage selector").isTrue();
        return m.group(1);
    }

    @Test
    void theStageSelectorPreselectsTheNextStageAndNeverAnEarlierOne() throws Exception {
        long id = createCase();
        String html = page(id);
        assertThat(html).contains("id=\"summary-heading\"").contains("id=\"next-heading\"")
                .contains("<details class=\"more-actions\"");
        assertThat(html.indexOf("id=\"summary-heading\"")).isLessThan(html.indexOf("id=\"details-heading\""));
        String select = stageSelect(html);
        assertThat(select).doesNotContain("value=\"MAPPING\"")
                .containsPattern("<option value=\"SHORTLIST\" selected=\"selected\"");
        assertThat(select.indexOf("SHORTLIST")).isLessThan(select.indexOf("INTRODUCTION"));

        // forward by the selector, with a confirmation on the page the user lands on
        var saved = mvc.perform(post("/cases/{id}/stage", id).with(users.as(data.facNo)).with(csrf())
                        .param("stage", "SHORTLIST"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("confirmation", "clarity.flash.saved")).andReturn();
        FlashMap flashMap = saved.getFlashMap();
        String landed = mvc.perform(get("/cases/{id}", id).with(users.as(data.facNo))
                        .flashAttrs(flashMap)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(landed).containsPattern("<div class=\"alert success flash\" role=\"status\"><p>[^<]+</p></div>");
        assertThat(page(id)).doesNotContain("alert success flash");

        // now at the shortlist: the selector offers introduction and meeting, the way back is its own button
        html = page(id);
        select = stageSelect(html);
        assertThat(select).doesNotContain("value=\"MAPPING\"").doesNotContain("value=\"SHORTLIST\"")
                .containsPattern("<option value=\"INTRODUCTION\" selected=\"selected\"");
        assertThat(html).contains("name=\"back\" value=\"true\"");

        // a post backwards without the explicit choice is refused and changes nothing
        mvc.perform(post("/cases/{id}/stage", id).with(users.as(data.facNo)).with(csrf()).param("stage", "MAPPING"))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/cases/{id}", id).with(users.as(data.facNo)))
                .andExpect(jsonPath("$.card.stage").value("SHORTLIST"));
        mvc.perform(post("/cases/{id}/stage", id).with(users.as(data.facNo)).with(csrf()).param("stage", "MAPPING")
                        .param("back", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/cases/{id}", id).with(users.as(data.facNo)))
                .andExpect(jsonPath("$.card.stage").value("MAPPING"));
    }

    @Test
    void aFailedSaveGetsNoConfirmation() throws Exception {
        long id = createCase();
        // the outcome needs a kind: the form answers 422 on the page, no redirect, no confirmation
        mvc.perform(post("/cases/{id}/outcomes", id).with(users.as(data.facNo)).with(csrf()).param("kind", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("alert success flash"))));
        // a note in the thread is a save too
        var own = mvc.perform(post("/cases/{id}/entries", id).with(users.as(data.facNo)).with(csrf())
                        .param("kind", "NOTE").param("body", "Ringte daglig leder"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(own.getFlashMap().get("confirmation")).isEqualTo("clarity.flash.saved");
    }
}
