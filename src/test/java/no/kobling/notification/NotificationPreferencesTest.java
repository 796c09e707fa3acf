package no.kobling.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.UserAdministration.NewUser;
import no.kobling.notification.Notifications.Kind;
import no.kobling.notification.application.MailOutbox;
import no.kobling.notification.application.NotificationDigest;
import no.kobling.notification.persistence.OutboxStore;
import no.kobling.support.IntegrationTest;
import no.kobling.support.OutboxDrain;
import no.kobling.support.SqlCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 16 point 2: per-kind preferences (page and API), the immediate e-mail read back from a real SMTP server
 * (GreenMail), in-app only sending nothing, the daily digest once per user and day, the old facade method mapped to a
 * kind, notify-once, and the header badge.
 */
@IntegrationTest
class NotificationPreferencesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Notifications notifications;
    @Autowired
    NotificationDigest digest;
    @Autowired
    MailOutbox outbox;
    @Autowired
    OutboxStore store;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAdministration administration;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    no.kobling.identity.application.ApiTokenService tokens;

    TestUsers users;
    GreenMail mail;
    JavaMailSenderImpl sender;

    @BeforeEach
    void setUp() throws Exception {
        users = new TestUsers(administration, userDetails, tokens);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties props = new Properties();
        props.put("mail.smtp.connectiontimeout", "2000");
        props.put("mail.smtp.timeout", "5000");
        sender.setJavaMailProperties(props);
    }

    @AfterEach
    void tearDown() {
        mail.stop();
    }

    String user(String language) {
        String username = TestUsers.unique("pref");
        SystemAccess.run(() -> administration.createUser(new NewUser(username, "Test " + username,
                username + "@example.org", TestUsers.PASSWORD, null, Set.of("ADVISOR"), language)));
        return username;
    }

    void choose(String username, String json) throws Exception {
        mvc.perform(put("/api/v1/notifications/preferences").with(users.as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isOk());
    }

    List<MimeMessage> delivered(String username) throws Exception {
        OutboxDrain.drain(outbox, store, Instant.now().plusSeconds(5), "node-prefs", sender);
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (((InternetAddress) m.getAllRecipients()[0]).getAddress().equals(username + "@example.org")) {
                found.add(m);
            }
        }
        return found;
    }

    int queued(String username) {
        return jdbc.queryForObject("select count(*) from notification_outbox where recipient = ?", Integer.class,
                username + "@example.org");
    }

    @Test
    void theApiListsEveryKindWithItsDefaultAndRefusesUnknownNames() throws Exception {
        String u = user("en");
        mvc.perform(get("/api/v1/notifications/preferences").with(users.as(u))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(Kind.values().length))
                .andExpect(jsonPath("$[?(@.kind == 'PROJECT_ITEM_DUE')].delivery").value(
                        org.hamcrest.Matchers.contains("DIGEST")))
                .andExpect(jsonPath("$[?(@.kind == 'REFERRAL_RECEIVED')].delivery").value(
                        org.hamcrest.Matchers.contains("IMMEDIATE")));
        mvc.perform(put("/api/v1/notifications/preferences").with(users.as(u)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"REFERRAL_RECEIVED\":\"in_app\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'REFERRAL_RECEIVED')].delivery").value(
                        org.hamcrest.Matchers.contains("IN_APP")));
        mvc.perform(put("/api/v1/notifications/preferences").with(users.as(u)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"NO_SUCH_KIND\":\"DIGEST\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("notification-kind-unknown"));
        mvc.perform(put("/api/v1/notifications/preferences").with(users.as(u)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"EXPERT_BOOKED\":\"PIGEON\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("notification-delivery-unknown"));
        // one user's choice is not another's
        String other = user("en");
        mvc.perform(get("/api/v1/notifications/preferences").with(users.as(other)))
                .andExpect(jsonPath("$[?(@.kind == 'REFERRAL_RECEIVED')].delivery").value(
                        org.hamcrest.Matchers.contains("IMMEDIATE")));
        mvc.perform(get("/api/v1/notifications/preferences")).andExpect(status().isUnauthorized());
    }

    @Test
    void anImmediateKindArrivesByMailInTheUsersLanguageAndAnInAppKindSendsNothing() throws Exception {
        String u = user("sv");
        choose(u, "{\"REFERRAL_RECEIVED\":\"IN_APP\"}");
        long id = users.id(u);

        notifications.notify(id, Kind.EXPERT_BOOKED, "notify.booking.received", List.of("Fjord AS", "3", "2026-12",
                "ola"), "/catalogue/bookings");
        notifications.notify(id, Kind.REFERRAL_RECEIVED, "notify.referral.received", List.of("Fjord AS", "Export"),
                "/catalogue/services/1");

        List<MimeMessage> received = delivered(u);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).contains("Du är bokad som expert för Fjord AS");
        assertThat(String.valueOf(received.get(0).getContent())).contains("/catalogue/bookings")
                .contains("/notifications/preferences");
        // both are in the app
        mvc.perform(get("/api/v1/notifications/unread-count").with(users.as(u)))
                .andExpect(jsonPath("$.unread").value(2));
    }

    @Test
    void theDigestIsOneMailPerUserAndDayListingTheUnreadDigestNotifications() throws Exception {
        String u = user("nb");
        String bystander = user("nb");
        choose(u, "{\"EXPERT_BOOKED\":\"DIGEST\",\"REFERRAL_RECEIVED\":\"DIGEST\"}");
        long id = users.id(u);
        notifications.notify(id, Kind.EXPERT_BOOKED, "notify.booking.received", List.of("Alfa AS", "2", "2026-12",
                "kari"), "/catalogue/bookings");
        notifications.notify(id, Kind.REFERRAL_RECEIVED, "notify.referral.received", List.of("Beta AS", "Eksport"),
                "/catalogue/services/7");
        notifications.notify(id, Kind.REFERRAL_RECEIVED, "notify.referral.received", List.of("Lest AS", "Eksport"),
                "/catalogue/services/8");
        long read = jdbc.queryForObject("select id from notification_notification where user_id = ? and args like ?",
                Long.class, id, "Lest AS%");
        mvc.perform(post("/api/v1/notifications/{id}/read", read).with(users.as(u)).with(csrf()))
                .andExpect(status().isOk());
        assertThat(queued(u)).as("nothing at once").isZero();

        Instant now = Instant.now().plusSeconds(1);
        digest.digest(now);
        assertThat(queued(u)).isEqualTo(1);
        assertThat(queued(bystander)).isZero();
        List<MimeMessage> received = delivered(u);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).contains("2 nye varsler i dag");
        String body = String.valueOf(received.get(0).getContent());
        assertThat(body).contains("Alfa AS").contains("Beta AS").contains("/catalogue/services/7")
                .doesNotContain("Lest AS");

        // a later notification the same day waits for tomorrow: still one digest today, also when the job runs again
        notifications.notify(id, Kind.EXPERT_BOOKED, "notify.booking.received", List.of("Gamma AS", "1", "2026-12",
                "kari"), "/catalogue/bookings");
        digest.digest(now.plusSeconds(60));
        digest.digest(now.plusSeconds(120));
        assertThat(queued(u)).isEqualTo(1);
        digest.digest(now.plus(1, ChronoUnit.DAYS));
        assertThat(queued(u)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select body from notification_outbox where recipient = ? order by id desc "
                + "fetch first 1 rows only", String.class, u + "@example.org")).contains("Gamma AS")
                .doesNotContain("Alfa AS");
        digest.digest(now.plus(2, ChronoUnit.DAYS));
        assertThat(queued(u)).as("nothing new: no mail").isEqualTo(2);
    }

    @Test
    void theOldMethodMapsToAKindAndNotifyOnceNotifiesOnce() {
        String u = user("en");
        long id = users.id(u);
        notifications.notify(id, "report.notification.returned", List.of("P", "2026-01-01", "2026-03-31", "x"),
                "/projects/1");
        assertThat(jdbc.queryForObject("select kind from notification_notification where user_id = ?", String.class,
                id)).isEqualTo("REPORT_RETURNED");
        assertThat(Kind.ofMessageKey("cases.notify.follow-up-due")).isEqualTo(Kind.FOLLOW_UP_DUE);
        assertThat(Kind.ofMessageKey("event.notification.declined")).isEqualTo(Kind.MEETING_ANSWERED);
        assertThat(Kind.ofMessageKey("partnering.notification.expires")).isEqualTo(Kind.PROFILE_EXPIRING);

        assertThat(notifications.notifyOnce(id, Kind.PROJECT_ITEM_DUE, "deliverable:1:2026-12-24",
                "notify.project.deliverable-due", List.of("P", "D", "2026-12-24"), "/projects/1")).isTrue();
        assertThat(notifications.notifyOnce(id, Kind.PROJECT_ITEM_DUE, "deliverable:1:2026-12-24",
                "notify.project.deliverable-due", List.of("P", "D", "2026-12-24"), "/projects/1")).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from notification_notification where user_id = ?",
                Integer.class, id)).isEqualTo(2);
    }

    @Test
    void thePreferencesPageIsReachableAndSavesTheChoice() throws Exception {
        String u = user("en");
        mvc.perform(get("/notifications").with(users.as(u)).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("href=\"/notifications/preferences\"")));
        mvc.perform(get("/account").with(users.as(u)).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("href=\"/notifications/preferences\"")));
        mvc.perform(get("/notifications/preferences").with(users.as(u)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"k_EXPERT_BOOKED\"")))
                .andExpect(content().string(containsString("I am booked as an expert")));
        mvc.perform(post("/notifications/preferences").with(users.as(u)).with(csrf())
                        .param("k_EXPERT_BOOKED", "IN_APP").param("k_PROJECT_ITEM_DUE", "IMMEDIATE"))
                .andExpect(redirectedUrl("/notifications/preferences"));
        mvc.perform(get("/api/v1/notifications/preferences").with(users.as(u)))
                .andExpect(jsonPath("$[?(@.kind == 'EXPERT_BOOKED')].delivery").value(
                        org.hamcrest.Matchers.contains("IN_APP")))
                .andExpect(jsonPath("$[?(@.kind == 'PROJECT_ITEM_DUE')].delivery").value(
                        org.hamcrest.Matchers.contains("IMMEDIATE")));
    }

    @Test
    void theHeaderBadgeCountsUnreadInWordsAndCostsTheSameForAnyCount() throws Exception {
        String none = user("en");
        mvc.perform(get("/account").with(users.as(none)).header("Accept-Language", "en"))
                .andExpect(content().string(not(containsString("notification-badge"))));
        long quiet = SqlCounter.count(() -> mvc.perform(get("/account").with(users.as(none))
                .header("Accept-Language", "en")));

        String busy = user("en");
        for (int i = 0; i < 3; i++) {
            notifications.notify(users.id(busy), Kind.OTHER, "notify.inbox.title", List.of(), null);
        }
        mvc.perform(get("/account").with(users.as(busy)).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("aria-label=\"3 unread notifications\"")))
                .andExpect(content().string(containsString("class=\"notification-badge\" href=\"/notifications\"")));
        long loud = SqlCounter.count(() -> mvc.perform(get("/account").with(users.as(busy))
                .header("Accept-Language", "en")));
        assertThat(loud).as("one count query, whatever the count").isEqualTo(quiet);

        notifications.notify(users.id(none), Kind.OTHER, "notify.inbox.title", List.of(), null);
        mvc.perform(get("/account").with(users.as(none)).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("aria-label=\"1 unread notification\"")));
    }
}
