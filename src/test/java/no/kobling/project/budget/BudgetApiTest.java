package no.kobling.project.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import no.kobling.actor.Actors;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.project.budget.domain.ReferenceList;
import no.kobling.project.budget.persistence.BudgetReferenceRepository;
import no.kobling.project.plan.application.ProjectService;
import no.kobling.project.plan.persistence.ProjectTypeRepository;
import no.kobling.shared.DomainException;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Budget, financing, rates, actuals and submission through the API, totals checked against the test's own sums. */
@IntegrationTest
class BudgetApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Actors actors;
    @Autowired
    UserAdministration admin;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    ProjectService projects;
    @Autowired
    ProjectTypeRepository types;
    @Autowired
    BudgetReferenceRepository references;
    @Autowired
    Clock clock;

    BudgetWorld world;
    TestUsers users;
    LocalDate today;

    @BeforeEach
    void world() {
        today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Oslo"));
        users = new TestUsers(admin, userDetails, tokens);
        world = new BudgetWorld(actors, admin, projects, types, users, today);
    }

    long category(String code) {
        return references.findByListAndCode(ReferenceList.CATEGORY, code).orElseThrow().getId();
    }

    long kind(String code) {
        return references.findByListAndCode(ReferenceList.FINANCING, code).orElseThrow().getId();
    }

    String base() {
        return "/api/v1/projects/" + world.project;
    }

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder b, String body, String user) {
        return b.with(users.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    long addLine(long party, String category, int year, String amount, String currency) throws Exception {
        String body = "{\"partyOrganisationId\":%d,\"categoryId\":%d,\"year\":%d,\"amount\":%s,\"currency\":\"%s\"}"
                .formatted(party, category(category), year, amount, currency);
        String r = mvc.perform(json(post(base() + "/budget/lines"), body, world.coordinatorX))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(r, "$.id")).longValue();
    }

    void addSource(String kind, Long party, String amount, String currency) throws Exception {
        String body = "{\"kindId\":%d,\"partyOrganisationId\":%s,\"amount\":%s,\"currency\":\"%s\"}"
                .formatted(kind(kind), party, amount, currency);
        mvc.perform(json(post(base() + "/financing"), body, world.coordinatorX)).andExpect(status().isCreated());
    }

    void rates() throws Exception {
        mvc.perform(json(put(base() + "/budget/settings"), """
                {"currency":"NOK","rates":[{"currency":"SEK","rate":0.98,"rateDate":"2026-01-02","source":"Norges Bank"},
                {"currency":"EUR","rate":11.725,"rateDate":"2026-01-02","source":"Norges Bank"}]}""",
                world.coordinatorX)).andExpect(status().isOk()).andExpect(jsonPath("$.rates.length()").value(2));
    }

    static BigDecimal cents(long c) {
        return BigDecimal.valueOf(c).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY);
    }

    static BigDecimal dec(Object json) {
        return new BigDecimal(json.toString()).setScale(2, RoundingMode.UNNECESSARY);
    }

    @Test
    void totalsPerPartyCategoryAndYearMatchTheTestsOwnSums() throws Exception {
        rates();
        addLine(world.x, "personnel", 2026, "100000", "NOK");
        addLine(world.x, "travel", 2027, "5000.50", "SEK");
        addLine(world.y, "personnel", 2026, "1234.57", "EUR");
        addLine(world.y, "equipment", 2027, "0.01", "EUR");
        addLine(world.z, "external-services", 2026, "333.33", "SEK");
        // by hand, each amount converted and rounded half-even to cents:
        long xTotal = 10_000_000 + 490_049; // 5000.50 * 0.98 = 4900.49
        long yTotal = 1_447_533 + 12; // 1234.57 * 11.725 = 14475.33325 ; 0.01 * 11.725 = 0.11725
        long zTotal = 32_666; // 333.33 * 0.98 = 326.6634
        String r = mvc.perform(get(base() + "/budget").with(users.as(world.advisorY))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(dec(JsonPath.read(r, "$.totals.budgetTotal"))).isEqualTo(cents(xTotal + yTotal + zTotal));
        Map<Long, BigDecimal> byParty = new java.util.HashMap<>();
        List<Map<String, Object>> parties = JsonPath.read(r, "$.totals.byParty");
        parties.forEach(p -> byParty.put(((Number) p.get("partyOrganisationId")).longValue(), dec(p.get("budget"))));
        assertThat(byParty).containsEntry(world.x, cents(xTotal)).containsEntry(world.y, cents(yTotal))
                .containsEntry(world.z, cents(zTotal));
        List<Map<String, Object>> years = JsonPath.read(r, "$.totals.byYear");
        assertThat(years).extracting(m -> dec(m.get("amount")))
                .containsExactly(cents(10_000_000 + 1_447_533 + 32_666), cents(490_049 + 12));
        List<Object> personnel = JsonPath.read(r,
                "$.totals.byCategory[?(@.id == " + category("personnel") + ")].amount");
        assertThat(dec(personnel.get(0))).isEqualTo(cents(10_000_000 + 1_447_533));
        assertThat((List<?>) JsonPath.read(r, "$.lines")).hasSize(5);

        // financing in three currencies; not yet balanced
        addSource("innovation-norway", null, "50000", "NOK");
        addSource("county", world.y, "1000", "EUR"); // 11725.00
        addSource("own-contribution", world.z, "250.25", "SEK"); // 245.245 -> 245.24
        long financing = 5_000_000 + 1_172_500 + 24_524;
        String f = mvc.perform(get(base() + "/financing").with(users.as(world.coordinatorX)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(dec(JsonPath.read(f, "$.totals.financingTotal"))).isEqualTo(cents(financing));
        assertThat((Boolean) JsonPath.read(f, "$.totals.balanced")).isFalse();

        // submission is refused with both totals, then accepted once financing equals the budget
        long budget = xTotal + yTotal + zTotal;
        assertThatThrownBy(() -> users.actingAs(world.coordinatorX, () -> projects.submit(world.project)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("budget-not-balanced");
                    assertThat(e.args()).contains(cents(budget).toPlainString(), cents(financing).toPlainString());
                });
        addSource("municipalities", null, cents(budget - financing).toPlainString(), "NOK");
        users.actingAs(world.coordinatorX, () -> projects.submit(world.project));
    }

    @Test
    void aMixedTotalWithoutARateIs422AndNegativeAmountsAre422() throws Exception {
        addLine(world.x, "personnel", 2026, "1000", "NOK");
        addLine(world.y, "travel", 2026, "10", "SEK");
        mvc.perform(get(base() + "/budget").with(users.as(world.coordinatorX)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("budget-rate-missing"));
        assertThatThrownBy(() -> users.actingAs(world.coordinatorX, () -> projects.submit(world.project)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("budget-rate-missing"));
        String negative = "{\"partyOrganisationId\":%d,\"categoryId\":%d,\"year\":2026,\"amount\":-1,\"currency\":\"NOK\"}"
                .formatted(world.x, category("travel"));
        mvc.perform(json(post(base() + "/budget/lines"), negative, world.coordinatorX))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("budget-amount-negative"));
        mvc.perform(json(post(base() + "/financing"), "{\"kindId\":%d,\"amount\":-5,\"currency\":\"NOK\"}"
                .formatted(kind("county")), world.coordinatorX)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("budget-amount-negative"));
        mvc.perform(json(post(base() + "/budget/lines"), negative.replace("-1", "5").replace("NOK", "USD"),
                world.coordinatorX)).andExpect(jsonPath("$.code").value("budget-currency-unknown"));
        // a party outside the project
        mvc.perform(json(post(base() + "/budget/lines"), negative.replace("-1", "5")
                .replace("\"partyOrganisationId\":" + world.x, "\"partyOrganisationId\":" + world.w),
                world.coordinatorX)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("budget-party-unknown"));
    }

    @Test
    void ledgerImportKeepsGoodRowsAndReportsBadOnesByLine() throws Exception {
        rates();
        long personnel = addLine(world.x, "personnel", 2026, "100000", "NOK");
        long travel = addLine(world.y, "travel", 2026, "2000", "SEK");
        mvc.perform(json(post(base() + "/actuals"), "{\"lineId\":%d,\"date\":\"2026-02-01\",\"amount\":100,\"currency\":\"NOK\"}"
                .formatted(personnel), world.coordinatorX)).andExpect(status().isCreated());
        String csv = "\uFEFFdate;party;category;amount;currency;text\n"
                + "2026-03-01;" + world.nameX + ";personnel;1 234,50;NOK;Salary\n"
                + "2026-03-02;" + world.nameY.toUpperCase() + ";Travel;99,90;SEK;Bus\n"
                + "2026-03-03;Nobody;travel;10;NOK;unknown party\n"
                + "2026-03-04;" + world.nameY + ";equipment;10;NOK;no such line\n"
                + "2025-03-04;" + world.nameY + ";travel;10;NOK;no line that year\n"
                + "2026-03-05;" + world.nameY + ";travel;-10;NOK;negative\n"
                + "2026-03-06;" + world.y + ";travel;1.5;EUR;by id\n";
        MockMultipartFile file = new MockMultipartFile("file", "ledger.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        String r = mvc.perform(multipart(base() + "/actuals/import").file(file).with(users.as(world.coordinatorX))
                .with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((Integer) JsonPath.read(r, "$.imported")).isEqualTo(3);
        assertThat((List<Integer>) JsonPath.read(r, "$.problems[*].line")).containsExactly(4, 5, 6, 7);
        assertThat((List<String>) JsonPath.read(r, "$.problems[*].code")).containsExactly(
                "budget-import-party-unknown", "budget-import-no-line", "budget-import-no-line",
                "budget-amount-negative");
        String actuals = mvc.perform(get(base() + "/actuals").with(users.as(world.coordinatorX)))
                .andReturn().getResponse().getContentAsString();
        assertThat((List<?>) JsonPath.read(actuals, "$")).hasSize(4); // the one entered by hand is kept
        String b = mvc.perform(get(base() + "/budget").with(users.as(world.coordinatorX))).andReturn().getResponse()
                .getContentAsString();
        List<Object> personnelActual = JsonPath.read(b, "$.lines[?(@.id == " + personnel + ")].actual");
        assertThat(dec(personnelActual.get(0))).isEqualTo(cents(10_000 + 123_450));
        List<Object> travelActual = JsonPath.read(b, "$.lines[?(@.id == " + travel + ")].actual");
        // 99.90 SEK * 0.98 = 97.902 -> 97.90 ; 1.5 EUR * 11.725 = 17.5875 -> 17.59
        assertThat(dec(travelActual.get(0))).isEqualTo(cents(9_790 + 1_759));
        assertThat(dec(JsonPath.read(b, "$.totals.actualTotal"))).isEqualTo(cents(10_000 + 123_450 + 9_790 + 1_759));
        // a line with actuals is not deleted
        mvc.perform(delete(base() + "/budget/lines/" + personnel).with(users.as(world.coordinatorX)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("budget-line-has-actuals"));
    }

    @Test
    void anotherTenantGets404AndAPartyReadsButDoesNotEdit() throws Exception {
        long line = addLine(world.x, "personnel", 2026, "10", "NOK");
        for (String path : List.of("/budget", "/financing", "/actuals", "/agreement", "/hours", "/hours/summary")) {
            mvc.perform(get(base() + path).with(users.as(world.coordinatorW))).andExpect(status().isNotFound());
            mvc.perform(get(base() + path).with(users.as(world.advisorY))).andExpect(status().isOk());
        }
        String body = "{\"partyOrganisationId\":%d,\"categoryId\":%d,\"year\":2026,\"amount\":5,\"currency\":\"NOK\"}"
                .formatted(world.x, category("travel"));
        mvc.perform(json(post(base() + "/budget/lines"), body, world.coordinatorW)).andExpect(status().isNotFound());
        mvc.perform(json(put(base() + "/budget/lines/" + line), body, world.coordinatorW))
                .andExpect(status().isNotFound());
        mvc.perform(json(post(base() + "/budget/lines"), body, world.advisorY)).andExpect(status().isForbidden());
        // a line of project X is not reachable through project W
        mvc.perform(json(put("/api/v1/projects/" + world.projectW + "/budget/lines/" + line), body,
                world.coordinatorW)).andExpect(status().isNotFound());
    }

    @Test
    void aCategoryInUseIsArchivedNotDeleted() throws Exception {
        String admin = users.create("ref-admin", "ADMINISTRATOR");
        String r = mvc.perform(json(post("/api/v1/budget/categories"),
                "{\"code\":\"" + TestUsers.unique("cat").toLowerCase() + "\",\"names\":{\"en\":\"Rent\",\"nb\":\"Leie\"}}",
                admin)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(r, "$.id")).longValue();
        String code = JsonPath.read(r, "$.code");
        addLine(world.x, code, 2026, "10", "NOK");
        mvc.perform(delete("/api/v1/budget/categories/" + id).with(users.as(admin)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.archived").value(true));
        String body = "{\"partyOrganisationId\":%d,\"categoryId\":%d,\"year\":2026,\"amount\":5,\"currency\":\"NOK\"}"
                .formatted(world.x, id);
        mvc.perform(json(post(base() + "/budget/lines"), body, world.coordinatorX))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("budget-reference-archived"));
        mvc.perform(get(base() + "/budget").with(users.as(world.coordinatorX))).andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/budget/categories"), "{\"code\":\"x1\",\"names\":{\"en\":\"X\"}}",
                world.coordinatorX)).andExpect(status().isForbidden());
    }
}
