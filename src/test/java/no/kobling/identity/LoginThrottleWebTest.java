package no.kobling.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Finding 3 of issue 11: login throttling per username and per client address that a burst cannot race, that an
 * anonymous caller cannot use to lock a user out (nor their API tokens), and that answers alike for every name.
 */
@IntegrationTest
class LoginThrottleWebTest {

    static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAdministration userAdministration;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    ApiTokenService tokenService;
    @Autowired
    JdbcTemplate jdbc;

    TestUsers users;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userAdministration, userDetailsService, tokenService);
    }

    static String freshAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    MockHttpServletResponse attempt(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").with(csrf()).with(from(address)).param("username", username)
                .param("password", password)).andReturn().getResponse();
    }

    int failures(String kind, String key) {
        List<Integer> found = jdbc.queryForList(
                "select failures from identity_login_throttle where kind = ? and throttle_key = ?", Integer.class,
                kind, key);
        return found.isEmpty() ? 0 : found.get(0);
    }

    /** Runs {@code attempts} logins at once, released together by a barrier; returns each answer. */
    List<MockHttpServletResponse> burst(int attempts, AttemptFactory factory) throws Exception {
        CyclicBarrier start = new CyclicBarrier(attempts);
        List<MockHttpServletResponse> answers = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Throwable> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            int n = i;
            Thread t = new Thread(() -> {
                try {
                    start.await(30, TimeUnit.SECONDS);
                    answers.add(factory.attempt(n));
                } catch (Throwable e) {
                    errors.add(e);
                }
            }, "login-burst-" + i);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join(120_000);
        }
        assertThat(errors).isEmpty();
        assertThat(answers).hasSize(attempts);
        return answers;
    }

    interface AttemptFactory {
        MockHttpServletResponse attempt(int n) throws Exception;
    }

    @Test
    void thirtyParallelWrongPasswordsAreAllCountedAndNeverAnswer500() throws Exception {
        String name = users.create("burst", "ADVISOR");
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            addresses.add(freshAddress());
        }
        List<MockHttpServletResponse> answers = burst(30, n -> attempt(name, "wrong-" + n, addresses.get(n)));
        assertThat(answers).allSatisfy(r -> {
            assertThat(r.getStatus()).isEqualTo(302);
            assertThat(r.getRedirectedUrl()).isEqualTo("/login?error");
        });
        // every attempt came from a fresh address, so each one was checked, and none was lost to a race
        assertThat(failures("USERNAME", name)).isEqualTo(30);

        // from an address that has failed, even the right password now waits out the delay
        MockHttpServletResponse refused = attempt(name, TestUsers.PASSWORD, addresses.get(0));
        assertThat(refused.getRedirectedUrl()).isEqualTo("/login?error");
        // the real user, from their own address, is slowed by nobody: their login works and clears the count
        MockHttpServletResponse real = attempt(name, TestUsers.PASSWORD, freshAddress());
        assertThat(real.getRedirectedUrl()).isEqualTo("/");
        assertThat(failures("USERNAME", name)).isZero();
    }

    @Test
    void aBurstFromOneAddressIsCutOffAndNeverAnswers500() throws Exception {
        String address = freshAddress();
        List<MockHttpServletResponse> answers = burst(30,
                n -> attempt(TestUsers.unique("nobody"), "wrong-" + n, address));
        assertThat(answers).allSatisfy(r -> assertThat(r.getRedirectedUrl()).isEqualTo("/login?error"));
        // the address may fail 20 times; the delay that follows holds every further attempt of the burst back
        // (the count stops at 20, plus at most one per delay of 1, 2, 4 s that ran out during the burst)
        assertThat(failures("ADDRESS", address)).isBetween(20, 23);
    }

    @Test
    void anonymousGuessesDoNotStopTheUsersApiToken() throws Exception {
        String name = users.create("token-victim", "ADVISOR");
        String bearer = TestUsers.bearer(users.token(name).secret());
        String attacker = freshAddress();
        for (int i = 0; i < 12; i++) {
            attempt(name, "guess-" + i, attacker);
        }
        mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andExpect(status().isOk());
        // nor the user's own login from their own address
        assertThat(attempt(name, TestUsers.PASSWORD, freshAddress()).getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void knownUnknownDisabledAndThrottledNamesGetTheSameAnswer() throws Exception {
        String known = users.create("known", "ADVISOR");
        String disabled = users.create("disabled-login", "ADVISOR");
        String admin = users.create("disabler", "ADMINISTRATOR");
        long disabledId = users.id(disabled);
        users.actingAs(admin, () -> {
            var u = ((no.kobling.identity.application.UserService) userAdministration).get(disabledId);
            return ((no.kobling.identity.application.UserService) userAdministration).update(disabledId,
                    new no.kobling.identity.application.UserChanges(u.displayName(), u.email(), null, java.util.Set
                            .of("ADVISOR"), false, u.version()));
        });
        String throttled = users.create("throttled", "ADVISOR");
        // 12 guesses from 12 addresses are all counted: the username now waits 2^7 s for addresses that have failed
        String attacker = null;
        for (int i = 0; i < 12; i++) {
            attacker = freshAddress();
            attempt(throttled, "guess-" + i, attacker);
        }
        List<MockHttpServletResponse> answers = List.of(
                attempt(known, "wrong-password", freshAddress()),
                attempt(TestUsers.unique("unknown"), "wrong-password", freshAddress()),
                attempt(disabled, TestUsers.PASSWORD, freshAddress()),
                attempt(throttled, TestUsers.PASSWORD, attacker));
        assertThat(answers).allSatisfy(r -> {
            assertThat(r.getStatus()).isEqualTo(302);
            assertThat(r.getRedirectedUrl()).isEqualTo("/login?error");
        });
        String page = mvc.perform(get("/login?error").header("Accept-Language", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContainIgnoringCase("locked").doesNotContainIgnoringCase("disabled");
    }
}
