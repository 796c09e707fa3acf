package no.kobling.project.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.kobling.actor.Actors;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.project.budget.domain.ReferenceList;
import no.kobling.project.budget.persistence.BudgetReferenceRepository;
import no.kobling.project.plan.application.ProjectService;
import no.kobling.project.plan.domain.Phase;
import no.kobling.project.plan.persistence.DeliverableRepository;
import no.kobling.project.plan.persistence.PhaseRepository;
import no.kobling.project.plan.persistence.ProjectTypeRepository;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Hours: who may log, the daily limit, deliverables of the project only, tenancy, and in-kind value. */
@IntegrationTest
class HoursApiTest {

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
    PhaseRepository phases;
    @Autowired
    DeliverableRepository deliverables;
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

    String base() {
        return "/api/v1/projects/" + world.project;
    }

    @Test
    void tenParallelThreeHourEntriesOfOneUserOnOneDayLogExactlyEight() throws Exception {
        // 24 hours a day at most: 8 entries of 3 hours fit, the other 2 are refused, whatever the order (HoursDayLocks)
        LocalDate day = today.minusDays(5);
        List<String> outcomes = no.kobling.support.Parallel.run(10, i -> () -> {
            var r = log(world.advisorY, hours(day, "3")).andReturn().getResponse();
            String code = r.getContentAsString().replaceAll("(?s).*\"code\":\"([^\"]+)\".*", "$1");
            return r.getStatus() + (r.getStatus() >= 400 ? " " + code : "");
        });
        assertThat(no.kobling.support.Parallel.tally(outcomes))
                .isEqualTo(java.util.Map.of("201", 8, "422 hours-over-day", 2));
        String list = mvc.perform(get(base() + "/hours").param("userId", String.valueOf(users.id(world.advisorY)))
                .param("size", "100").with(users.as(world.coordinatorX))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        List<String> dates = JsonPath.read(list, "$.content[*].date");
        List<Object> logged = JsonPath.read(list, "$.content[*].hours");
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < dates.size(); i++) {
            if (dates.get(i).equals(day.toString())) {
                sum = sum.add(new BigDecimal(logged.get(i).toString()));
            }
        }
        assertThat(sum).isEqualByComparingTo("24");
    }

    long deliverableOf(long project) {
        List<Long> phaseIds = phases.findByProjectIdOrderByOrder(project).stream().map(Phase::getId).toList();
        return deliverables.findByPhaseIdInOrderBySortOrderAscIdAsc(phaseIds).get(0).getId();
    }

    ResultActions log(String user, String body) throws Exception {
        return mvc.perform(post(base() + "/hours").with(users.as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    String hours(LocalDate day, String hours) {
        return "{\"date\":\"" + day + "\",\"hours\":" + hours + "}";
    }

    @Test
    void hoursArePositiveAndAtMost24PerUserAndDay() throws Exception {
        LocalDate day = today.minusDays(1);
        log(world.advisorY, hours(day, "7.5")).andExpect(status().isCreated());
        log(world.advisorY, "{\"date\":\"" + day + "\",\"hours\":10,\"deliverableId\":" + deliverableOf(world.project)
                + ",\"note\":\"Interviews\"}").andExpect(status().isCreated());
        log(world.advisorY, hours(day, "6.75")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("hours-over-day"));
        log(world.advisorY, hours(day, "6.5")).andExpect(status().isCreated()); // exactly 24
        log(world.advisorY, hours(day.minusDays(1), "0")).andExpect(jsonPath("$.code").value("hours-invalid"));
        log(world.advisorY, hours(day.minusDays(1), "-1")).andExpect(jsonPath("$.code").value("hours-invalid"));
        log(world.advisorY, hours(day.minusDays(1), "24.5")).andExpect(jsonPath("$.code").value("hours-invalid"));
        log(world.advisorY, hours(today.plusDays(1), "1")).andExpect(jsonPath("$.code").value("hours-in-future"));
        // a deliverable of another project
        log(world.advisorY, "{\"date\":\"" + day.minusDays(2) + "\",\"hours\":1,\"deliverableId\":"
                + deliverableOf(world.projectW) + "}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("hours-deliverable-foreign"));
        // staff of another tenant: the project is hidden
        log(world.advisorW, hours(day, "1")).andExpect(status().isNotFound());

        String list = mvc.perform(get(base() + "/hours").param("month", day.toString().substring(0, 7))
                .with(users.as(world.coordinatorX))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        List<Object> sums = JsonPath.read(list, "$.content[*].hours");
        assertThat(sums.stream().map(o -> new BigDecimal(o.toString())).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("24");
        String summary = mvc.perform(get(base() + "/hours/summary").with(users.as(world.coordinatorX)))
                .andReturn().getResponse().getContentAsString();
        assertThat(new BigDecimal(JsonPath.read(summary, "$[0].hours").toString())).isEqualByComparingTo("24");
        assertThat(((Number) JsonPath.read(summary, "$[0].partyOrganisationId")).longValue()).isEqualTo(world.y);
    }

    @Test
    void aUserOfAnotherTenantInAFilterIs404() throws Exception {
        long other = users.id(world.advisorW);
        mvc.perform(get(base() + "/hours").param("userId", String.valueOf(other)).with(users.as(world.coordinatorX)))
                .andExpect(status().isNotFound());
        mvc.perform(get(base() + "/hours").param("userId", "987654321").with(users.as(world.coordinatorX)))
                .andExpect(status().isNotFound());
        mvc.perform(get(base() + "/hours").param("partyOrganisationId", String.valueOf(world.w))
                .with(users.as(world.coordinatorX))).andExpect(status().isNotFound());
        mvc.perform(get(base() + "/hours").param("userId", String.valueOf(users.id(world.advisorY)))
                .with(users.as(world.coordinatorX))).andExpect(status().isOk());
    }

    @Test
    void inKindHoursCountAtThePartysRateInTheFinancingTotals() throws Exception {
        LocalDate day = today.minusDays(3);
        log(world.advisorY, hours(day, "7.5")).andExpect(status().isCreated());
        log(world.advisorY, hours(day.minusDays(1), "2.25")).andExpect(status().isCreated());
        log(world.advisorX, hours(day, "3")).andExpect(status().isCreated());
        mvc.perform(put(base() + "/budget/settings").with(users.as(world.coordinatorX)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"currency\":\"NOK\",\"rates\":[{\"currency\":\"EUR\",\"rate\":11.5}]}"))
                .andExpect(status().isOk());
        mvc.perform(put(base() + "/agreement/parties/" + world.y).with(users.as(world.coordinatorX)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"hourRate\":65.55,\"hourRateCurrency\":\"EUR\","
                        + "\"signer\":\"Kari Nordmann\",\"signedOn\":\"" + today + "\"}")).andExpect(status().isOk());
        mvc.perform(put(base() + "/agreement/parties/" + world.x).with(users.as(world.coordinatorX)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"hourRate\":700,\"hourRateCurrency\":\"NOK\"}"))
                .andExpect(status().isOk());
        // Y: 9.75 h * 65.55 EUR = 639.1125 -> 639.11 EUR ; * 11.5 = 7349.765 -> 7349.76 (half even) NOK
        // X: 3 h * 700 NOK = 2100.00
        BigDecimal y = new BigDecimal("7349.76");
        BigDecimal x = new BigDecimal("2100.00");
        String f = mvc.perform(get(base() + "/financing").with(users.as(world.advisorY))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(new BigDecimal(JsonPath.read(f, "$.totals.financingTotal").toString()).setScale(2,
                RoundingMode.UNNECESSARY)).isEqualTo(x.add(y));
        long inKind = references.findByListAndCode(ReferenceList.FINANCING, "in-kind-hours").orElseThrow().getId();
        List<Object> kind = JsonPath.read(f, "$.totals.financingByKind[?(@.id == " + inKind + ")].amount");
        assertThat(new BigDecimal(kind.get(0).toString())).isEqualByComparingTo(x.add(y));
        // a financing source of the in-kind kind cannot be typed in
        mvc.perform(post(base() + "/financing").with(users.as(world.coordinatorX)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kindId\":" + inKind + ",\"amount\":5,\"currency\":\"NOK\"}"))
                .andExpect(jsonPath("$.code").value("budget-in-kind-from-hours"));
        String a = mvc.perform(get(base() + "/agreement").with(users.as(world.advisorY))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<Object> signer = JsonPath.read(a, "$.parties[?(@.organisationId == " + world.y + ")].signer");
        assertThat(signer).containsExactly("Kari Nordmann");
        List<Object> financing = JsonPath.read(a, "$.parties[?(@.organisationId == " + world.y + ")].financing");
        assertThat(new BigDecimal(financing.get(0).toString())).isEqualByComparingTo(y);
        assertThat((Boolean) JsonPath.read(a, "$.signedByAll")).isFalse();
        assertThat((List<?>) JsonPath.read(a, "$.parties[?(@.owner == true)]")).hasSize(1);
        // only own entries (or a coordinator) may be deleted
        String list = mvc.perform(get(base() + "/hours").with(users.as(world.advisorY))).andReturn().getResponse()
                .getContentAsString();
        List<Object> xEntries = JsonPath.read(list, "$.content[?(@.partyOrganisationId == " + world.x + ")].id");
        mvc.perform(delete(base() + "/hours/" + xEntries.get(0)).with(users.as(world.advisorY)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(delete(base() + "/hours/" + xEntries.get(0)).with(users.as(world.coordinatorX)).with(csrf()))
                .andExpect(status().isNoContent());
    }
}
