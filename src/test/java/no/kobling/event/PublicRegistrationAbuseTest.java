package no.kobling.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import no.kobling.company.CompanyTestData;
import no.kobling.event.application.ParticipantService;
import no.kobling.event.domain.Event;
import no.kobling.event.domain.Participant;
import no.kobling.identity.SystemAccess;
import no.kobling.shared.DomainException;
import no.kobling.support.IntegrationTest;
import no.kobling.support.Parallel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11 finding 5 (and the parallel-registration 500 of finding 6): the public registration form is limited per
 * client address (10 posts per 10 minutes) and per event (20 registrations per minute), creates no register company
 * until an organiser approves it, and a stranger's registration of a company never blocks the company's own.
 */
@IntegrationTest
class PublicRegistrationAbuseTest {

    /** The documented limits (docs/security.md), written here independently of the code. */
    static final int PER_ADDRESS = 10;
    static final int PER_EVENT = 20;

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    EventFixture f;

    @BeforeEach
    void setUp() {
        f = new EventFixture(context);
    }

    /** A random private address, so runs against the same database never share a counter. */
    static String address() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    MockHttpServletResponse register(String slug, String number, String name, String address, String language)
            throws Exception {
        return mvc.perform(post("/public/events/{k}/register", slug).with(csrf())
                        .with(r -> {
                            r.setRemoteAddr(address);
                            return r;
                        })
                        .header("Accept-Language", language)
                        .param("countryCode", "NO").param("orgNumber", number).param("companyName", name)
                        .param("type", "SELLER").param("contactName", "Kari").param("consent", "true"))
                .andReturn().getResponse();
    }

    /** The status of a page post; an exception that escapes the application counts as the 500 it would be. */
    int status(java.util.concurrent.Callable<MockHttpServletResponse> call) {
        try {
            MockHttpServletResponse response = call.call();
            if (response.getStatus() == 200 && !response.getContentAsString().contains("/public/calendar/")) {
                return 299; // the form again with an error: not a registration
            }
            return response.getStatus();
        } catch (Exception e) {
            return 500;
        }
    }

    Optional<Long> companyWithNumber(String number) {
        return SystemAccess.run(() -> f.companies.idByOrgNumber("NO", number));
    }

    @Test
    void aPublicRegistrationCreatesNoRegisterCompanyUntilAnOrganiserApprovesIt() throws Exception {
        String organiser = f.organiser("Bedriftskompetanse");
        Event event = f.openEvent(organiser, 4, 2, null);
        String number = CompanyTestData.norwegianNumber();

        assertThat(register(event.getSlug(), number, "Venter AS", address(), "nb").getContentAsString())
                .contains("/public/calendar/");

        assertThat(companyWithNumber(number)).isEmpty();
        Participant pending = f.as(organiser, () -> f.participants.all(event.getId())).get(0);
        assertThat(pending.getStatus()).isEqualTo(Participant.Status.PENDING);
        assertThat(pending.getCompanyId()).isNull();
        assertThat(pending.getOrgNumber()).isEqualTo(number);
        assertThat(pending.getCompanyName()).isEqualTo("Venter AS");

        // the organiser sees the number as stated, to tell two registrations of one company apart
        assertThat(mvc.perform(get("/events/{id}", event.getId()).with(f.users.as(organiser))).andReturn()
                .getResponse().getContentAsString()).contains("Norway " + number + " as stated at registration");

        f.as(organiser, () -> f.participants.decide(event.getId(), pending.getId(), true));

        Long created = companyWithNumber(number).orElseThrow();
        Participant approved = f.as(organiser, () -> f.participants.all(event.getId())).get(0);
        assertThat(approved.getCompanyId()).isEqualTo(created);
        assertThat(approved.getStatus()).isEqualTo(Participant.Status.APPROVED);
    }

    @Test
    void aStrangersRegistrationOfACompanyNeverBlocksTheCompanysOwnAndTheOrganiserResolvesThePair()
            throws Exception {
        String organiser = f.organiser("Bedriftskompetanse");
        Event event = f.openEvent(organiser, 4, 2, null);
        EventFixture.Rep real = f.company("Ekte Bedrift AS");
        String number = SystemAccess.run(() -> f.companies.ref(real.companyId())).orElseThrow().orgNumber();

        // a stranger registers the real company first, from the public page
        assertThat(register(event.getSlug(), number, "Ekte Bedrift AS", address(), "nb").getContentAsString())
                .contains("/public/calendar/");
        Participant stranger = f.as(organiser, () -> f.participants.all(event.getId())).get(0);

        // the company's own representative still registers it
        Participant own = f.as(real.username(), () -> f.participants.register(event.getId(),
                new ParticipantService.Registration(real.companyId(), Participant.Type.BUYER, "Real contact",
                        "real@example.org", true)));
        assertThat(own.getCompanyId()).isEqualTo(real.companyId());
        assertThat(f.as(organiser, () -> f.participants.all(event.getId()))).hasSize(2);

        // the organiser approves the real one; the stranger's is then a duplicate to decline
        f.as(organiser, () -> f.participants.decide(event.getId(), own.getId(), true));
        assertThatThrownBy(() -> f.as(organiser, () -> f.participants.decide(event.getId(), stranger.getId(), true)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("event-already-registered");
                    assertThat(e.status()).isEqualTo(409);
                });
        f.as(organiser, () -> f.participants.decide(event.getId(), stranger.getId(), false));
        assertThat(f.as(organiser, () -> f.participants.all(event.getId())))
                .extracting(Participant::getStatus)
                .containsExactlyInAnyOrder(Participant.Status.APPROVED, Participant.Status.DECLINED);
    }

    @Test
    void twentyParallelRegistrationsOfOneNumberNeverAnswer500() throws Exception {
        String organiser = f.organiser("Bedriftskompetanse");
        Event event = f.openEvent(organiser, 4, 2, null);
        String number = CompanyTestData.norwegianNumber();
        int n = 20;

        List<Integer> statuses = Parallel.run(n, i -> {
            String from = address();
            return () -> status(() -> register(event.getSlug(), number, "Samme AS", from, "nb"));
        });

        assertThat(Parallel.tally(statuses)).isEqualTo(Map.of(200, n));
        assertThat(f.as(organiser, () -> f.participants.all(event.getId())))
                .hasSize(n).allSatisfy(p -> assertThat(p.getStatus()).isEqualTo(Participant.Status.PENDING));
        assertThat(companyWithNumber(number)).isEmpty();
    }

    @Test
    void aBurstOnOneEventIsCutAtTheEventLimitWith429() throws Exception {
        String organiser = f.organiser("Bedriftskompetanse");
        Event event = f.openEvent(organiser, 4, 2, null);
        int n = PER_EVENT + 5;

        List<Integer> statuses = Parallel.run(n, i -> {
            String from = address();
            String number = CompanyTestData.norwegianNumber();
            return () -> status(() -> register(event.getSlug(), number, "Burst " + i + " AS", from, "nb"));
        });

        assertThat(Parallel.tally(statuses)).isEqualTo(Map.of(200, PER_EVENT, 429, n - PER_EVENT));
        assertThat(f.as(organiser, () -> f.participants.all(event.getId()))).hasSize(PER_EVENT);
    }

    @Test
    void aBurstFromOneAddressIsCutAtTheAddressLimitWithAPageInTheUsersLanguage() throws Exception {
        String organiser = f.organiser("Bedriftskompetanse");
        Event first = f.openEvent(organiser, 4, 2, null);
        Event second = f.openEvent(organiser, 4, 2, null);
        String from = address();
        int n = PER_ADDRESS + 4;

        List<MockHttpServletResponse> responses = Parallel.run(n, i -> {
            String number = CompanyTestData.norwegianNumber();
            String slug = (i % 2 == 0 ? first : second).getSlug();
            return () -> register(slug, number, "Adresse " + i + " AB", from, "sv");
        });

        assertThat(Parallel.tally(responses.stream().map(MockHttpServletResponse::getStatus).toList()))
                .isEqualTo(Map.of(200, PER_ADDRESS, 429, n - PER_ADDRESS));
        MockHttpServletResponse refused = responses.stream().filter(r -> r.getStatus() == 429).findFirst()
                .orElseThrow();
        assertThat(refused.getContentAsString()).contains("För många anmälningar");
        // another address is not affected
        assertThat(register(first.getSlug(), CompanyTestData.norwegianNumber(), "Annan AB", address(), "sv")
                .getStatus()).isEqualTo(200);
    }

    @Test
    void theServiceRefusesARegistrationWithoutConsent() {
        String organiser = f.organiser("Bedriftskompetanse");
        Event event = f.openEvent(organiser, 4, 2, null);
        EventFixture.Rep rep = f.company("Uten Samtykke AS");

        assertThatThrownBy(() -> f.as(rep.username(), () -> f.participants.register(event.getId(),
                new ParticipantService.Registration(rep.companyId(), Participant.Type.BUYER, "Kari", null, false))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("event-consent-required"));
        assertThatThrownBy(() -> f.participants.registerPublic(event, new ParticipantService.PublicRegistration(
                "NO", CompanyTestData.norwegianNumber(), "Uten AS", Participant.Type.BUYER, "Kari", null, false)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("event-consent-required"));
        assertThat(f.as(organiser, () -> f.participants.all(event.getId()))).isEmpty();
    }
}
