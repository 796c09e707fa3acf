package no.kobling.partnering.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import no.kobling.company.Companies;
import no.kobling.company.CompanyTestData;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.UserAdministration.NewUser;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.partnering.cases.application.CaseCommands.NewCase;
import no.kobling.partnering.cases.application.CaseService;
import no.kobling.partnering.cases.domain.Consent;
import no.kobling.partnering.cases.domain.Side;
import no.kobling.shared.LocalDay;
import no.kobling.shared.Zones;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The case board's filters (ws16 point 3): stage, facilitator, partnership, overdue follow-up; server-rendered, the
 * htmx request gets only the results, the export keeps the filters, and a filter never widens what a user sees.
 */
@IntegrationTest
class CaseBoardFilterTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserAdministration admin;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    CaseService cases;
    @Autowired
    Companies companies;
    @Autowired
    Clock clock;

    TestUsers users;
    CaseTestData data;
    String facNo2;
    String nameMapping;
    String nameOverdue;
    long mapping;
    long overdue;

    @BeforeEach
    void world() {
        users = new TestUsers(admin, userDetails, tokens);
        data = new CaseTestData(context, users);
        facNo2 = TestUsers.unique("fac-no2");
        SystemAccess.run(() -> admin.createUser(new NewUser(facNo2, "Test " + facNo2, facNo2 + "@example.org",
                TestUsers.PASSWORD, data.orgNo, Set.of("FACILITATOR"), "en")));
        nameMapping = TestUsers.unique("Kartlegging AS");
        nameOverdue = TestUsers.unique("Forfalt AS");
        long a1 = company(nameMapping);
        long a2 = company(nameOverdue);
        mapping = users.actingAs(data.facNo, () -> cases.create(new NewCase(data.partnership, a1, data.companySe,
                Set.of(), data.id(data.facNo), data.id(data.facFi), null)));
        overdue = users.actingAs(facNo2, () -> {
            long id = cases.create(new NewCase(data.partnership, a2, data.companySe, Set.of(), data.id(facNo2),
                    data.id(data.facFi), null));
            LocalDate today = LocalDay.today(clock, Zones.OSLO);
            cases.recordConsent(id, Side.A, new Consent("Kari", today.minusDays(130), "phone"), null);
            cases.recordConsent(id, Side.B, new Consent("Karin", today.minusDays(130), "e-mail"), null);
            cases.recordMeetingOn(id, today.minusDays(120));
            return id;
        });
    }

    @Test
    void eachFilterNarrowsTheBoard() throws Exception {
        String p = "?partnershipId=" + data.partnership;
        assertShown(board(data.facNo, p), mapping, overdue);
        assertShown(board(data.facNo, p + "&stage=MAPPING"), mapping);
        assertShown(board(data.facNo, p + "&stage=FOLLOW_UP"), overdue);
        assertShown(board(data.facNo, p + "&facilitatorId=" + data.id(facNo2)), overdue);
        assertShown(board(data.facNo, p + "&facilitatorId=" + data.id(data.facFi)), mapping, overdue);
        assertShown(board(data.facNo, p + "&overdue=true"), overdue);
        assertShown(board(data.facNo, p + "&overdue=true&stage=MAPPING"));
        String page = board(data.facNo, p + "&overdue=true&stage=MAPPING");
        assertThat(page).contains("Ingen saker passer filtrene.").contains("href=\"/cases\""); // the facilitator reads bokmål
        // the filter form offers the partnership's facilitators and keeps the chosen values
        String all = board(data.facNo, p + "&stage=FOLLOW_UP&overdue=true");
        assertThat(all).contains("Test " + facNo2).contains("hx-get=\"/cases\"")
                .contains("<option value=\"FOLLOW_UP\" selected=\"selected\"")
                .contains("id=\"overdue\" name=\"overdue\" value=\"true\" checked=\"checked\"")
                .contains("stage=FOLLOW_UP").contains("overdue=true");
        // an unknown stage is no filter the server accepts
        mvc.perform(get("/cases?stage=NOPE").with(users.as(data.facNo))).andExpect(status().isNotFound());
    }

    @Test
    void htmxGetsOnlyTheResults() throws Exception {
        String fragment = mvc.perform(get("/cases?partnershipId=" + data.partnership + "&stage=MAPPING")
                .header("HX-Request", "true").with(users.as(data.facNo))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(fragment).contains("id=\"case-board-results\"").doesNotContain("<html")
                .doesNotContain("id=\"case-filters\"").contains("/cases/" + mapping + "\"")
                .doesNotContain("/cases/" + overdue + "\"");
    }

    @Test
    void theExportKeepsTheFilters() throws Exception {
        byte[] csv = mvc.perform(get("/cases/export.csv?partnershipId=" + data.partnership + "&overdue=true")
                .with(users.as(data.facNo))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains(nameOverdue).doesNotContain(nameMapping);
    }

    @Test
    void aFilterNeverWidensWhatAUserSees() throws Exception {
        // a facilitator of another tenant filters by this partnership's facilitator: still nothing
        String page = board(data.facOutside, "?facilitatorId=" + data.id(data.facNo) + "&partnershipId="
                + data.partnership);
        assertThat(page).doesNotContain("/cases/" + mapping + "\"").doesNotContain("/cases/" + overdue + "\"")
                .doesNotContain("Test " + facNo2);
    }

    private void assertShown(String page, long... ids) {
        for (long id : new long[] {mapping, overdue}) {
            boolean expected = java.util.Arrays.stream(ids).anyMatch(x -> x == id);
            assertThat(page.contains("href=\"/cases/" + id + "\"")).as("case %s shown", id).isEqualTo(expected);
        }
    }

    private String board(String user, String query) throws Exception {
        return mvc.perform(get("/cases" + query).with(users.as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private long company(String name) {
        return SystemAccess.run(() -> companies.register(new Companies.CompanyData("NO",
                CompanyTestData.norwegianNumber(), name, "AS", "25.62", null, 12, "Sveising", Set.of())));
    }
}
