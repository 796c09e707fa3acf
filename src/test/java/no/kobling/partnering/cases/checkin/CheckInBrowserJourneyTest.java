package no.kobling.partnering.cases.checkin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Matcher;
import no.kobling.browser.BrowserTest;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.partnering.PartnerCases;
import no.kobling.partnering.PartnerCases.MeetingHeld;
import no.kobling.partnering.cases.CaseTestData;
import no.kobling.partnering.cases.application.CheckInService;
import no.kobling.partnering.cases.domain.Side;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A Finnish company answers its check-in on a phone without JavaScript-dependent steps: the link opens the page with
 * the answer preselected, one button confirms; the facilitator sees who answered and who did not. axe-core on every
 * page (WCAG 2.1 AA), at phone width.
 */
class CheckInBrowserJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext spring;
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
    JdbcTemplate jdbc;

    @Test
    void aFinnishCompanyAnswersOnAPhoneAndTheFacilitatorSeesWhoDidNot() {
        CaseTestData data = new CaseTestData(spring, new TestUsers(userAdministration, userDetails, tokens));
        long id = SystemAccess.run(() -> partnerCases.meetingHeld(new MeetingHeld(data.companyNo, data.companySe,
                data.partnership, Instant.now().minus(20, ChronoUnit.DAYS), "event", "r-" + UUID.randomUUID())));
        String fi = "yhteys-" + UUID.randomUUID() + "@example.org";
        SystemAccess.run(() -> {
            checkIns.setContact(id, Side.A, "kontakt-" + UUID.randomUUID() + "@example.org", "nb");
            checkIns.setContact(id, Side.B, fi, "fi");
        });
        checkIns.sendDue(Instant.now());
        String body = jdbc.queryForObject("select body from notification_outbox where recipient = ?", String.class, fi);
        Matcher link = CheckInTest.LINK.matcher(body);
        org.assertj.core.api.Assertions.assertThat(link.find()).isTrue();

        page.setDefaultTimeout(60_000); // the first page of a cold server on a busy machine
        page.setDefaultNavigationTimeout(60_000);
        page.setViewportSize(375, 812);
        page.navigate("/public/checkins/" + link.group(1) + "?answer=IN_TALKS&lang=fi");
        assertThat(page.locator("h1")).hasText("Mitä on tapahtunut tapaamisenne jälkeen?");
        assertThat(page.locator("input[value=IN_TALKS]")).isChecked();
        assertAccessible();
        page.locator("form.stacked button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("Kiitos vastauksestasi");
        assertAccessible();

        page.navigate("/login");
        page.locator("#username").fill(data.facNo);
        page.locator("#password").fill(TestUsers.PASSWORD);
        page.locator("form.stacked button[type=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
        page.navigate("/cases/" + id + "?lang=nb");
        assertThat(page.locator("#checkins")).isVisible();
        assertThat(page.locator("table[aria-labelledby=checkins]")).containsText("Ikke svart");
        assertThat(page.locator("table[aria-labelledby=checkins]")).containsText("Vi er i samtaler");
        assertThat(page.locator("ol.thread")).containsText("svarte: Vi er i samtaler");
        assertAccessible();
        page.locator("table[aria-labelledby=checkins] button", new Page.LocatorOptions().setHasText("Påminn"))
                .click();
        assertThat(page.locator("table[aria-labelledby=checkins]")).containsText("påminnet");
        assertAccessible();
        page.navigate("/cases");
        assertAccessible();
    }
}
