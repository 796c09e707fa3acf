package no.kobling.advisory.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.advisory.catalogue.application.BookingService;
import no.kobling.advisory.catalogue.application.ExpertFinder;
import no.kobling.identity.SystemAccess;
import no.kobling.support.IntegrationTest;
import no.kobling.support.Parallel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11 finding 7: an expert's hours and a booking's delivered hours hold under parallel requests (real threads
 * released together, real HTTP through MockMvc): exactly as many succeed as there is room for, the rest answer 422
 * with a code, none 500.
 */
@IntegrationTest
class BookingConcurrencyTest {

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

    /** Status and problem code of a call; an exception that escapes the application counts as a 500. */
    static String outcome(java.util.concurrent.Callable<MockHttpServletResponse> call) {
        try {
            MockHttpServletResponse r = call.call();
            String body = r.getContentAsString();
            String code = body.replaceAll("(?s).*\"code\":\"([^\"]+)\".*", "$1");
            return r.getStatus() + (r.getStatus() >= 400 ? " " + code : "");
        } catch (Exception e) {
            return "500 " + e;
        }
    }

    @Test
    void twentyParallelOneHourBookingsOfAnExpertWithFiveHoursLeftGiveExactlyFive() throws Exception {
        long expert = w.expert("Busy", w.hub, w.giske, Set.of("nb"), Set.of("export"), true);
        long company = w.company("Client", w.giske);
        YearMonth month = YearMonth.now(clock);
        int hoursPerMonth = 8;
        int alreadyBooked = 3;
        SystemAccess.run(() -> {
            finder.setCapacity(expert, hoursPerMonth);
            bookings.book(new BookingService.BookCommand(expert, company, month, BigDecimal.valueOf(alreadyBooked),
                    null, null, null));
        });
        int left = hoursPerMonth - alreadyBooked;
        int n = 20;

        List<String> outcomes = Parallel.run(n, i -> () -> outcome(() -> mvc.perform(post("/api/v1/catalogue/bookings")
                        .with(w.users.as(w.advisor)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":" + expert + ",\"companyId\":" + company + ",\"hours\":1,\"month\":\""
                                + month + "\"}"))
                .andReturn().getResponse()));

        assertThat(Parallel.tally(outcomes)).isEqualTo(Map.of("201", left, "422 booking-over-capacity", n - left));
    }

    @Test
    void parallelLoggedHoursNeverExceedTheBooking() throws Exception {
        long expert = w.expert("Logger", w.hub, w.giske, Set.of("nb"), Set.of("export"), true);
        long company = w.company("Client", w.giske);
        String expertUser = w.user("expert", w.hub, "MENTOR");
        SystemAccess.run(() -> w.actors.linkPersonToUser(expert, w.users.id(expertUser)));
        int booked = 3;
        long booking = SystemAccess.run(() -> bookings.book(new BookingService.BookCommand(expert, company,
                YearMonth.now(clock), BigDecimal.valueOf(booked), null, null, null))).id();
        LocalDate today = LocalDate.now(clock);
        int n = 12;

        List<String> outcomes = Parallel.run(n, i -> () -> outcome(() -> mvc.perform(
                        post("/api/v1/catalogue/bookings/{id}/hours", booking).with(w.users.as(expertUser)).with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"date\":\"" + today + "\",\"hours\":1}"))
                .andReturn().getResponse()));

        assertThat(Parallel.tally(outcomes)).isEqualTo(Map.of("201", booked, "422 hours-over-booking", n - booked));
    }
}
