package no.kobling.survey.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.notification.application.MailOutbox;
import no.kobling.support.IntegrationTest;
import no.kobling.support.MutableClock;
import no.kobling.survey.definition.SurveyDefinitions;
import no.kobling.survey.distribution.application.SurveyAudience;
import no.kobling.survey.distribution.application.SurveyConsentService;
import no.kobling.survey.distribution.application.SurveySendReminderJob;
import no.kobling.survey.distribution.application.SurveySendService;
import no.kobling.survey.distribution.application.SurveySendViews.AddResult;
import no.kobling.survey.distribution.domain.SurveyRecipient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Survey distribution against the real database and a real SMTP server (GreenMail on a free port, handed to the
 * outbox): invitations in each recipient's language with a link that resolves, consent, the send rules, reminders
 * (once, not after an unsubscribe), the closing job, the open link and tenancy.
 */
@IntegrationTest
class SurveySendTest {

    static final Pattern LINK = Pattern.compile("/public/surveys/([A-Za-z0-9_-]{43})(?!/)");

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    SurveySendService send;
    @Autowired
    SurveyConsentService consents;
    @Autowired
    SurveyLinks links;
    @Autowired
    SurveyDefinitions definitions;
    @Autowired
    SurveySendReminderJob job;
    @Autowired
    MailOutbox outbox;

    @Autowired
    no.kobling.notification.persistence.OutboxStore outboxStore;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    TestUsers users;
    SurveySendWorld world;

    @BeforeEach
    void setUp() {
        users = new TestUsers(context.getBean(UserAdministration.class), context.getBean(UserDetailsService.class),
                context.getBean(ApiTokenService.class));
        world = SurveySendWorld.of(context, users);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static JavaMailSenderImpl sender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties props = new Properties();
        props.put("mail.smtp.connectiontimeout", "2000");
        props.put("mail.smtp.timeout", "5000");
        sender.setJavaMailProperties(props);
        return sender;
    }

    static List<MimeMessage> to(GreenMail mail, String recipient) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            Address[] all = m.getAllRecipients();
            if (all != null && Arrays.stream(all).anyMatch(a -> a.toString().equalsIgnoreCase(recipient))) {
                found.add(m);
            }
        }
        return found;
    }

    static String body(MimeMessage m) throws Exception {
        return String.valueOf(m.getContent());
    }

    static String token(MimeMessage m) throws Exception {
        Matcher matcher = LINK.matcher(body(m));
        assertThat(matcher.find()).as("a personal link in %s", body(m)).isTrue();
        return matcher.group(1);
    }

    /** Delivers the outbox to a fresh GreenMail and hands it to {@code check}. */
    void delivered(Instant at, MailCheck check) throws Exception {
        int port = freePort();
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            no.kobling.support.OutboxDrain.drain(outbox, outboxStore, at, "surveysend-node", sender(port));
            check.check(mail);
        } finally {
            mail.stop();
        }
    }

    interface MailCheck {
        void check(GreenMail mail) throws Exception;
    }

    long consenting(String country, String email, List<String> languages) {
        long company = world.company(country, email, languages);
        users.actingAs(world.advisor, () -> consents.give(company, "recorded-by-staff", "Asked by phone"));
        return company;
    }

    AddResult addCompany(long survey, long company, String language) {
        return users.actingAs(world.advisor, () -> send.add(survey, new SurveyAudience(SurveyAudience.Kind.COMPANY,
                company, null, null, null, language)));
    }

    LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Oslo"));
    }

    @Test
    void sendsInEachRecipientsLanguageWithALinkThatResolves() throws Exception {
        long survey = world.survey(today().plusDays(14), true);
        String nb = TestUsers.unique("nb") + "@example.no";
        String sv = TestUsers.unique("sv") + "@example.se";
        String fi = TestUsers.unique("fi") + "@example.fi";
        long companyNb = consenting("NO", nb, List.of());
        long companySv = consenting("SE", sv, List.of()); // Swedish by country
        long companyFi = consenting("FI", fi, List.of("fi", "sv")); // the first registered language
        addCompany(survey, companyNb, null);
        addCompany(survey, companySv, null);
        addCompany(survey, companyFi, null);

        mvc.perform(post("/api/v1/surveys/{id}/send", survey).with(users.as(world.advisor)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.mailed").value(3))
                .andExpect(jsonPath("$.status").value("OPEN"));
        assertThat(definitions.find(survey).orElseThrow().status()).isEqualTo(SurveyDefinitions.Status.OPEN);

        delivered(Instant.now(), mail -> {
            MimeMessage toNb = single(mail, nb);
            MimeMessage toSv = single(mail, sv);
            MimeMessage toFi = single(mail, fi);
            assertThat(toNb.getSubject()).startsWith("Undersøkelse:");
            assertThat(body(toNb)).contains("Svar her").contains("/unsubscribe");
            assertThat(toSv.getSubject()).startsWith("Enkät:");
            assertThat(body(toSv)).contains("Svara här");
            assertThat(toFi.getSubject()).startsWith("Kysely:");
            assertThat(body(toFi)).contains("Vastaa tästä");
            SurveyLinks.Link link = links.resolve(token(toFi)).orElseThrow();
            assertThat(link.surveyId()).isEqualTo(survey);
            assertThat(link.companyId()).isEqualTo(companyFi);
            assertThat(link.language()).isEqualTo("fi");
            assertThat(link.used()).isFalse();
            // a used link says so
            links.completed(link.recipientId());
            assertThat(links.resolve(token(toFi)).orElseThrow().used()).isTrue();
        });
        // only the hash is stored
        assertThat(jdbc.queryForList("select token_hash from survey_recipient where survey_id = ?", String.class,
                survey)).allSatisfy(h -> assertThat(h).hasSize(64).matches("[0-9a-f]+"));
        assertThat(links.resolve("not-a-token")).isEmpty();

        // a second send mails nobody again ("send to new" mails only those added since)
        mvc.perform(post("/api/v1/surveys/{id}/send", survey).with(users.as(world.advisor)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.mailed").value(0));
        String late = TestUsers.unique("late") + "@example.no";
        addCompany(survey, consenting("NO", late, List.of()), "nn");
        mvc.perform(post("/api/v1/surveys/{id}/send", survey).with(users.as(world.advisor)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.mailed").value(1));
        delivered(Instant.now(), mail -> {
            assertThat(to(mail, nb)).isEmpty();
            assertThat(single(mail, late).getSubject()).startsWith("Undersøking:");
        });
    }

    static MimeMessage single(GreenMail mail, String recipient) throws Exception {
        List<MimeMessage> found = to(mail, recipient);
        assertThat(found).as("mails to %s", recipient).hasSize(1);
        return found.get(0);
    }

    @Test
    void aRecipientWithoutConsentIsRefused() throws Exception {
        long survey = world.survey(today().plusDays(14), true);
        long without = world.company("NO", TestUsers.unique("nc") + "@example.no", List.of());
        long with = consenting("NO", TestUsers.unique("c") + "@example.no", List.of());
        long noAddress = consenting("NO", null, List.of());
        // a single explicit add answers 422
        mvc.perform(post("/api/v1/surveys/{id}/recipients", survey).with(users.as(world.advisor)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"COMPANY\",\"id\":" + without + "}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("recipient-no-consent"));
        mvc.perform(post("/api/v1/surveys/{id}/recipients", survey).with(users.as(world.advisor)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"COMPANY\",\"id\":" + noAddress + "}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("recipient-no-email"));
        mvc.perform(post("/api/v1/surveys/{id}/recipients", survey).with(users.as(world.advisor)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"PERSON\",\"email\":\"nobody-" + without + "@example.org\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("recipient-no-consent"));
        // a person with an invalid address
        mvc.perform(post("/api/v1/surveys/{id}/recipients", survey).with(users.as(world.advisor)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"PERSON\",\"email\":\"no-at-sign\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("survey-recipient-email-invalid"));
        // the one with consent is added; twice is refused
        mvc.perform(post("/api/v1/surveys/{id}/recipients", survey).with(users.as(world.advisor)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"COMPANY\",\"id\":" + with + "}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.added.length()").value(1));
        mvc.perform(post("/api/v1/surveys/{id}/recipients", survey).with(users.as(world.advisor)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"COMPANY\",\"id\":" + with + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("recipient-already-added"));
        mvc.perform(get("/api/v1/surveys/{id}/recipients", survey).with(users.as(world.advisor)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].companyId").value(with)).andExpect(jsonPath("$[0].status").value("NOT_SENT"));

        // consent withdrawn after adding: not sent, shown as refused
        mvc.perform(delete("/api/v1/companies/{id}/survey-consent", with).with(users.as(world.advisor)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.current").value(false));
        mvc.perform(get("/api/v1/surveys/{id}/recipients", survey).with(users.as(world.advisor)))
                .andExpect(jsonPath("$[0].status").value("REFUSED_NO_CONSENT"));
        mvc.perform(post("/api/v1/surveys/{id}/send", survey).with(users.as(world.advisor)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.mailed").value(0));
        // staff must say how consent was given
        mvc.perform(post("/api/v1/companies/{id}/survey-consent", without).with(users.as(world.advisor)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"how\":\"recorded-by-staff\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("survey-consent-note-missing"));
        mvc.perform(post("/api/v1/companies/{id}/survey-consent", without).with(users.as(world.advisor)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"how\":\"company-representative\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("survey-consent-not-representative"));
        mvc.perform(post("/api/v1/companies/{id}/survey-consent", without).with(users.as(world.advisor)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"how\":\"recorded-by-staff\",\"note\":\"Signed form at the fair\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.current").value(true))
                .andExpect(jsonPath("$.records[0].how").value("recorded-by-staff"));
    }

    @Test
    void sendingNeedsAClosingDateInTheFutureAndAQuestion() throws Exception {
        long company = consenting("NO", TestUsers.unique("r") + "@example.no", List.of());
        long noDate = world.survey(null, true);
        addCompany(noDate, company, null);
        mvc.perform(post("/api/v1/surveys/{id}/send", noDate).with(users.as(world.advisor)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("survey-closing-date-missing"));
        long past = world.survey(today().minusDays(1), true);
        mvc.perform(post("/api/v1/surveys/{id}/send", past).with(users.as(world.advisor)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("survey-closing-date-past"));
        long empty = world.survey(today().plusDays(5), false);
        mvc.perform(post("/api/v1/surveys/{id}/send", empty).with(users.as(world.advisor)).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("survey-no-questions"));
        assertThat(definitions.find(noDate).orElseThrow().status()).isEqualTo(SurveyDefinitions.Status.DRAFT);
        assertThat(jdbc.queryForObject("select count(*) from survey_recipient where survey_id = ? and sent_at is not null",
                Integer.class, noDate)).isZero();
    }

    @Test
    void remindersGoOnceToThoseWhoHaveNotAnsweredAndTheJobClosesTheSurvey() throws Exception {
        // midday in Oslo, so the send and the first "remind now" fall on the same day whenever the suite runs (at
        // 23:59:59 Oslo time the remind came a second later, on the next day, and was rightly allowed)
        Instant midday = today().atTime(12, 0).atZone(ZoneId.of("Europe/Oslo")).toInstant();
        clock.set(midday);
        LocalDate closes = today().plusDays(10);
        long survey = world.survey(closes, true);
        String waiting = TestUsers.unique("wait") + "@example.no";
        String answered = TestUsers.unique("done") + "@example.no";
        String leaving = TestUsers.unique("leave") + "@example.no";
        for (String email : List.of(waiting, answered, leaving)) {
            addCompany(survey, consenting("NO", email, List.of()), null);
        }
        users.actingAs(world.advisor, () -> send.send(survey));
        String[] tokens = new String[3];
        delivered(midday, mail -> {
            tokens[0] = token(single(mail, waiting));
            tokens[1] = token(single(mail, answered));
            tokens[2] = token(single(mail, leaving));
        });
        links.completed(links.resolve(tokens[1]).orElseThrow().recipientId());
        // the leaving one unsubscribes on the public page (no login, CSRF)
        mvc.perform(get("/public/surveys/{t}/unsubscribe", tokens[2])).andExpect(status().isOk());
        mvc.perform(post("/public/surveys/{t}/unsubscribe", tokens[2]).with(csrf())).andExpect(status().isOk());
        mvc.perform(get("/public/surveys/{t}/unsubscribe", "x".repeat(43))).andExpect(status().isNotFound());
        assertThat(links.resolve(tokens[2]).orElseThrow().unsubscribed()).isTrue();

        // "remind now" reaches only the one still waited for, and never twice on the same day
        mvc.perform(post("/api/v1/surveys/{id}/remind", survey).with(users.as(world.advisor)).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("survey-reminded-today"));
        Instant tomorrow = midday.plusSeconds(86_400);
        clock.set(tomorrow);
        mvc.perform(post("/api/v1/surveys/{id}/remind", survey).with(users.as(world.advisor)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.mailed").value(1));
        mvc.perform(post("/api/v1/surveys/{id}/remind", survey).with(users.as(world.advisor)).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("survey-reminded-today"));
        // the reminder waits in the outbox, due by tomorrow (a full-suite run once found it missing after the drain)
        assertThat(jdbc.queryForList("select status from notification_outbox where recipient = ? and subject like ? "
                + "and next_attempt_at <= ?", String.class, waiting, "Påminnelse%", java.sql.Timestamp.from(tomorrow)))
                .as("the reminder to %s in the outbox at %s; clock %s; outbox %s; recipients %s", waiting, tomorrow,
                        clock.instant(), jdbc.queryForList("select id, subject, status, attempts, next_attempt_at, "
                                + "lease_owner, lease_until, last_error, created_at, sent_at from notification_outbox "
                                + "where lower(recipient) = lower(?)", waiting),
                        jdbc.queryForList("select email, language, sent_at, reminded_at, completed_at, unsubscribed_at "
                                + "from survey_recipient where survey_id = ?", survey))
                .containsExactly("PENDING");
        delivered(tomorrow, mail -> {
            MimeMessage reminder = single(mail, waiting);
            assertThat(reminder.getSubject()).startsWith("Påminnelse:");
            // the reminder's new link and the first one both resolve to the same recipient
            assertThat(links.resolve(token(reminder)).orElseThrow().recipientId())
                    .isEqualTo(links.resolve(tokens[0]).orElseThrow().recipientId());
            assertThat(to(mail, answered)).isEmpty();
            assertThat(to(mail, leaving)).isEmpty();
        });

        // the job: nothing before the window (3 days before closing), then once
        Instant early = closes.minusDays(5).atTime(9, 0).atZone(ZoneId.of("Europe/Oslo")).toInstant();
        assertThat(job.work(early).reminded()).isZero();
        Instant due = closes.minusDays(3).atTime(9, 0).atZone(ZoneId.of("Europe/Oslo")).toInstant();
        clock.set(due);
        assertThat(reminded(job.work(due), survey)).isEqualTo(1);
        assertThat(reminded(job.work(due.plusSeconds(86_400)), survey)).as("still once").isEqualTo(1);
        delivered(due, mail -> {
            assertThat(to(mail, waiting)).hasSize(1);
            assertThat(to(mail, leaving)).isEmpty();
        });
        assertThat(jdbc.queryForObject("select closing_reminder_at from survey_recipient where lower(email) = ?",
                java.sql.Timestamp.class, waiting.toLowerCase())).isNotNull();

        // on the closing day the survey is still open; the day after, the job closes it
        job.work(closes.atTime(23, 0).atZone(ZoneId.of("Europe/Oslo")).toInstant());
        assertThat(definitions.find(survey).orElseThrow().status()).isEqualTo(SurveyDefinitions.Status.OPEN);
        job.work(closes.plusDays(1).atTime(0, 30).atZone(ZoneId.of("Europe/Oslo")).toInstant());
        assertThat(definitions.find(survey).orElseThrow().status()).isEqualTo(SurveyDefinitions.Status.CLOSED);
        clock.set(closes.plusDays(1).atTime(9, 0).atZone(ZoneId.of("Europe/Oslo")).toInstant());
        mvc.perform(post("/api/v1/surveys/{id}/send", survey).with(users.as(world.advisor)).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("survey-closed"));
    }

    /** How many recipients of this survey the job has reminded so far (the job runs over every survey). */
    int reminded(SurveySendReminderJob.Result result, long survey) {
        assertThat(result.ran()).isTrue();
        return jdbc.queryForObject("select count(*) from survey_recipient where survey_id = ? "
                + "and closing_reminder_at is not null", Integer.class, survey);
    }

    @Test
    void anOpenLinkResolvesUntilItIsRevoked() throws Exception {
        long survey = world.survey(today().plusDays(14), true);
        String body = mvc.perform(post("/api/v1/surveys/{id}/open-link", survey).with(users.as(world.advisor))
                .with(csrf())).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String url = com.jayway.jsonpath.JsonPath.read(body, "$.url");
        Matcher m = LINK.matcher(url);
        assertThat(m.find()).isTrue();
        SurveyLinks.Link link = links.resolve(m.group(1)).orElseThrow();
        assertThat(link.surveyId()).isEqualTo(survey);
        assertThat(link.recipientId()).isNull();
        assertThat(link.companyId()).isNull();
        // a new one replaces it
        String body2 = mvc.perform(post("/api/v1/surveys/{id}/open-link", survey).with(users.as(world.advisor))
                .with(csrf())).andReturn().getResponse().getContentAsString();
        Matcher m2 = LINK.matcher((String) com.jayway.jsonpath.JsonPath.read(body2, "$.url"));
        assertThat(m2.find()).isTrue();
        assertThat(links.resolve(m.group(1))).isEmpty();
        assertThat(links.resolve(m2.group(1))).isPresent();
        mvc.perform(delete("/api/v1/surveys/{id}/open-link", survey).with(users.as(world.advisor)).with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(links.resolve(m2.group(1))).isEmpty();
    }

    @Test
    void anotherOrganisationsSurveyIsNotFound() throws Exception {
        long survey = world.survey(today().plusDays(14), true);
        SurveySendWorld other = SurveySendWorld.of(context, users);
        long company = consenting("NO", TestUsers.unique("t") + "@example.no", List.of());
        mvc.perform(get("/api/v1/surveys/{id}/recipients", survey).with(users.as(other.advisor)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/surveys/{id}/recipients", survey).with(users.as(other.advisor)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"COMPANY\",\"id\":" + company + "}"))
                .andExpect(status().isNotFound());
        for (String action : List.of("send", "remind", "open-link")) {
            mvc.perform(post("/api/v1/surveys/{id}/" + action, survey).with(users.as(other.advisor)).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/surveys/{id}/distribution", survey).with(users.as(other.advisor)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/surveys/{id}/distribution", survey).with(users.as(world.advisor)))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from survey_recipient where survey_id = ?", Integer.class,
                survey)).isZero();
    }

    @Test
    void theDistributionPageAddsAfterAPreviewAndSends() throws Exception {
        long survey = world.survey(today().plusDays(14), true);
        String email = TestUsers.unique("page") + "@example.no";
        long company = consenting("NO", email, List.of());
        String orgNumber = jdbc.queryForObject("select org_number from company_company where id = ?", String.class,
                company);
        String html = mvc.perform(post("/surveys/{id}/distribution/preview", survey).with(users.as(world.advisor))
                        .with(csrf()).param("kind", "COMPANY").param("countryCode", "NO").param("orgNumber", orgNumber))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains(email);
        mvc.perform(post("/surveys/{id}/distribution/recipients", survey).with(users.as(world.advisor)).with(csrf())
                        .param("kind", "COMPANY").param("countryCode", "NO").param("orgNumber", orgNumber))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/surveys/{id}/distribution/send", survey).with(users.as(world.advisor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(users.actingAs(world.advisor, () -> send.recipients(survey))).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(SurveyRecipient.Status.SENT));
    }

    @Test
    void anEventsParticipantsAreAddedWithTheirRegistrationConsentAndAMunicipalityWithoutConsentIsRefused()
            throws Exception {
        long survey = world.survey(today().plusDays(14), true);
        no.kobling.event.Events events = context.getBean(no.kobling.event.Events.class);
        String contact = TestUsers.unique("fair") + "@example.no";
        long company = world.company("NO", TestUsers.unique("c") + "@example.no", List.of());
        long event = users.actingAs(world.advisor, () -> {
            long e = events.createEvent(new no.kobling.event.Events.EventData(world.org, java.util.Set.of(), null,
                    "PLACE", "Ålesund", 48, null, "Europe/Oslo", java.util.Map.of("en",
                            new String[] {TestUsers.unique("Fair"), "d"})));
            events.registerCompany(e, company, "PARTNER", "Kari Nordmann", contact);
            return e;
        });
        AddResult result = users.actingAs(world.advisor, () -> send.add(survey,
                new SurveyAudience(SurveyAudience.Kind.EVENT, event, null, null, null, null)));
        assertThat(result.refused()).isEmpty();
        assertThat(result.added()).singleElement().satisfies(r -> {
            assertThat(r.email()).isEqualTo(contact);
            assertThat(r.companyId()).isEqualTo(company);
        });
        assertThat(users.actingAs(world.advisor, () -> consents.of(company)).records()).singleElement()
                .satisfies(c -> assertThat(c.how()).isEqualTo("event-registration"));
        // withdrawn after the registration: the registration no longer counts
        users.actingAs(world.advisor, () -> consents.withdraw(company));
        long second = world.survey(today().plusDays(14), true);
        AddResult again = users.actingAs(world.advisor, () -> send.add(second,
                new SurveyAudience(SurveyAudience.Kind.EVENT, event, null, null, null, null)));
        assertThat(again.added()).isEmpty();
        assertThat(again.refused()).singleElement()
                .satisfies(r -> assertThat(r.reason()).isEqualTo("recipient-no-consent"));
        // another organisation's staff may not use the event (it does not organise it)
        SurveySendWorld other = SurveySendWorld.of(context, users);
        long foreign = other.survey(today().plusDays(14), true);
        mvc.perform(post("/api/v1/surveys/{id}/recipients/preview", foreign).with(users.as(other.advisor))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"EVENT\",\"id\":" + event + "}"))
                .andExpect(status().isNotFound());
    }
}
