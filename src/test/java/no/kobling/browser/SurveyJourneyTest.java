package no.kobling.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kobling.notification.application.MailOutbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Issue 15 point 8: the survey journey. A partnership coordinator ({@code koordinator}) builds a survey from the NPS
 * template with a closing date, records consent for three demo companies and adds them (one in Finnish), sends; the
 * invitations go through the outbox to GreenMail. The Finnish company opens its personal link on a phone (390×844),
 * answers and submits — axe-core clean and without sideways scrolling. Back as staff, the results page shows the
 * chart and its table with the one answer. Every staff page of the journey is checked with axe-core.
 */
class SurveyJourneyTest extends BrowserTest {

    static final Pattern LINK = Pattern.compile("(/public/surveys/[A-Za-z0-9_-]{43})(?![/A-Za-z0-9_-])");
    static final String FJORD = "952601814";
    static final String ULSTEIN = "966131861";
    static final String SULA = "909139090";
    static final String FJORD_MAIL = "post@fjordkanten-journey.example";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MailOutbox outbox;
    @Autowired
    Clock clock;

    @Test
    void buildsSendsAnswersInFinnishOnAPhoneAndSeesTheChart() throws Exception {
        login("koordinator");
        // the demo register has no company e-mail addresses: the coordinator gives them on the company pages
        companyEmail(FJORD, FJORD_MAIL);
        companyEmail(ULSTEIN, "post@ulstein-journey.example");
        companyEmail(SULA, "post@sula-journey.example");

        // a survey from the NPS template with a closing date
        page.navigate("/surveys/new");
        assertThat(page.locator("h1")).isVisible();
        assertAccessible();
        LocalDate closes = LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(14);
        page.locator("#template-nps").check();
        page.locator("#closesOn").fill(closes.toString());
        page.locator("main form.stacked button[type=submit]").click();
        page.waitForURL(url -> url.matches(".*/surveys/\\d+$"));
        long survey = Long.parseLong(page.url().replaceAll(".*/surveys/(\\d+)$", "$1"));
        assertThat(page.locator("main")).containsText("Hvor sannsynlig er det at du vil anbefale oss");
        assertAccessible();

        // sending: consent for three companies, then each added (Fjordkanten in Finnish)
        page.locator("main a[href$='/surveys/" + survey + "/distribution']").first().click();
        assertThat(page.locator("h1")).isVisible();
        assertAccessible();
        for (String org : List.of(FJORD, ULSTEIN, SULA)) {
            Locator consent = page.locator("form[action$='/distribution/consent']");
            consent.locator("#consent-country").selectOption("NO");
            consent.locator("#consent-org").fill(org);
            consent.locator("#consent-note").fill("Asked by phone on " + closes.minusDays(14));
            consent.locator("button[type=submit]").click();
            assertThat(page.locator(".alert.success")).isVisible();
        }
        assertAccessible();
        for (String org : List.of(FJORD, ULSTEIN, SULA)) {
            Locator company = page.locator("form", new Page.LocatorOptions().setHas(page.locator("#company-org")));
            company.locator("#company-country").selectOption("NO");
            company.locator("#company-org").fill(org);
            if (FJORD.equals(org)) {
                company.locator("#language-company").selectOption("fi");
            }
            company.locator("button[type=submit]").click();
            assertThat(page.locator("#preview")).isVisible();
            assertAccessible();
            page.locator("form[action$='/distribution/recipients'] button[type=submit]").click();
            assertThat(page.locator(".alert.success")).isVisible();
        }
        Locator recipients = page.locator("main table").first().locator("tbody tr");
        assertThat(recipients).hasCount(3);
        assertAccessible();

        page.locator("form[action$='/distribution/send'] button[type=submit]").click();
        assertThat(page.locator(".alert.success")).isVisible();
        assertAccessible();
        assertThat(jdbc.queryForObject("select count(*) from survey_recipient where survey_id = ?"
                + " and token_hash is not null", Integer.class, survey)).isEqualTo(3);

        // the invitations through the outbox to a real SMTP server; Fjordkanten's carries its personal link
        String link = invitationLink(FJORD_MAIL);

        // the company answers in Finnish on a phone, without a session
        try (BrowserContext phone = page.context().browser().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port).setLocale("fi-FI").setViewportSize(390, 844)
                .setBypassCSP(true))) {
            phone.setDefaultTimeout(15_000);
            Page p = phone.newPage();
            Page staff = page;
            page = p; // assertAccessible() checks this page
            try {
                p.navigate(link);
                assertThat(p.locator("html")).hasAttribute("lang", "fi");
                assertThat(p.locator("h1")).hasText("Kuinka tyytyväinen olet meihin?");
                assertThat(p.locator("main")).containsText("Kuinka todennäköisesti suosittelisit meitä");
                fitsAndIsAccessible(p);
                p.locator("input[type=radio][value='9']").check();
                p.locator("main textarea").fill("Hyvä yhteistyö");
                p.locator("button[value=SUBMIT]").click();
                assertThat(p.locator("main")).containsText("Kiitos vastauksistasi!");
                fitsAndIsAccessible(p);
            } finally {
                page = staff;
            }
        }

        // back as staff: the chart and its table with the one answer
        page.navigate("/surveys/" + survey);
        page.locator("main a[href$='/surveys/" + survey + "/results']").first().click();
        assertThat(page.locator("#completed")).hasText("1");
        assertThat(page.locator("#recipients")).hasText("3");
        Locator recommend = page.locator("article.survey-question", new Page.LocatorOptions()
                .setHasText("Hvor sannsynlig er det at du vil anbefale oss"));
        assertThat(recommend.locator("canvas.survey-chart")).hasCount(1);
        assertThat(recommend.locator("table.survey-counts tbody tr")).hasCount(11); // every value of 0–10
        assertThat(recommend.locator("table.survey-counts tr[data-key='9'] td.count")).hasText("1");
        assertThat(recommend.locator("table.survey-counts tr[data-key='8'] td.count")).hasText("0");
        assertThat(page.locator("main")).containsText("Hyvä yhteistyö");
        assertAccessible();
    }

    private void companyEmail(String orgNumber, String email) {
        long id = jdbc.queryForObject("select id from company_company where country_code = 'NO' and org_number = ?",
                Long.class, orgNumber);
        page.navigate("/companies/" + id + "/edit");
        page.locator("#email").fill(email);
        page.locator("main form.stacked button[type=submit]").click();
        page.waitForURL(url -> url.matches(".*/companies/" + id + "$"));
    }

    /** Delivers the outbox to a fresh GreenMail and answers the personal link mailed to {@code recipient}. */
    private String invitationLink(String recipient) throws Exception {
        int smtp;
        try (ServerSocket socket = new ServerSocket(0)) {
            smtp = socket.getLocalPort();
        }
        GreenMail mail = new GreenMail(new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(smtp);
            Properties props = new Properties();
            props.put("mail.smtp.connectiontimeout", "2000");
            props.put("mail.smtp.timeout", "5000");
            sender.setJavaMailProperties(props);
            Instant now = clock.instant().plusSeconds(1);
            for (int batch = 0; batch < 100 && outbox.deliverDue(now, "surveyjourney", sender) > 0; batch++) {
                // batches of 50 until nothing is due
            }
            List<MimeMessage> found = new ArrayList<>();
            int invitations = 0;
            for (MimeMessage m : mail.getReceivedMessages()) {
                Address[] all = m.getAllRecipients();
                String body = String.valueOf(m.getContent());
                if (all == null || !LINK.matcher(body).find()) {
                    continue;
                }
                invitations++;
                if (Arrays.stream(all).anyMatch(a -> a.toString().equalsIgnoreCase(recipient))) {
                    found.add(m);
                }
            }
            assertThat(invitations).as("three invitations").isEqualTo(3);
            assertThat(found).hasSize(1);
            String body = String.valueOf(found.get(0).getContent());
            assertThat(body).as("the invitation in Finnish").contains("Kuinka tyytyväinen olet meihin?");
            Matcher m = LINK.matcher(body);
            assertThat(m.find()).isTrue();
            return m.group(1);
        } finally {
            mail.stop();
        }
    }

    private void fitsAndIsAccessible(Page p) {
        Object width = p.evaluate("() => document.documentElement.scrollWidth");
        assertThat(((Number) width).intValue()).as(() -> "no horizontal scroll on " + p.url() + "; too wide: " + p.evaluate(
                "() => 'scrollX ' + window.scrollX + ': ' + [...document.querySelectorAll('body *')]"
                        + ".filter(e => e.getBoundingClientRect().right + window.scrollX > 390"
                        + " || e.scrollWidth > e.clientWidth + 1)"
                        + ".map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round("
                        + "e.getBoundingClientRect().left) + '-' + Math.round(e.getBoundingClientRect().right)"
                        + " + ' ' + e.scrollWidth + ' ' + (e.children.length ? '' : e.textContent.slice(0, 60))).slice(0, 12).join(' | ')"))
                .isLessThanOrEqualTo(390);
        assertAccessible();
    }
}
