package no.kobling.event;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import no.kobling.browser.BrowserTest;
import no.kobling.event.domain.Event;
import no.kobling.identity.TestUsers;
import no.kobling.partnering.PartnerCases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A matchmaking event in Chromium: a representative and an advisor register two companies, the organiser approves
 * them, one requests a meeting and the other accepts, the organiser schedules (background run with progress,
 * proposal accepted), the representative sees the agenda, the organiser checks in and marks the meeting held —
 * and, when the partner-search cases are installed, finds the follow-up case. axe-core on every page.
 */
@Tag("browser")
class EventBrowserJourneyTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    void signIn(String username) {
        page.context().clearCookies();
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(TestUsers.PASSWORD);
        page.locator("form.stacked button[type=submit]").click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    Locator button(String text) {
        return page.locator("button", new Page.LocatorOptions().setHasText(text));
    }

    @Test
    void registerRequestScheduleAgendaCheckInAndHeld() {
        EventFixture f = new EventFixture(context);
        String organiser = f.organiser("Bedriftskompetanse");
        String advisor = f.user("adv", "Giske kommune", "ADVISOR");
        EventFixture.Rep a = f.company("Reise Alfa AS");
        long bId = f.companyData.create("Reise Beta AS", "1508", "25.62", 3, "Test", java.util.Set.of()).id();
        String bNumber = f.as(advisor, () -> f.companies.ref(bId)).orElseThrow().orgNumber();
        Event event = f.openEvent(organiser, 4, 2, null);
        String eventUrl = "/events/" + event.getId();

        // the representative registers the own company
        signIn(a.username());
        page.navigate(eventUrl);
        assertAccessible();
        page.locator("#companyId").selectOption(String.valueOf(a.companyId()));
        page.locator("#contactName").fill("Alfa Kontakt");
        page.locator("#consent1").check();
        page.locator("#register ~ form button[type=submit]").click();
        assertThat(page.locator("p.alert.success")).isVisible();
        // the advisor registers the other company by its number
        signIn(advisor);
        page.navigate(eventUrl);
        page.locator("#orgNumber").fill(bNumber);
        page.locator("#type").selectOption("SELLER");
        page.locator("#contactName").fill("Beta Kontakt");
        page.locator("#consent1").check();
        page.locator("#register ~ form button[type=submit]").click();
        assertThat(page.locator("p.alert.success")).isVisible();

        // the organiser approves both
        signIn(organiser);
        page.navigate(eventUrl);
        assertAccessible();
        button("Approve").first().click();
        button("Approve").first().click();
        assertThat(button("Approve")).hasCount(0);

        // the representative asks for a meeting
        signIn(a.username());
        page.navigate(eventUrl);
        page.locator("a", new Page.LocatorOptions().setHasText("Marketplace")).first().click();
        assertThat(page.locator("#results")).containsText("Reise Beta AS");
        assertAccessible();
        page.locator("#results textarea").first().fill("Shall we talk about welding?");
        page.locator("#results button[type=submit]").first().click();
        assertThat(page.locator("#requests ~ div table")).containsText("Reise Beta AS");

        // the advisor accepts on the other company's behalf
        signIn(advisor);
        page.navigate(eventUrl);
        page.locator("a", new Page.LocatorOptions().setHasText("Marketplace")).first().click();
        assertAccessible();
        button("Accept").first().click();
        assertThat(page.locator("#requests ~ div table")).containsText("Accepted");

        // the organiser schedules: a background run with progress, then the proposal is accepted
        signIn(organiser);
        page.navigate(eventUrl + "/schedule");
        assertAccessible();
        page.locator("#seconds").fill("2");
        button("Make a schedule proposal").click();
        assertThat(page.locator("#progress")).containsText("Proposal ready", new com.microsoft.playwright
                .assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertAccessible();
        button("Accept proposal").click();
        assertThat(page.locator("p.alert.success")).containsText("1 meeting moved.");

        // the representative sees the agenda
        signIn(a.username());
        page.navigate(eventUrl);
        page.locator("a", new Page.LocatorOptions().setHasText("Agenda")).first().click();
        assertThat(page.locator("table")).containsText("Reise Beta AS");
        assertAccessible();

        // on the day: check in and mark the meeting held on the table plan
        signIn(organiser);
        page.navigate(eventUrl);
        button("Check in").first().click();
        assertThat(button("Undo check-in")).hasCount(1);
        // a meeting is marked held once its time has come: the fixture's day is 10 March 2027, so the test clock
        // moves to that evening for this step
        no.kobling.support.MutableClock clock = context.getBean(no.kobling.support.MutableClock.class);
        clock.set(java.time.Instant.parse("2027-03-10T20:00:00Z"));
        try {
            page.navigate(eventUrl + "/plan");
            assertAccessible();
            button("Held").first().click();
            assertThat(page.locator(".table-plan")).containsText("Held");
        } finally {
            clock.reset();
        }
        page.navigate(eventUrl + "/report");
        assertAccessible();
        assertThat(page.locator("table")).containsText("Meetings held");

        if (context.getBeanProvider(PartnerCases.class).getIfAvailable() != null) {
            page.navigate(eventUrl + "/schedule");
            page.locator("a", new Page.LocatorOptions().setHasText("Follow-up case")).first().click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/cases/\\d+"));
            assertAccessible();
        }
    }
}
