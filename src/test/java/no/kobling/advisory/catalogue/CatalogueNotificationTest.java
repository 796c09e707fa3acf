package no.kobling.advisory.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.advisory.catalogue.application.BookingService;
import no.kobling.advisory.catalogue.application.ExpertFinder;
import no.kobling.advisory.catalogue.application.ReferralService;
import no.kobling.advisory.catalogue.application.ServiceCatalogue;
import no.kobling.advisory.catalogue.application.ServiceCommand;
import no.kobling.advisory.catalogue.domain.ReferralStatus;
import no.kobling.identity.SystemAccess;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 16 point 2 in the catalogue: a referral notifies the provider's people who answer it (and nobody else), a
 * booking notifies the booked expert, and the hub inbox lists the referrals that wait for an answer, with the answer
 * actions; another tenant's partnership answers 404.
 */
@IntegrationTest
class CatalogueNotificationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ServiceCatalogue catalogue;
    @Autowired
    ReferralService referrals;
    @Autowired
    BookingService bookings;
    @Autowired
    ExpertFinder finder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    CatalogueWorld w;

    @BeforeEach
    void setUp() {
        w = new CatalogueWorld(context);
    }

    long service(String name) {
        return w.users.actingAs(w.coordinator, () -> catalogue.create(new ServiceCommand(null,
                Map.of("nb", new ServiceCommand.Text(name, "Beskrivelse")), w.partnership, Set.of(), Set.of(), 5)))
                .id();
    }

    int notifications(String username, String kind) {
        return jdbc.queryForObject("select count(*) from notification_notification where user_id = ? and kind = ?",
                Integer.class, w.users.id(username), kind);
    }

    @Test
    void aReferralNotifiesTheProvidersAnsweringPeopleOnly() {
        String hubAdvisor = w.user("hub-adv", w.hub, "ADVISOR");
        String hubMentor = w.user("hub-mentor", w.hub, "MENTOR");
        String memberAdvisor = w.user("mem-adv", w.member, "ADVISOR");
        long service = service("Eksport");
        long company = w.company("Kunde", w.giske);

        w.users.actingAs(w.advisor, () -> referrals.refer(service, company, "please"));

        assertThat(notifications(w.coordinator, "REFERRAL_RECEIVED")).isEqualTo(1);
        assertThat(notifications(hubAdvisor, "REFERRAL_RECEIVED")).isEqualTo(1);
        assertThat(notifications(hubMentor, "REFERRAL_RECEIVED")).as("no LOG_ACTIVITIES: cannot answer").isZero();
        assertThat(notifications(w.advisor, "REFERRAL_RECEIVED")).as("the referrer").isZero();
        assertThat(notifications(memberAdvisor, "REFERRAL_RECEIVED")).as("another organisation").isZero();
        assertThat(notifications(w.outsiderCoordinator, "REFERRAL_RECEIVED")).isZero();
        assertThat(jdbc.queryForObject("select link from notification_notification where user_id = ? and kind = ?",
                String.class, w.users.id(hubAdvisor), "REFERRAL_RECEIVED"))
                .isEqualTo("/catalogue/services/" + service + "#referrals-heading");
    }

    @Test
    void aBookingNotifiesTheBookedExpertOnly() {
        long expert = w.expert("Booked", w.hub, w.giske, Set.of("nb"), Set.of("export"), true);
        String expertUser = w.user("expert", w.hub, "MENTOR");
        String otherExpertUser = w.user("other-expert", w.hub, "MENTOR");
        SystemAccess.run(() -> {
            w.actors.linkPersonToUser(expert, w.users.id(expertUser));
            finder.setCapacity(expert, 10);
        });
        long company = w.company("Client", w.giske);

        w.users.actingAs(w.advisor, () -> bookings.book(new BookingService.BookCommand(expert, company,
                YearMonth.now(clock), BigDecimal.valueOf(2), null, null, null)));

        assertThat(notifications(expertUser, "EXPERT_BOOKED")).isEqualTo(1);
        assertThat(notifications(otherExpertUser, "EXPERT_BOOKED")).isZero();
        assertThat(notifications(w.advisor, "EXPERT_BOOKED")).as("the one who booked").isZero();
    }

    @Test
    void theHubInboxListsWaitingReferralsWithAnswerActionsAndHidesOtherTenants() throws Exception {
        long service = service("Inbox service");
        long waiting = w.users.actingAs(w.advisor, () -> referrals.refer(service, w.company("Waiting", w.sula),
                null)).id();
        long accepted = w.users.actingAs(w.advisor, () -> referrals.refer(service, w.company("Taken", w.giske),
                null)).id();
        w.users.actingAs(w.coordinator, () -> referrals.move(accepted, "accept"));

        mvc.perform(get("/api/v1/catalogue/partnerships/{id}/inbox", w.partnership).with(w.users.as(w.coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + waiting + ")].actions[*]").value(
                        org.hamcrest.Matchers.containsInAnyOrder("accept", "decline")))
                .andExpect(jsonPath("$[?(@.id == " + accepted + ")]").isEmpty())
                .andExpect(jsonPath("$[*].status").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is(ReferralStatus.REFERRED.name()))));
        // the referring member sees its referral waiting, without the provider's actions
        mvc.perform(get("/api/v1/catalogue/partnerships/{id}/inbox", w.partnership).with(w.users.as(w.advisor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + waiting + ")].actions[*]").isEmpty());
        // another tenant: 404 on the API and on the page
        mvc.perform(get("/api/v1/catalogue/partnerships/{id}/inbox", w.partnership)
                .with(w.users.as(w.outsiderCoordinator))).andExpect(status().isNotFound());
        mvc.perform(get("/catalogue/partnerships/{id}/inbox", w.partnership).with(w.users.as(w.outsiderCoordinator)))
                .andExpect(status().isNotFound());

        // the page lists it with an accept button that answers and comes back to the inbox
        mvc.perform(get("/catalogue/partnerships/{id}/inbox", w.partnership).with(w.users.as(w.coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/catalogue/referrals/" + waiting + "/accept?inbox="
                        + w.partnership)))
                .andExpect(content().string(not(containsString("/catalogue/referrals/" + accepted + "/"))));
        mvc.perform(post("/catalogue/referrals/{id}/accept", waiting).param("inbox", String.valueOf(w.partnership))
                        .with(w.users.as(w.coordinator)).with(csrf()))
                .andExpect(redirectedUrl("/catalogue/partnerships/" + w.partnership + "/inbox"));
        assertThat(w.users.actingAs(w.coordinator, () -> referrals.get(waiting)).status())
                .isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(w.users.actingAs(w.coordinator, () -> referrals.inbox(w.partnership)))
                .noneMatch(r -> r.id() == waiting);
        List<?> empty = w.users.actingAs(w.outsiderCoordinator, () -> referrals.inbox(w.otherPartnership));
        assertThat(empty).isEmpty();
    }
}
