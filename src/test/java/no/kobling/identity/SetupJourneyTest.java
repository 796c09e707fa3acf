package no.kobling.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kobling.support.FreshInstallation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 12 point 7: the way every real installation begins. The application starts without demo data on an empty
 * database; the first visitor walks through {@code /setup} with the page's own CSRF token, signs in as the new
 * administrator, and the page is gone for good.
 */
class SetupJourneyTest extends FreshInstallation {

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");
    static final List<String> DEMO_USERS = List.of("admin", "koordinator", "radgiver", "samtalepart",
            "fasilitaattori", "handledare", "mentor", "bedrift", "finansierer");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAdministration users;

    @BeforeEach
    void emptyInstallation() {
        removeAllUsers(jdbc);
    }

    static String csrfToken(MvcResult page) throws Exception {
        Matcher m = CSRF.matcher(page.getResponse().getContentAsString());
        assertThat(m.find()).as("the page carries a CSRF token").isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    @Test
    void theFirstVisitorCreatesTheAdministratorThroughSetupAndSignsIn() throws Exception {
        assertThat(users.countUsers()).isZero();
        // nothing else is there to sign in with: no demo user exists
        assertThat(DEMO_USERS).noneMatch(users::usernameExists);
        mvc.perform(get("/")).andExpect(redirectedUrl("/login"));

        MockHttpSession browser = new MockHttpSession();
        MvcResult setupPage = mvc.perform(get("/setup").session(browser).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn();
        mvc.perform(post("/setup").session(browser).param("_csrf", csrfToken(setupPage))
                .param("username", "Ingrid.Admin").param("displayName", "Ingrid Admin")
                .param("email", "ingrid@example.no").param("password", "a-long-first-secret")
                .param("confirmPassword", "a-long-first-secret"))
                .andExpect(redirectedUrl("/login?setup"));

        MvcResult loginPage = mvc.perform(get("/login?setup").session(browser)).andExpect(status().isOk()).andReturn();
        MockHttpSession signedIn = (MockHttpSession) mvc.perform(post("/login").session(browser)
                .param("_csrf", csrfToken(loginPage)).param("username", "ingrid.admin")
                .param("password", "a-long-first-secret"))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
        mvc.perform(get("/admin/users").session(signedIn)).andExpect(status().isOk());
        mvc.perform(get("/admin/roles").session(signedIn)).andExpect(status().isOk());

        // the page is gone, for GET and POST, signed in or not
        mvc.perform(get("/setup")).andExpect(status().isNotFound());
        mvc.perform(get("/setup").session(signedIn)).andExpect(status().isNotFound());
        MvcResult another = mvc.perform(get("/login")).andReturn();
        mvc.perform(post("/setup").session((MockHttpSession) another.getRequest().getSession())
                .param("_csrf", csrfToken(another)).param("username", "second").param("displayName", "Second")
                .param("password", "a-long-second-secret").param("confirmPassword", "a-long-second-secret"))
                .andExpect(status().isNotFound());

        assertThat(users.countUsers()).isEqualTo(1);
        assertThat(users.userByUsername("ingrid.admin")).hasValueSatisfying(
                u -> assertThat(u.displayName()).isEqualTo("Ingrid Admin"));
        assertThat(DEMO_USERS).noneMatch(users::usernameExists);
    }
}
