package no.kobling.project.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import no.kobling.actor.Actors;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.project.budget.domain.ReferenceList;
import no.kobling.project.budget.persistence.BudgetReferenceRepository;
import no.kobling.project.plan.application.ProjectService;
import no.kobling.project.plan.persistence.ProjectTypeRepository;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The budget, agreement and hours pages: forms work without JavaScript, rules show as messages, tenancy is 404. */
@IntegrationTest
class BudgetPagesTest {

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

    String page(String path, String user) throws Exception {
        return mvc.perform(get("/projects/" + world.project + path).with(users.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void theCoordinatorPlansTheBudgetOnThePage() throws Exception {
        long travel = references.findByListAndCode(ReferenceList.CATEGORY, "travel").orElseThrow().getId();
        String base = "/projects/" + world.project + "/budget";
        mvc.perform(post(base + "/settings").with(users.as(world.coordinatorX)).with(csrf()).param("currency", "NOK")
                .param("rateCurrency", "SEK", "EUR").param("rate", "0,98", "").param("rateDate", "2026-01-02", "")
                .param("rateSource", "Norges Bank", "")).andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("saved"));
        mvc.perform(post(base + "/lines").with(users.as(world.coordinatorX)).with(csrf())
                .param("party", String.valueOf(world.y)).param("category", String.valueOf(travel))
                .param("year", "2026").param("amount", "1 000,50").param("currency", "SEK"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("saved"));
        mvc.perform(post(base + "/lines").with(users.as(world.coordinatorX)).with(csrf())
                .param("party", String.valueOf(world.y)).param("category", String.valueOf(travel))
                .param("year", "2026").param("amount", "-3").param("currency", "NOK"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("errorKey", "budget.error.amount-negative"));
        String html = page("/budget", world.coordinatorX);
        assertThat(html).contains(world.nameY).contains("980.49"); // 1000.50 SEK * 0.98 = 980.49
        assertThat(page("/budget", world.advisorY)).contains("980.49").doesNotContain("name=\"amount\"");

        MockMultipartFile file = new MockMultipartFile("file", "ledger.csv", "text/csv",
                ("2026-05-01;" + world.nameY + ";travel;100;SEK;Train\n2026-05-02;Nobody;travel;1;NOK;x\n")
                        .getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart(base + "/actuals/import").file(file).with(users.as(world.coordinatorX)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("report"));
        assertThat(page("/budget", world.coordinatorX)).contains("Train").contains("98.00");

        mvc.perform(get(base).with(users.as(world.coordinatorW))).andExpect(status().isNotFound());
        mvc.perform(post(base + "/lines").with(users.as(world.coordinatorW)).with(csrf()).param("amount", "1"))
                .andExpect(status().isNotFound());
    }

    @Test
    void agreementAndHoursPages() throws Exception {
        String agreement = page("/agreement", world.coordinatorX);
        assertThat(agreement).contains(world.nameX).contains(world.nameY).contains("Interviews");
        mvc.perform(post("/projects/" + world.project + "/agreement/parties/" + world.y)
                .with(users.as(world.coordinatorX)).with(csrf()).param("hourRate", "650").param("hourRateCurrency", "NOK")
                .param("signer", "Kari Nordmann").param("signedOn", today.toString()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("saved"));
        assertThat(page("/agreement", world.advisorY)).contains("Kari Nordmann");

        mvc.perform(post("/projects/" + world.project + "/hours").with(users.as(world.advisorY)).with(csrf())
                .param("date", today.toString()).param("hoursWorked", "7,5").param("note", "Workshop"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("saved"));
        mvc.perform(post("/projects/" + world.project + "/hours").with(users.as(world.advisorY)).with(csrf())
                .param("date", today.toString()).param("hoursWorked", "17"))
                .andExpect(flash().attribute("errorKey", "budget.error.hours-over-day"));
        assertThat(page("/hours", world.coordinatorX)).contains("Workshop").contains(">7.5\u00a0h<");
        mvc.perform(get("/projects/" + world.project + "/hours").with(users.as(world.advisorW)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/projects/" + world.project + "/agreement").with(users.as(world.advisorW)))
                .andExpect(status().isNotFound());
    }
}
