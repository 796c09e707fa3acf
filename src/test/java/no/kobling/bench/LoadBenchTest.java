package no.kobling.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.kobling.bench.LoadDriver.Kind;
import no.kobling.bench.LoadDriver.Plan;
import no.kobling.bench.LoadDriver.Response;
import no.kobling.bench.LoadDriver.Result;
import no.kobling.bench.LoadDriver.Setup;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Fast check of bench/load.sh: the mix, and a tiny run of the load driver against the test context (MockMvc instead
 * of a socket; the same requests, logins with CSRF and session cookies, tokens, and checks of the answers).
 */
@IntegrationTest
class LoadBenchTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theMixIsSixtyTwentyTenTen() {
        Map<Kind, Integer> counts = new HashMap<>();
        for (int i = 0; i < 1000; i++) {
            counts.merge(Kind.pick(i / 1000.0), 1, Integer::sum);
        }
        assertThat(counts).containsEntry(Kind.SEARCH, 600).containsEntry(Kind.COMPANY_PAGE, 200)
                .containsEntry(Kind.ACTIVITY, 100).containsEntry(Kind.RECOMMENDATIONS, 100);
        assertThat(Kind.pick(0.9999)).isEqualTo(Kind.RECOMMENDATIONS);
    }

    @Test
    void aTinyRunLogsInDoesEveryKindWithoutErrorsAndLogsTheActivities() throws Exception {
        Setup setup = LoadBench.setup(context, 40, 3, List.of("NO"));
        assertThat(setup.accounts()).hasSize(LoadBench.ADVISORS.size());
        assertThat(setup.companyIds()).isNotEmpty();
        assertThat(setup.profileCompanyIds()).as("demo partner profiles").isNotEmpty();
        long activitiesBefore = activities();

        Result result = LoadDriver.run(setup, new Plan(2, 0, 0, 25, 0, 7), u -> new MockMvcTransport(mvc));

        assertThat(result.totalErrors()).as(String.join("\n", result.errorSamples())).isZero();
        assertThat(result.actions()).isEqualTo(50);
        for (Kind kind : Kind.values()) {
            if (kind == Kind.LOGIN) {
                continue; // not an action of the mix; its errors are in totalErrors above
            }
            assertThat(result.latency().get(kind).count()).as(kind.name()).isPositive();
        }
        assertThat(result.all().count()).isEqualTo(50);
        assertThat(activities() - activitiesBefore).isEqualTo(result.latency().get(Kind.ACTIVITY).count());
    }

    @Test
    void aWrongPasswordIsALoginFailure() {
        LoadDriver.Account wrong = new LoadDriver.Account("radgiver", "not-the-password", "x");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LoadDriver.login(new MockMvcTransport(mvc), wrong))
                .hasMessageContaining("login of radgiver failed");
    }

    private long activities() {
        return jdbc.queryForObject("select count(*) from advisory_activity where notes = 'Load test'", Long.class);
    }

    /** The driver's transport over MockMvc, with a cookie jar (Spring Session's cookie) and the servlet session. */
    static final class MockMvcTransport implements LoadDriver.Transport {

        private final MockMvc mvc;
        private final Map<String, Cookie> cookies = new HashMap<>();
        private MockHttpSession session;

        MockMvcTransport(MockMvc mvc) {
            this.mvc = mvc;
        }

        @Override
        public Response get(String path, Map<String, String> headers) throws Exception {
            return perform(MockMvcRequestBuilders.get(URI.create(path)), headers);
        }

        @Override
        public Response post(String path, Map<String, String> headers, String contentType, String body)
                throws Exception {
            MockHttpServletRequestBuilder b = MockMvcRequestBuilders.post(URI.create(path)).contentType(contentType)
                    .content(body);
            if (contentType.startsWith("application/x-www-form-urlencoded")) {
                for (String pair : body.split("&")) {
                    String[] kv = pair.split("=", 2);
                    b.param(kv[0], java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            return perform(b, headers);
        }

        private synchronized Response perform(MockHttpServletRequestBuilder b, Map<String, String> headers)
                throws Exception {
            headers.forEach(b::header);
            if (!cookies.isEmpty()) {
                b.cookie(cookies.values().toArray(Cookie[]::new));
            }
            if (session != null) {
                b.session(session);
            }
            MvcResult result = mvc.perform(b).andReturn();
            MockHttpServletResponse response = result.getResponse();
            for (Cookie c : response.getCookies()) {
                if (c.getMaxAge() == 0) {
                    cookies.remove(c.getName());
                } else {
                    cookies.put(c.getName(), c);
                }
            }
            if (result.getRequest().getSession(false) instanceof MockHttpSession s) {
                session = s;
            }
            return new Response(response.getStatus(), response.getRedirectedUrl() != null ? response.getRedirectedUrl()
                    : response.getHeader("Location"),
                    response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
