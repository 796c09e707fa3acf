package no.kobling.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kobling.notification.application.MailOutbox;
import no.kobling.notification.persistence.OutboxStore;
import no.kobling.support.IntegrationTest;
import no.kobling.support.MutableClock;
import no.kobling.support.OutboxDrain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Forgot password (issue 16 point 9) through the pages, the real database, the outbox and a real SMTP server
 * (GreenMail): the link arrives in the user's language, works once, expires, is replaced by a newer one; an unknown
 * user gets the same answer; the old password stops working; the change is audited.
 */
@IntegrationTest
class PasswordResetTest {

    static final Pattern LINK = Pattern.compile("/public/password/reset/([A-Za-z0-9_-]{43})");
    static final String OLD = "old-password-123";
    static final String NEW = "new-password-456";
    static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAdministration admin;
    @Autowired
    MailOutbox outbox;
    @Autowired
    OutboxStore outboxStore;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    /** Each test posts from its own address, so the public-form limit per address never mixes tests. */
    final String address = "10.16.9." + ADDRESSES.getAndIncrement();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String user(String email, String locale) {
        String username = TestUsers.unique("reset");
        SystemAccess.run(() -> admin.createUser(new UserAdministration.NewUser(username, "Åsa Øvergård", email, OLD,
                null, Set.of("ADVISOR"), locale)));
        return username;
    }

    MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        }).with(csrf()).header(HttpHeaders.ACCEPT_LANGUAGE, "en");
    }

    MvcResult ask(String login) throws Exception {
        return mvc.perform(from(post("/public/password/forgot")).param("login", login))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/public/password/forgot"))
                .andReturn();
    }

    MvcResult reset(String token, String password) throws Exception {
        return mvc.perform(from(post("/public/password/reset/{t}", token)).param("newPassword", password)
                .param("confirmPassword", password)).andReturn();
    }

    boolean canLogIn(String username, String password) throws Exception {
        MvcResult r = mvc.perform(from(post("/login")).param("username", username).param("password", password))
                .andReturn();
        return "/".equals(r.getResponse().getRedirectedUrl());
    }

    /** Delivers the outbox to a fresh GreenMail and returns the messages to {@code recipient}. */
    List<MimeMessage> delivered(String recipient) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(port);
            Properties props = new Properties();
            props.put("mail.smtp.connectiontimeout", "2000");
            props.put("mail.smtp.timeout", "5000");
            sender.setJavaMailProperties(props);
            OutboxDrain.drain(outbox, outboxStore, clock.instant().plusSeconds(1), "reset-node", sender);
            List<MimeMessage> found = new ArrayList<>();
            for (MimeMessage m : mail.getReceivedMessages()) {
                Address[] all = m.getAllRecipients();
                if (all != null && Arrays.stream(all).anyMatch(a -> a.toString().equalsIgnoreCase(recipient))) {
                    found.add(m);
                }
            }
            return found;
        } finally {
            mail.stop();
        }
    }

    static String token(MimeMessage m) throws Exception {
        String body = String.valueOf(m.getContent());
        Matcher matcher = LINK.matcher(body);
        assertThat(matcher.find()).as("a reset link in %s", body).isTrue();
        return matcher.group(1);
    }

    static String email() {
        return TestUsers.unique("reset").toLowerCase(Locale.ROOT) + "@example.org";
    }

    @Test
    void theLinkArrivesInTheUsersLanguageWorksOnceAndTheOldPasswordStopsWorking() throws Exception {
        String email = email();
        String username = user(email, "nn");
        assertThat(canLogIn(username, OLD)).isTrue();
        ask(username);
        List<MimeMessage> mails = delivered(email);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).isEqualTo("Kobling: vel eit nytt passord");
        assertThat(String.valueOf(mail.getContent())).contains("Hei Åsa Øvergård", username, "60 minutt");
        String token = token(mail);
        // only the hash is stored
        assertThat(jdbc.queryForObject("select count(*) from identity_password_reset where token_hash = ?",
                Integer.class, token)).isZero();

        mvc.perform(from(get("/public/password/reset/{t}", token))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"newPassword\"")));
        MvcResult done = reset(token, NEW);
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/login?reset");
        assertThat(canLogIn(username, OLD)).as("old password").isFalse();
        assertThat(canLogIn(username, NEW)).as("new password").isTrue();

        // a second use of the same link is refused and changes nothing
        MvcResult again = reset(token, "third-password-789");
        assertThat(again.getResponse().getStatus()).isEqualTo(200);
        assertThat(again.getResponse().getContentAsString()).contains("This link no longer works")
                .doesNotContain("name=\"newPassword\"");
        mvc.perform(from(get("/public/password/reset/{t}", token))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("This link no longer works")));
        assertThat(canLogIn(username, NEW)).isTrue();
        assertThat(canLogIn(username, "third-password-789")).isFalse();

        // audited: the account's password hash changed (named, never its value), and the link was spent
        long id = jdbc.queryForObject("select id from identity_user where username = ?", Long.class, username);
        assertThat(jdbc.queryForList("select changed_fields from audit_entry where entity_type = 'UserAccount'"
                + " and entity_id = ? and action = 'UPDATE'", String.class, String.valueOf(id)))
                .anySatisfy(f -> assertThat(f).contains("passwordHash*"));
        long reset = jdbc.queryForObject("select id from identity_password_reset where user_id = ?", Long.class, id);
        assertThat(jdbc.queryForList("select changed_fields from audit_entry where entity_type = 'PasswordReset'"
                + " and entity_id = ? and action = 'UPDATE'", String.class, String.valueOf(reset)))
                .anySatisfy(f -> assertThat(f).contains("usedAt"));
    }

    @Test
    void anExpiredLinkIsRefused() throws Exception {
        String email = email();
        String username = user(email, "en");
        ask(email.toUpperCase(Locale.ROOT)); // by e-mail, ignoring case
        String token = token(delivered(email).get(0));
        clock.set(Instant.now().plus(Duration.ofMinutes(61)));
        mvc.perform(from(get("/public/password/reset/{t}", token))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("This link no longer works")));
        MvcResult r = reset(token, NEW);
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentAsString()).contains("This link no longer works");
        clock.reset();
        assertThat(canLogIn(username, OLD)).isTrue();
        assertThat(canLogIn(username, NEW)).isFalse();
    }

    @Test
    void aNewerLinkReplacesTheOlderOneAndThePasswordRulesHold() throws Exception {
        String email = email();
        String username = user(email, "sv");
        ask(username);
        String first = token(delivered(email).get(0));
        ask(username);
        List<MimeMessage> second = delivered(email);
        assertThat(second).hasSize(1);
        assertThat(second.get(0).getSubject()).isEqualTo("Kobling: välj ett nytt lösenord");
        String latest = token(second.get(0));
        assertThat(latest).isNotEqualTo(first);
        assertThat(reset(first, NEW).getResponse().getContentAsString()).contains("This link no longer works");
        // too short: the usual rule, and the link still works afterwards
        MvcResult shortOne = reset(latest, "short");
        assertThat(shortOne.getResponse().getStatus()).isEqualTo(200);
        assertThat(shortOne.getResponse().getContentAsString()).contains("name=\"newPassword\"")
                .contains("aria-invalid=\"true\"");
        assertThat(reset(latest, NEW).getResponse().getRedirectedUrl()).isEqualTo("/login?reset");
        assertThat(canLogIn(username, NEW)).isTrue();
    }

    @Test
    void anUnknownOrDisabledAccountGetsTheSameAnswerAndNoMail() throws Exception {
        String email = email();
        String username = user(email, "en");
        MvcResult known = ask(username);
        MvcResult unknown = ask(TestUsers.unique("nobody"));
        MvcResult unknownMail = ask("nobody-" + email);
        for (MvcResult r : List.of(unknown, unknownMail)) {
            assertThat(r.getResponse().getRedirectedUrl()).isEqualTo(known.getResponse().getRedirectedUrl());
            assertThat(new java.util.HashMap<>(r.getFlashMap()))
                    .isEqualTo(new java.util.HashMap<>(known.getFlashMap()));
        }
        assertThat(delivered("nobody-" + email)).isEmpty();
        // the page after the redirect says the same thing either way, without naming the account
        String page = mvc.perform(from(get("/public/password/forgot").flashAttr("sent", true)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("If an account matches").doesNotContain(username);
    }

    @Test
    void theLoginPageLinksToForgotPasswordAndABlankAnswerIsAFormError() throws Exception {
        mvc.perform(from(get("/login"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/public/password/forgot\"")));
        mvc.perform(from(post("/public/password/forgot")).param("login", " ")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("aria-invalid=\"true\"")));
    }
}
