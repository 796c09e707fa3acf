package no.kobling.advisory.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import no.kobling.advisory.catalogue.application.BookingService;
import no.kobling.advisory.catalogue.application.ExpertFinder;
import no.kobling.advisory.catalogue.application.ExpertMatch;
import no.kobling.identity.SystemAccess;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The expert finder across a partnership: ranking with reasons, capacity, bookings and delivered hours. */
@IntegrationTest
class ExpertFinderTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ExpertFinder finder;
    @Autowired
    BookingService bookings;
    @Autowired
    Clock clock;

    CatalogueWorld w;

    @BeforeEach
    void setUp() {
        w = new CatalogueWorld(context);
    }

    /** The documented formula, written out independently of the code under test. */
    static long expectedScore(int matched, int wanted, boolean speaks, double left, double perMonth, int closeness) {
        double score = 50.0 * matched / wanted + (speaks ? 20 : 0) + (perMonth == 0 ? 0 : 20.0 * left / perMonth)
                + 10.0 * closeness / 3;
        return Math.round(score);
    }

    @Test
    void ranksVisibleExpertsOfThePartnershipWithReasonsAndRespectsCapacity() throws Exception {
        long alesund = w.alesund; // same region as Giske (Møre og Romsdal), not in the partnership
        long near = w.expert("Near", w.hub, w.giske, Set.of("nb", "sv"), Set.of("export"), true);
        long region = w.expert("Region", w.member, alesund, Set.of("nb"), Set.of("export", "financing"), false);
        long abroad = w.expert("Abroad", w.hub, w.kiruna, Set.of("sv"), Set.of("export"), true);
        w.expert("Financing only", w.hub, w.roros, Set.of("nn"), Set.of("financing"), true);
        long hidden = w.expert("Hidden", w.hub, w.giske, Set.of("sv"), Set.of("export"), false);
        long foreign = w.expert("Other tenant", w.outsider, w.giske, Set.of("sv"), Set.of("export"), true);
        long company = w.company("Client", w.giske);
        long otherCompany = w.company("Client", w.sula);
        YearMonth month = YearMonth.from(no.kobling.shared.LocalDay.today(clock, no.kobling.shared.Zones.OSLO));

        SystemAccess.run(() -> {
            finder.setCapacity(near, 20);
            finder.setCapacity(abroad, 8);
            bookings.book(new BookingService.BookCommand(near, otherCompany, month, BigDecimal.valueOf(5), "export",
                    null, null));
            bookings.book(new BookingService.BookCommand(abroad, otherCompany, month, BigDecimal.valueOf(8), null,
                    null, null));
        });

        ExpertFinder.Result result = w.users.actingAs(w.advisor, () -> finder.find(new ExpertFinder.Search(null,
                "export", "sv", null, company, month)));
        List<Long> ids = result.matches().stream().map(ExpertMatch::personId).toList();
        assertThat(ids).doesNotContain(hidden, foreign);
        assertThat(ids).containsExactly(near, region, abroad);
        // near: same municipality, speaks sv, 15 of 20 hours left
        assertThat(result.matches().get(0).score()).isEqualTo(expectedScore(1, 1, true, 15, 20, 3));
        // region: same region, no sv, default 10 of 10 hours
        assertThat(result.matches().get(1).score()).isEqualTo(expectedScore(1, 1, false, 10, 10, 2));
        // abroad: other country, speaks sv, fully booked
        assertThat(result.matches().get(2).score()).isEqualTo(expectedScore(1, 1, true, 0, 8, 0));
        assertThat(result.matches().get(2).distance()).isEqualTo("OTHER");

        // country filter and reasons through the API
        mvc.perform(get("/api/v1/catalogue/experts").with(w.users.as(w.advisor)).header("Accept-Language", "en")
                .param("competence", "export").param("language", "sv").param("companyId", String.valueOf(company))
                .param("country", "SE"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.experts.length()").value(1))
                .andExpect(jsonPath("$.experts[0].expert.personId").value(abroad))
                .andExpect(jsonPath("$.experts[0].reasons[1]").value("Speaks Swedish"))
                .andExpect(jsonPath("$.experts[0].reasons[2]").value("0 of 8 hours left in " + month));
        // a need of the advisory taxonomy answers through its competences (NeedTypeOptions); an unknown need is refused
        mvc.perform(get("/api/v1/catalogue/experts").with(w.users.as(w.advisor)).param("need", "EXPORT"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/catalogue/experts").with(w.users.as(w.advisor)).param("need", "NO_SUCH_NEED"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("need-unknown"));
        mvc.perform(get("/api/v1/catalogue/experts").with(w.users.as(w.advisor)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("expert-need-required"));
        mvc.perform(get("/api/v1/catalogue/experts").with(w.users.as(w.advisor)).param("competence", "export")
                .param("companyId", String.valueOf(w.company("Far away", w.tromso))))
                .andExpect(status().isNotFound());

        // booking beyond the hours left is refused; within them it is accepted
        mvc.perform(post("/api/v1/catalogue/bookings").with(w.users.as(w.advisor)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\":" + abroad + ",\"companyId\":" + company + ",\"hours\":1}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("booking-over-capacity"));
        mvc.perform(post("/api/v1/catalogue/bookings").with(w.users.as(w.advisor)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\":" + near + ",\"companyId\":" + company + ",\"hours\":-2}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("hours"));
        mvc.perform(post("/api/v1/catalogue/bookings").with(w.users.as(w.advisor)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\":" + hidden + ",\"companyId\":" + company + ",\"hours\":1}"))
                .andExpect(status().isNotFound());
        String created = mvc.perform(post("/api/v1/catalogue/bookings").with(w.users.as(w.advisor)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\":" + near + ",\"companyId\":" + company + ",\"hours\":4,\"month\":\"" + month
                        + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.hours").value(4.0))
                .andReturn().getResponse().getContentAsString();
        long booking = Long.parseLong(created.replaceAll("^\\{\"id\":(\\d+),.*$", "$1"));
        ExpertFinder.Result after = w.users.actingAs(w.advisor, () -> finder.find(new ExpertFinder.Search(null,
                "export", "sv", null, company, month)));
        assertThat(after.matches().get(0).hoursLeft()).isEqualByComparingTo("11");

        // the expert logs delivered hours: positive, not in the future, not beyond what was booked
        String expertUser = w.user("expert", w.hub, "MENTOR");
        SystemAccess.run(() -> w.actors.linkPersonToUser(near, w.users.id(expertUser)));
        LocalDate today = no.kobling.shared.LocalDay.today(clock, no.kobling.shared.Zones.OSLO);
        mvc.perform(post("/api/v1/catalogue/bookings/{id}/hours", booking).with(w.users.as(expertUser)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"" + today + "\",\"hours\":-1}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/catalogue/bookings/{id}/hours", booking).with(w.users.as(expertUser)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"date\":\"" + today.plusDays(3) + "\",\"hours\":1}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("hours-in-future"));
        mvc.perform(post("/api/v1/catalogue/bookings/{id}/hours", booking).with(w.users.as(expertUser)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"" + today + "\",\"hours\":2.5}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.delivered").value(2.5));
        mvc.perform(post("/api/v1/catalogue/bookings/{id}/hours", booking).with(w.users.as(expertUser)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"" + today + "\",\"hours\":2}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("hours-over-booking"));
        // another mentor of the booking organisation sees the booking but cannot log the expert's hours
        String other = w.user("mentor2", w.member, "MENTOR");
        mvc.perform(post("/api/v1/catalogue/bookings/{id}/hours", booking).with(w.users.as(other)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"" + today + "\",\"hours\":1}"))
                .andExpect(status().isForbidden());
        // a mentor of an organisation outside the partnership does not see it at all
        String stranger = w.user("mentor3", w.outsider, "MENTOR");
        mvc.perform(post("/api/v1/catalogue/bookings/{id}/hours", booking).with(w.users.as(stranger)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"" + today + "\",\"hours\":1}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/catalogue/bookings/{id}", booking).with(w.users.as(w.outsiderAdvisor)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/catalogue/bookings").with(w.users.as(expertUser)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == " + booking + ")].mayLogHours")
                        .value(true));
        // the expert sets their own capacity; nobody else of another organisation may
        mvc.perform(put("/api/v1/catalogue/experts/{id}/capacity", near).with(w.users.as(expertUser)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"hoursPerMonth\":30}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/catalogue/experts/{id}/capacity", near).with(w.users.as(w.advisor)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"hoursPerMonth\":1}"))
                .andExpect(status().isForbidden());
        // pages
        mvc.perform(get("/catalogue/experts").with(w.users.as(w.advisor)).param("competence", "export")
                .param("companyId", String.valueOf(company))).andExpect(status().isOk());
        mvc.perform(get("/catalogue/bookings").with(w.users.as(expertUser))).andExpect(status().isOk());
    }
}
