package no.kobling.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import no.kobling.advisory.AdvisoryWorld;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Every error of the API is a problem detail with a stable {@code code} and a {@code messageKey}, also those Spring
 * MVC raises itself (issue 11 finding 6): wrong media type, missing parameter, wrong method, unknown path, a search
 * that is too long; and an unknown language on a calendar feed falls back to the default instead of a 500.
 */
@IntegrationTest
class ApiProblemsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    AdvisoryWorld world;

    @BeforeEach
    void setUp() {
        world = new AdvisoryWorld(context);
    }

    static void coded(ResultActions result, int status, String code) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.messageKey").value("error." + code))
                .andExpect(jsonPath("$.status").value(status));
    }

    @Test
    void wrongMediaTypeIs415WithACode() throws Exception {
        coded(mvc.perform(post("/api/v1/advisory/activities").with(world.users.as(world.advisorA))
                .contentType(MediaType.TEXT_PLAIN).content("hello")), 415, "unsupported-media-type");
    }

    @Test
    void aMissingParameterIs400WithACode() throws Exception {
        ResultActions r = mvc.perform(post("/api/v1/imports").with(world.users.as(world.users.create("imp",
                "ADMINISTRATOR"))).contentType(MediaType.MULTIPART_FORM_DATA).header("Accept-Language", "en"));
        r.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").exists())
                .andExpect(jsonPath("$.messageKey").exists());
    }

    @Test
    void aWrongMethodIs405WithACodeAndAllow() throws Exception {
        coded(mvc.perform(put("/api/v1/geo/nace").with(world.users.as(world.advisorA))), 405, "method-not-allowed");
        mvc.perform(put("/api/v1/geo/nace").with(world.users.as(world.advisorA)))
                .andExpect(header().string("Allow", containsString("GET")));
    }

    @Test
    void anUnknownPathIs404WithACode() throws Exception {
        coded(mvc.perform(get("/api/v1/no-such-thing").with(world.users.as(world.advisorA))), 404, "no-such-path");
    }

    @Test
    void aTooLongSearchIs400WithACodeAndANormalOneStill200() throws Exception {
        coded(mvc.perform(get("/api/v1/geo/municipalities").param("q", "ord ".repeat(300))
                .with(world.users.as(world.advisorA))), 400, "search-too-long");
        mvc.perform(get("/api/v1/geo/municipalities").param("q", "Gis\u0000ke").with(world.users.as(world.advisorA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.content[0].code").value("1532"));
    }

    @Test
    void anUnknownLanguageOnTheCalendarFeedFallsBackToTheDefault() throws Exception {
        String url = JsonPath.read(mvc.perform(post("/api/v1/advisory/calendar-feed")
                .with(world.users.as(world.advisorA))).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.url");
        String path = url.substring(url.indexOf("/public/"));
        for (String lang : new String[] {"xx", "", "%%", "en-US-x-private-zzzzzzzzzzzzzzzz", "sv"}) {
            mvc.perform(get(path).param("lang", lang)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("BEGIN:VCALENDAR")));
        }
        // pages ignore an unknown language and keep the default
        mvc.perform(get("/login").param("lang", "xx")).andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"nb\"")));
    }
}
