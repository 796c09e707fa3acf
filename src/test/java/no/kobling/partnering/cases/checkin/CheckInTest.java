package no.kobling.partnering.cases.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kobling.actor.ActorTestSupport;
import no.kobling.company.Companies;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.notification.application.MailOutbox;
import no.kobling.partnering.PartnerCases;
import no.kobling.partnering.PartnerCases.MeetingHeld;
import no.kobling.partnering.PartneringFacts;
import no.kobling.partnering.cases.CaseTestData;
import no.kobling.partnering.cases.application.CheckInService;
import no.kobling.shared.FactsFilter;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Follow-up check-ins (issue 15, point 7) against the real database and a real SMTP server (GreenMail): the job mails
 * both companies at the follow-up date in their languages, once; a company answers through the public page (a GET
 * only shows, the POST answers, once); the answer lands in the thread and notifies the facilitators; its outcome
 * counts only after a facilitator confirms it; only companies that did not answer are chased, once a day; another
 * tenant gets 404.
 */
@IntegrationTest
class CheckInTest {

    static final Pattern LINK = Pattern.compile("/public/checkins/([A-Za-z0-9_-]{20,})\\?answer=");

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
    @Autowired
    PartnerCases partnerCases;
    @Autowired
    CheckInService checkIns;
    @Autowired
    PartneringFacts facts;
    @Autowired
    MailOutbox outbox;

    @Autowired
    no.kobling.notification.persistence.OutboxStore outboxStore;
    @Autowired
    Companies companies;
    @Autowired
    JdbcTemplate jdbc;

    TestUsers users;
    CaseTestData data;
    long companyFi;
    String mailNo;
    String mailFi;

    @Autowired
    no.kobling.support.MutableClock clock;
    @Autowired
    no.kobling.actor.ActorZones zones;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userAdministration, userDetails, tokens);
        data = new CaseTestData(context, users);
        companyFi = SystemAccess.run(() -> companies.register(new Companies.CompanyData("FI", finnishNumber(),
                ActorTestSupport.unique("Kaivos Oy"), "OY", "09.90", null, 20, "Kaivokset", Set.of())));
        mailNo = "kontakt-" + UUID.randomUUID() + "@sveis.example";
        mailFi = "yhteys-" + UUID.randomUUID() + "@kaivos.example";
    }

    /** A valid Finnish business id (Y-tunnus) that is not registered yet. */
    static String finnishNumber() {
        return no.kobling.company.TestOrgNumbers.finland();
    }

    ResultActions api(String method, String user, String path, String json, Object... vars) throws Exception {
        var request = switch (method) {
            case "GET" -> get(path, vars);
            case "PUT" -> put(path, vars);
            default -> post(path, vars);
        };
        request = request.with(users.as(user)).with(csrf());
        if (json != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }

    /** A case of the Norwegian and the Finnish company whose first follow-up (+14 days) was due 6 days ago. */
    long caseWithContacts() throws Exception {
        long id = SystemAccess.run(() -> partnerCases.meetingHeld(new MeetingHeld(data.companyNo, companyFi,
                data.partnership, Instant.now().minus(20, ChronoUnit.DAYS), "event", "r-" + UUID.randomUUID())));
        api("PUT", data.facNo, "/api/v1/cases/{id}/checkins/contacts/A", "{\"email\":\"" + mailNo
                + "\",\"language\":\"nb\"}", id).andExpect(status().isOk());
        api("PUT", data.facFi, "/api/v1/cases/{id}/checkins/contacts/B", "{\"email\":\"" + mailFi
                + "\",\"language\":\"fi\"}", id).andExpect(status().isOk())
                .andExpect(jsonPath("$.contacts[1].language").value("fi"));
        return id;
    }

    int outboxCount(String address) {
        return jdbc.queryForObject("select count(*) from notification_outbox where recipient = ?", Integer.class,
                address);
    }

    /** The token of the newest check-in e-mail to the address. */
    String token(String address) {
        String body = jdbc.queryForObject("select body from notification_outbox where recipient = ? order by id desc "
                + "fetch first 1 rows only", String.class, address);
        Matcher m = LINK.matcher(body);
        assertThat(m.find()).as("a link in %s", body).isTrue();
        return m.group(1);
    }

    long checkInOf(long caseId, String side) {
        return jdbc.queryForObject("select id from cases_checkin where case_id = ? and side = ?", Long.class, caseId,
                side);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static List<MimeMessage> to(GreenMail mail, String recipient) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            Address[] all = m.getAllRecipients();
            if (all != null && Arrays.stream(all).anyMatch(a -> a.toString().equals(recipient))) {
                found.add(m);
            }
        }
        return found;
    }

    @Test
    void bothCompaniesGetTheCheckInOnceInTheirLanguageByEmail() throws Exception {
        long id = caseWithContacts();
        Instant now = Instant.now();
        int port = freePort();
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            assertThat(checkIns.sendDue(now)).isGreaterThanOrEqualTo(2);
            assertThat(checkIns.sendDue(now)).as("the job run twice sends nothing more for this case").isZero();
            checkIns.sendDue(now.plusSeconds(3600));
            assertThat(outboxCount(mailNo)).isEqualTo(1);
            assertThat(outboxCount(mailFi)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from cases_checkin where case_id = ?", Integer.class, id))
                    .as("one per company for the follow-up that is due; none for the later ones").isEqualTo(2);

            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(port);
            no.kobling.support.OutboxDrain.drain(outbox, outboxStore, Instant.now(), "checkin-test", sender);
            List<MimeMessage> no = to(mail, mailNo);
            List<MimeMessage> fi = to(mail, mailFi);
            assertThat(no).hasSize(1);
            assertThat(fi).hasSize(1);
            assertThat(no.get(0).getSubject()).contains("hva har skjedd siden dere møttes?");
            assertThat(fi.get(0).getSubject()).contains("mitä on tapahtunut tapaamisenne jälkeen?");
            String body = String.valueOf(fi.get(0).getContent());
            assertThat(body).contains("Neuvottelemme").contains("/public/checkins/").contains("answer=DEAL")
                    .contains("lang=fi");
        } finally {
            mail.stop();
        }
        // no contact, no check-in; the case page names the company that was not asked
        assertThat(jdbc.queryForObject("select count(*) from cases_checkin c join cases_case k on k.id = c.case_id "
                + "where k.id = ? and c.email not in (?, ?)", Integer.class, id, mailNo, mailFi)).isZero();
    }

    @Test
    void anAnswerThroughTheLinkLandsInTheThreadAndCountsOnlyOnceConfirmed() throws Exception {
        long id = caseWithContacts();
        checkIns.sendDue(Instant.now());
        String token = token(mailFi);

        // opening the link (as a mail scanner would) answers nothing
        mvc.perform(get("/public/checkins/{t}", token).param("answer", "DEAL").param("lang", "fi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vahvista vastaus")))
                .andExpect(content().string(containsString("value=\"DEAL\" required checked=\"checked\"")));
        assertThat(jdbc.queryForObject("select status from cases_checkin where id = ?", String.class,
                checkInOf(id, "B"))).isEqualTo("SENT");

        // bad input: a deal without a value, with a value but an unknown currency, no answer at all
        mvc.perform(post("/public/checkins/{t}", token).with(otherAddress()).param("lang", "fi").param("answer", "DEAL").with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Anna kaupan arvo")));
        mvc.perform(post("/public/checkins/{t}", token).with(otherAddress()).param("lang", "fi").param("answer", "DEAL")
                .param("amount", "125000").param("currency", "USD").with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("NOK, SEK tai EUR")));
        mvc.perform(post("/public/checkins/{t}", token).with(otherAddress()).param("lang", "fi").param("amount", "1,005")
                .param("answer", "DEAL").param("currency", "EUR").with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/public/checkins/{t}", token).with(otherAddress()).param("lang", "fi").with(csrf()))
                .andExpect(status().isUnprocessableContent());

        mvc.perform(post("/public/checkins/{t}", token).with(otherAddress()).param("lang", "fi").param("answer", "DEAL")
                .param("amount", "125000,50").param("currency", "EUR").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kiitos vastauksestasi")));

        // a second answer through the same link is refused with a clear page
        mvc.perform(post("/public/checkins/{t}", token).with(otherAddress()).param("lang", "fi").param("answer", "NO_FIT").with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Tähän kysymykseen on jo vastattu")));
        mvc.perform(get("/public/checkins/{t}", token).param("lang", "fi")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Jo vastattu")));
        // an unknown link: the token with its first character changed (a random token starts with "x" one time in 64,
        // so the replacement must differ from it)
        String unknown = (token.charAt(0) == 'x' ? "y" : "x") + token.substring(1);
        mvc.perform(get("/public/checkins/{t}", unknown).param("lang", "en"))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("Link not found")));
        mvc.perform(post("/public/checkins/{t}", "nonsense").with(otherAddress()).param("answer", "DEAL").with(csrf()))
                .andExpect(status().isNotFound());

        // in the thread as a system entry naming the company; both facilitators notified
        String company = jdbc.queryForObject("select name from company_company where id = ?", String.class, companyFi);
        api("GET", data.facNo, "/api/v1/cases/{id}", null, id).andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].kind").value("CHECKIN"))
                .andExpect(jsonPath("$.entries[0].author").value(company))
                .andExpect(jsonPath("$.entries[0].body").value("DEAL 125000.50 EUR"))
                .andExpect(jsonPath("$.outcomes.length()").value(0));
        for (String f : List.of(data.facNo, data.facFi)) {
            assertThat(jdbc.queryForObject("select count(*) from notification_notification where user_id = ? and "
                    + "message_key = 'checkin.notify.answered'", Integer.class, data.id(f))).isEqualTo(1);
        }
        api("GET", data.facNo, "/cases/{id}", null, id).andExpect(status().isOk())
                .andExpect(content().string(containsString(company + " svarte: En avtale 125000.50 EUR")));
        // users may not write check-in entries themselves
        api("POST", data.facNo, "/api/v1/cases/{id}/entries", "{\"kind\":\"CHECKIN\",\"body\":\"DEAL 1 EUR\"}", id)
                .andExpect(status().isUnprocessableContent());

        // not counted before a facilitator confirms it
        assertThat(transactions(id)).isEmpty();
        long ci = checkInOf(id, "B");
        api("POST", data.facNo, "/api/v1/cases/{id}/checkins/{c}/confirm", null, id, ci).andExpect(status().isOk())
                .andExpect(jsonPath("$.followUps[0].checkIns[1].status").value("CONFIRMED"));
        assertThat(transactions(id)).singleElement().satisfies(o -> {
            assertThat(o.amount()).isEqualByComparingTo(new BigDecimal("125000.50"));
            assertThat(o.currency()).isEqualTo("EUR");
        });
        api("GET", data.facNo, "/api/v1/cases/{id}", null, id).andExpect(jsonPath("$.outcomes.length()").value(1))
                .andExpect(jsonPath("$.card.stage").value("OUTCOME"));
        api("POST", data.facNo, "/api/v1/cases/{id}/checkins/{c}/confirm", null, id, ci)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("checkin-not-open"));
    }

    List<PartneringFacts.OutcomeFact> transactions(long caseId) {
        LocalDate today = LocalDate.now();
        return SystemAccess.run(() -> facts.outcomes(new FactsFilter(data.partnership, Set.of(), Set.of(),
                today.minusDays(40), today.plusDays(2), null), Set.of("TRANSACTION"))).stream()
                .filter(o -> o.caseId() == caseId).toList();
    }

    /**
     * "Reminded today" is one day for the offer and the rule: the partnership's day. At 23:30 in Oslo it is already
     * tomorrow in Helsinki; the Finnish facilitator was offered a second reminder that the rule refused.
     */
    @Test
    void aReminderIsOfferedOnlyWhenTheRuleWouldAcceptItWhateverTheViewersZone() throws Exception {
        java.time.ZoneId zone = zones.partnership(data.partnership);
        Instant lateEvening = LocalDate.now(zone).atTime(23, 30).atZone(zone).toInstant();
        clock.set(lateEvening);
        try {
            long id = caseWithContacts();
            checkIns.sendDue(lateEvening);
            long b = checkInOf(id, "B");
            api("POST", data.facFi, "/api/v1/cases/{id}/checkins/{c}/remind", null, id, b).andExpect(status().isOk())
                    .andExpect(jsonPath("$.followUps[0].checkIns[1].mayRemind").value(false));
            api("GET", data.facFi, "/api/v1/cases/{id}/checkins", null, id)
                    .andExpect(jsonPath("$.followUps[0].checkIns[1].mayRemind").value(false));
            api("POST", data.facFi, "/api/v1/cases/{id}/checkins/{c}/remind", null, id, b)
                    .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("checkin-reminded-today"));
            // an hour later it is past midnight in Oslo too: a new day for the partnership, so a reminder again
            clock.set(lateEvening.plus(1, ChronoUnit.HOURS));
            api("GET", data.facFi, "/api/v1/cases/{id}/checkins", null, id)
                    .andExpect(jsonPath("$.followUps[0].checkIns[1].mayRemind").value(true));
            api("POST", data.facFi, "/api/v1/cases/{id}/checkins/{c}/remind", null, id, b).andExpect(status().isOk());
        } finally {
            clock.reset();
        }
    }

    @Test
    void onlyCompaniesThatDidNotAnswerAreChasedOnceADayAndDismissedAnswersNeverCount() throws Exception {
        long id = caseWithContacts();
        checkIns.sendDue(Instant.now());
        mvc.perform(post("/public/checkins/{t}", token(mailNo)).with(otherAddress()).param("lang", "nb").param("answer", "NO_FIT")
                .with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("Takk for svaret")));
        long a = checkInOf(id, "A");
        long b = checkInOf(id, "B");
        api("GET", data.facFi, "/api/v1/cases/{id}/checkins", null, id).andExpect(status().isOk())
                .andExpect(jsonPath("$.followUps[0].checkIns[0].status").value("ANSWERED"))
                .andExpect(jsonPath("$.followUps[0].checkIns[0].mayRemind").value(false))
                .andExpect(jsonPath("$.followUps[0].checkIns[1].status").value("SENT"))
                .andExpect(jsonPath("$.followUps[0].checkIns[1].mayRemind").value(true));
        // the case page and the board show who answered and who did not, with "remind" for the latter only
        api("GET", data.facFi, "/cases/{id}", null, id).andExpect(status().isOk())
                .andExpect(content().string(containsString("/checkins/" + b + "/remind")))
                .andExpect(content().string(not(containsString("/checkins/" + a + "/remind"))));
        api("GET", data.facFi, "/cases", null).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ei vastattu")));

        api("POST", data.facFi, "/api/v1/cases/{id}/checkins/{c}/remind", null, id, a)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("checkin-answered"));
        api("POST", data.facFi, "/api/v1/cases/{id}/checkins/{c}/remind", null, id, b).andExpect(status().isOk())
                .andExpect(jsonPath("$.followUps[0].checkIns[1].mayRemind").value(false));
        assertThat(outboxCount(mailFi)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select subject from notification_outbox where recipient = ? order by id desc "
                + "fetch first 1 rows only", String.class, mailFi)).startsWith("Muistutus");
        api("POST", data.facFi, "/api/v1/cases/{id}/checkins/{c}/remind", null, id, b)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("checkin-reminded-today"));
        assertThat(outboxCount(mailNo)).as("the company that answered is not chased").isEqualTo(1);

        // the reminder's fresh link answers too
        mvc.perform(post("/public/checkins/{t}", token(mailFi)).with(otherAddress()).param("lang", "fi").param("answer", "IN_TALKS")
                .with(csrf())).andExpect(status().isOk());
        api("POST", data.facFi, "/api/v1/cases/{id}/checkins/{c}/confirm", null, id, b)
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("checkin-no-outcome"));

        // "no fit" kept as information: no outcome
        api("POST", data.facFi, "/api/v1/cases/{id}/checkins/{c}/dismiss", null, id, a).andExpect(status().isOk())
                .andExpect(jsonPath("$.followUps[0].checkIns[0].status").value("DISMISSED"));
        api("GET", data.facFi, "/api/v1/cases/{id}", null, id).andExpect(jsonPath("$.outcomes.length()").value(0));
        api("POST", data.facFi, "/api/v1/cases/{id}/checkins/{c}/confirm", null, id, a)
                .andExpect(status().isConflict());
    }

    @Test
    void anotherTenantGets404AndBadContactsAreRefused() throws Exception {
        long id = caseWithContacts();
        checkIns.sendDue(Instant.now());
        long b = checkInOf(id, "B");
        api("GET", data.facOutside, "/api/v1/cases/{id}/checkins", null, id).andExpect(status().isNotFound());
        for (String action : List.of("confirm", "dismiss", "remind")) {
            api("POST", data.facOutside, "/api/v1/cases/{id}/checkins/{c}/" + action, null, id, b)
                    .andExpect(status().isNotFound());
        }
        api("PUT", data.facOutside, "/api/v1/cases/{id}/checkins/contacts/A", "{\"email\":\"x@y.no\",\"language\":"
                + "\"nb\"}", id).andExpect(status().isNotFound());
        api("POST", data.facOutside, "/cases/{id}/checkins/{c}/remind", null, id, b).andExpect(status().isNotFound());
        // a coordinator reads but does not act
        api("GET", data.coordinator, "/api/v1/cases/{id}/checkins", null, id).andExpect(status().isOk());
        api("POST", data.coordinator, "/api/v1/cases/{id}/checkins/{c}/remind", null, id, b)
                .andExpect(status().isForbidden());
        // a check-in of another case through this case's path
        String body = api("POST", data.facNo, "/api/v1/cases", data.newCaseJson()).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long other = ((Number) com.jayway.jsonpath.JsonPath.read(body, "$.card.id")).longValue();
        api("POST", data.facNo, "/api/v1/cases/{id}/checkins/{c}/remind", null, other, b)
                .andExpect(status().isNotFound());

        api("PUT", data.facNo, "/api/v1/cases/{id}/checkins/contacts/A", "{\"email\":\"not-an-address\","
                + "\"language\":\"nb\"}", id).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("checkin-email-invalid"));
        api("PUT", data.facNo, "/api/v1/cases/{id}/checkins/contacts/A", "{\"email\":\"a@b.no\",\"language\":\"de\"}",
                id).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("checkin-language-invalid"));
    }

    @Test
    void anUnsubscribedContactGetsNoMoreCheckInsOrReminders() throws Exception {
        long id = caseWithContacts();
        checkIns.sendDue(Instant.now());
        String token = token(mailNo);
        mvc.perform(get("/public/checkins/{t}/unsubscribe", token).param("lang", "nb")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Meld av")));
        mvc.perform(post("/public/checkins/{t}/unsubscribe", token).with(otherAddress()).param("lang", "nb").with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Avmeldt")));
        api("POST", data.facNo, "/api/v1/cases/{id}/checkins/{c}/remind", null, id, checkInOf(id, "A"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("checkin-unsubscribed"));
        // the next follow-up date (+3 months): only the subscribed company is asked
        long second = jdbc.queryForObject("select due_on from cases_follow_up where case_id = ? order by due_on "
                + "offset 1 rows fetch first 1 rows only", java.sql.Date.class, id).toLocalDate().toEpochDay();
        Instant then = LocalDate.ofEpochDay(second).atTime(12, 0).toInstant(java.time.ZoneOffset.UTC);
        checkIns.sendDue(then);
        assertThat(outboxCount(mailNo)).isEqualTo(1);
        assertThat(outboxCount(mailFi)).isEqualTo(2);
    }

    /** Public posts come from many addresses: the per-address rate limit of public forms is not what this tests. */
    static org.springframework.test.web.servlet.request.RequestPostProcessor otherAddress() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        String address = "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
