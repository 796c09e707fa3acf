package no.kobling.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.kobling.actor.Actors;
import no.kobling.actor.OrganisationData;
import no.kobling.actor.OrganisationKind;
import no.kobling.advisory.Advisory;
import no.kobling.company.Companies;
import no.kobling.company.CompanyTestData;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.UserAdministration.NewUser;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.partnering.PartnerProfiles;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The home page per role (issue 16 point 1): each demo role sees its own sections and no others, the grouped
 * navigation shows only the areas a role uses, and a user without data gets empty states that say what to do next.
 */
@IntegrationTest
class WorkspaceHomeTest {

    static final List<String> SECTIONS = List.of("advisor", "coordinator", "facilitator", "expert", "company", "funder",
            "admin");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAdministration userAdministration;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    Actors actors;
    @Autowired
    Companies companies;
    @Autowired
    Advisory advisory;
    @Autowired
    PartnerProfiles profiles;
    @Autowired
    Clock clock;

    TestUsers users;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userAdministration, userDetails, tokens);
    }

    @ParameterizedTest
    @CsvSource({
            "radgiver, advisor",
            "handledare, advisor",
            "koordinator, advisor coordinator",
            "samtalepart, advisor facilitator",
            "fasilitaattori, advisor facilitator",
            "mentor, expert",
            "bedrift, company",
            "finansierer, funder",
            "finansiar, funder",
            "admin, advisor coordinator facilitator admin"})
    void eachDemoRoleSeesItsSectionsAndNoOthers(String username, String expected) throws Exception {
        String page = home(username);
        List<String> shown = Arrays.asList(expected.split(" "));
        for (String section : SECTIONS) {
            assertThat(page.contains("id=\"home-" + section + "\""))
                    .as("%s sees section %s", username, section).isEqualTo(shown.contains(section));
        }
        assertThat(page).doesNotContain("id=\"home-general\"");
    }

    @Test
    void sectionsCarryWhatWaitsForEachRole() throws Exception {
        // the advisor's button to log a visit
        assertThat(home("radgiver")).contains("href=\"/advisory/quick\"");
        // the coordinator: the partnership's pyramid with its levels, and the registrations block (MANAGE_EVENTS)
        String coordinator = home("koordinator");
        assertThat(coordinator).contains("/advisory/pyramid?partnershipId=").contains("id=\"home-registrations\"")
                .contains("id=\"home-referrals-waiting\"").contains("id=\"home-overdue-cases\"");
        // the funder: the project its organisation funds, linked to the funder's view
        assertThat(home("finansierer")).contains("Næringsvennlig region Sunnmøre").contains("href=\"/funding/");
        // the company representative of Giske Digital
        assertThat(home("bedrift")).contains("Giske Digital").contains("id=\"home-company-events\"");
        // the administrator: users, outbox and the last import
        assertThat(home("admin")).contains("id=\"home-outbox-pending\"").contains("href=\"/admin/users\"")
                .contains("href=\"/companies/imports");
    }

    @Test
    void navigationShowsOnlyTheAreasARoleUses() throws Exception {
        String advisor = home("radgiver");
        assertThat(advisor).contains("id=\"nav-register\"", "id=\"nav-advisory\"", "id=\"nav-events\"",
                "id=\"nav-projects\"").doesNotContain("id=\"nav-partnering\"", "id=\"nav-admin\"",
                "href=\"/admin/users\"");
        String company = home("bedrift");
        assertThat(company).contains("id=\"nav-partnering\"", "href=\"/partnering\"", "id=\"nav-events\"")
                .doesNotContain("id=\"nav-advisory\"", "id=\"nav-projects\"", "id=\"nav-admin\"",
                        "href=\"/cases\"");
        String admin = home("admin");
        assertThat(admin).contains("id=\"nav-admin\"", "href=\"/companies/imports\"", "href=\"/admin/users\"",
                "href=\"/admin/roles\"", "href=\"/admin/audit\"", "aria-labelledby=\"nav-admin-title\"");
        // every group has a heading and a disclosure button for phones
        assertThat(count(admin, "class=\"nav-group-title\"")).isEqualTo(count(admin, "class=\"nav-group-toggle\""))
                .isEqualTo(6);
    }

    @Test
    void theCurrentPageIsMarkedAndItsGroupIsOpen() throws Exception {
        String page = mvc.perform(get("/advisory").with(users.as("radgiver")).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("href=\"/advisory\"[^>]*aria-current=\"page\"")
                .containsPattern("aria-controls=\"nav-advisory\"[^>]*aria-expanded=\"true\"")
                .containsPattern("aria-controls=\"nav-register\"[^>]*aria-expanded=\"false\"")
                .containsPattern("id=\"nav-advisory\"[^>]*class=\"open\"");
    }

    @Test
    void usersWithoutDataSeeEmptyStatesThatSayWhatToDoNext() throws Exception {
        String advisor = home(users.create("home-adv", "ADVISOR"));
        assertThat(advisor).contains("No follow-ups are due this week.", "Log a visit and set a follow-up date",
                "You have not logged work for a company yet.", "Find a company in the register");
        String coordinator = home(users.create("home-coord", "PARTNERSHIP_COORDINATOR"));
        assertThat(coordinator).contains("Your organisation is not in any partnership yet.",
                "No referrals are waiting for an answer.", "There are no open partner cases.",
                "No registrations are waiting for approval.");
        String facilitator = home(users.create("home-fac", "FACILITATOR"));
        assertThat(facilitator).contains("There are no open partner cases.", "href=\"/cases\"");
        String mentor = home(users.create("home-mentor", "MENTOR"));
        assertThat(mentor).contains("You are not listed as an expert yet.");
        String company = home(users.create("home-rep", "COMPANY_REPRESENTATIVE"));
        assertThat(company).contains("Your account is not linked to a company yet.",
                "Your company does not take part in any event yet.", "Find a matchmaking event")
                .doesNotContain("id=\"home-profile-guide\"");
        String funder = home(users.create("home-funder", "FUNDER"));
        assertThat(funder).contains("No project names your organisation as its funder yet.");
        for (String page : List.of(advisor, coordinator, facilitator, mentor, company, funder)) {
            // never a bare empty list or table
            assertThat(page).doesNotContain("<ul class=\"home-list\"").doesNotContain("<table");
        }
    }

    @Test
    void aCompanyWithoutPartnerProfileGetsTheGuideUntilItHasOne() throws Exception {
        String name = TestUsers.unique("Guide AS");
        long company = SystemAccess.run(() -> companies.register(new Companies.CompanyData("NO",
                CompanyTestData.norwegianNumber(), name, "AS", null, null, 3, null, Set.of())));
        String rep = users.create("home-guide", "COMPANY_REPRESENTATIVE");
        SystemAccess.run(() -> {
            companies.addRepresentative(company, rep);
            return null;
        });
        assertThat(home(rep)).contains("id=\"home-profile-guide\"", name,
                "href=\"/partnering/profiles/" + company + "/edit\"");
        SystemAccess.run(() -> {
            profiles.saveProfile(new PartnerProfiles.ProfileData(company, null, "We weld steel structures.",
                    "Customers in Finland.", Set.of("welding"), Set.of("shipbuilding"), Set.of("CUSTOMER"),
                    Set.of(), Set.of("FI"), Set.of("en"), false));
            return null;
        });
        assertThat(home(rep)).doesNotContain("id=\"home-profile-guide\"")
                .contains("href=\"/partnering/profiles/" + company + "\"");
    }

    @Test
    void anAdvisorsOverdueFollowUpAndCompanyAppear() throws Exception {
        long organisation = SystemAccess.run(() -> actors.createOrganisation(new OrganisationData(
                TestUsers.unique("Home office"), OrganisationKind.BUSINESS_GARDEN, "NO", null, null, null, null, null,
                null, null)));
        String advisor = TestUsers.unique("home-fu");
        SystemAccess.run(() -> userAdministration.createUser(new NewUser(advisor, "Test " + advisor, null,
                TestUsers.PASSWORD, organisation, Set.of("ADVISOR"), "en")));
        String name = TestUsers.unique("Oppfølging AS");
        long company = SystemAccess.run(() -> companies.register(new Companies.CompanyData("NO",
                CompanyTestData.norwegianNumber(), name, "AS", null, null, 3, null, Set.of())));
        LocalDate today = LocalDate.now(clock);
        long activity = users.actingAs(advisor, () -> advisory.logActivity(new Advisory.ActivityData("VISIT",
                today.minusDays(10), BigDecimal.ONE, organisation, Set.of(users.id(advisor)), Set.of(company),
                "first visit", false, today.minusDays(3))));
        String page = home(advisor);
        assertThat(page).contains("href=\"/advisory/activities/" + activity + "\"", "1 follow-up overdue",
                "href=\"/advisory/companies/" + company + "\"", name)
                .doesNotContain("No follow-ups are due this week.", "You have not logged work for a company yet.");
    }

    private String home(String username) throws Exception {
        return mvc.perform(get("/").with(users.as(username)).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
