package no.kobling.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class WebSecurityTest {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesNeedLogin() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void loginPageIsLocalised() throws Exception {
        mvc.perform(get("/login").param("lang", "fi")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Kirjaudu")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("lang=\"fi\"")));
        mvc.perform(get("/login").header("Accept-Language", "sv-SE")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Logga in")));
    }

    @Test
    void securityHeadersAreSet() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().exists("Referrer-Policy"));
    }

    @Test
    void postWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "x").param("password", "y")).andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "x").param("password", "y").with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/login?error=*"));
    }

    @Test
    void apiWithoutTokenAnswers401ProblemDetail() throws Exception {
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("unauthenticated"))
                .andExpect(jsonPath("$.messageKey").value("error.unauthenticated"));
    }

    @Test
    void apiWithUnknownTokenAnswers401() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer kob_doesnotexist"))
                .andExpect(status().isUnauthorized());
    }
}
