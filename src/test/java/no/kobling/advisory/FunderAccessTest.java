package no.kobling.advisory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Set;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Funders see aggregates, never a single activity, person or note (issue 11 finding 4, docs/security.md). A funder of
 * the partnership walks the list and detail endpoints of activities, needs, drill-downs, referrals, cases, people and
 * profiles: a list the role may not use answers 403, a single record 404 (or 403 where the role may use no part of
 * that kind at all), the advisor's note never appears; the pyramid and the figures still answer.
 */
@IntegrationTest
class FunderAccessTest {

    static final String NOTE = "Konfidensielt notat om eierskifte";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    AdvisoryWorld world;
    long company;
    long activity;

    @BeforeEach
    void setUp() throws Exception {
        world = new AdvisoryWorld(context);
        company = world.company("Funder Probe AS", "1532", Set.of());
        activity = ((Number) JsonPath.read(mvc.perform(post("/api/v1/advisory/activities")
                .with(world.users.as(world.advisorA)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kindCode\":\"VISIT\",\"visibility\":\"PARTNERSHIP\",\"notes\":\"" + NOTE + "\",\"companyIds\":["
                        + company + "]}")).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id")).longValue();
        mvc.perform(put("/api/v1/advisory/companies/{c}/needs/RECRUITMENT", company)
                .with(world.users.as(world.advisorA)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"priority\":\"HIGH\",\"status\":\"OPEN\",\"note\":\"" + NOTE + "\"}"))
                .andExpect(status().isOk());
        // the advisor of the partner organisation reads the shared activity: the record exists and is readable
        mvc.perform(get("/api/v1/advisory/activities/{id}", activity).with(world.users.as(world.advisorB)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.notes").value(NOTE));
    }

    ResultActions asFunder(String url, Object... vars) throws Exception {
        return mvc.perform(get(url, vars).with(world.users.as(world.funderA)).header("Accept-Language", "en"))
                .andExpect(content().string(not(containsString(NOTE))))
                .andExpect(content().string(not(containsString(world.advisorA))));
    }

    @Test
    void aFunderGets403ForEveryListOfSingleRecords() throws Exception {
        String[] lists = {
            "/api/v1/advisory/activities",
            "/api/v1/advisory/activities?shared=true",
            "/api/v1/advisory/activities?companyId=" + company,
            "/api/v1/advisory/companies/" + company + "/needs",
            "/api/v1/advisory/pyramid/companies?partnershipId=" + world.partnership + "&level=CONTACTED",
            "/api/v1/advisory/follow-ups",
            "/api/v1/catalogue/referrals?companyId=" + company,
            "/api/v1/catalogue/services/1/referrals",
            "/api/v1/cases",
            "/api/v1/people",
            "/api/v1/partnering/profiles",
        };
        java.util.List<String> wrong = new java.util.ArrayList<>();
        for (String url : lists) {
            var r = asFunder(url).andReturn().getResponse();
            if (r.getStatus() != 403 || !r.getContentAsString().contains("\"code\":\"forbidden\"")) {
                wrong.add(url + " -> " + r.getStatus());
            }
        }
        org.assertj.core.api.Assertions.assertThat(wrong).as("lists that answer a funder").isEmpty();
    }

    @Test
    void aFunderGets404ForASingleActivityAnd403WhereTheRoleHasNoPartOfTheKind() throws Exception {
        asFunder("/api/v1/advisory/activities/{id}", activity).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("not-found"));
        asFunder("/advisory/activities/{id}", activity).andExpect(status().isNotFound());
        asFunder("/advisory").andExpect(status().is3xxRedirection());
        asFunder("/advisory/companies/{id}", company).andExpect(status().is(org.hamcrest.Matchers.oneOf(403, 404)));
        for (String url : new String[] {"/api/v1/cases/1", "/api/v1/people/1", "/api/v1/catalogue/referrals/1",
                "/api/v1/partnering/profiles/" + company}) {
            asFunder(url).andExpect(status().is(org.hamcrest.Matchers.oneOf(403, 404)));
        }
    }

    @Test
    void theAggregatesStillAnswerAFunder() throws Exception {
        asFunder("/api/v1/advisory/pyramid?partnershipId={p}", world.partnership).andExpect(status().isOk())
                .andExpect(jsonPath("$.activities").value(1))
                .andExpect(jsonPath("$.steps[0].companies").value(1));
        asFunder("/advisory/pyramid?partnershipId={p}&level=CONTACTED", world.partnership).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Funder Probe AS"))))
                .andExpect(content().string(not(containsString("id=\"drill-down\""))));
        asFunder("/api/v1/cases/figures?partnershipId={p}", world.partnership).andExpect(status().isOk());
        asFunder("/api/v1/catalogue/usage?partnershipId={p}", world.partnership).andExpect(status().isOk());
    }
}
