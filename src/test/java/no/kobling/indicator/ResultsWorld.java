package no.kobling.indicator;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.actor.Actors;
import no.kobling.actor.MemberRole;
import no.kobling.actor.NetworkRole;
import no.kobling.actor.OrganisationData;
import no.kobling.actor.OrganisationKind;
import no.kobling.actor.PartnershipData;
import no.kobling.actor.PersonData;
import no.kobling.advisory.Catalogue;
import no.kobling.advisory.catalogue.application.BookingService;
import no.kobling.company.Companies;
import no.kobling.company.CompanyTestData;
import no.kobling.event.application.DayService;
import no.kobling.event.application.EventService;
import no.kobling.event.domain.Event;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.UserAdministration.NewUser;
import no.kobling.project.plan.application.ProjectData;
import no.kobling.project.plan.application.ProjectService;
import no.kobling.project.plan.persistence.ProjectTypeRepository;
import no.kobling.support.MutableClock;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A small programme's year (2026) for the results tests, built through the public API where there is one (activities,
 * entrepreneurs' company links, cases and outcomes, referrals, the project's counting) and the module facades
 * elsewhere. Partnership P (X home Ålesund, Y home Giske, Z home Herøy) covers Ålesund, Giske and Herøy; the project
 * (owner X, party Y, funder F) covers Ålesund and Giske in 2026. W is in another partnership Q. The test keeps its own
 * record of what it made ({@code expected}), written by hand from the rules in docs/indicators.md.
 */
final class ResultsWorld {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 12, 31);

    final MockMvc mvc;
    final TestUsers users;
    final long alesund;
    final long giske;
    final long heroy;
    final long x;
    final long y;
    final long z;
    final long w;
    final long f;
    final long partnership;
    final long otherPartnership;
    final String coordX;
    final String coordY;
    final String coordW;
    final String funderF;
    final String strangerW;
    final long project;

    /** Companies by test name. */
    final Map<String, Long> c = new java.util.HashMap<>();

    ResultsWorld(ApplicationContext ctx, MockMvc mvc) throws Exception {
        this.mvc = mvc;
        Actors actors = ctx.getBean(Actors.class);
        UserAdministration admin = ctx.getBean(UserAdministration.class);
        users = new TestUsers(admin, ctx.getBean(org.springframework.security.core.userdetails.UserDetailsService.class),
                ctx.getBean(no.kobling.identity.application.ApiTokenService.class));
        Geography geo = ctx.getBean(Geography.class);
        alesund = geo.municipalityByCode("NO", "1508").orElseThrow().id();
        giske = geo.municipalityByCode("NO", "1532").orElseThrow().id();
        heroy = geo.municipalityByCode("NO", "1515").orElseThrow().id();
        x = organisation(actors, "RX", alesund);
        y = organisation(actors, "RY", giske);
        z = organisation(actors, "RZ", heroy);
        w = organisation(actors, "RW", alesund);
        f = organisation(actors, "RF", null);
        partnership = SystemAccess.run(() -> actors.createPartnership(new PartnershipData(TestUsers.unique("RP"), null,
                LocalDate.of(2025, 1, 1), null, Set.of(alesund, giske, heroy),
                Map.of(x, MemberRole.OWNER, y, MemberRole.MEMBER, z, MemberRole.MEMBER))));
        otherPartnership = SystemAccess.run(() -> actors.createPartnership(new PartnershipData(TestUsers.unique("RQ"),
                null, LocalDate.of(2025, 1, 1), null, Set.of(alesund, giske), Map.of(w, MemberRole.OWNER))));
        // the funder must be an organisation the owner sees: F shares a partnership (funding) with X
        SystemAccess.run(() -> actors.createPartnership(new PartnershipData(TestUsers.unique("RFund"), null,
                LocalDate.of(2025, 1, 1), null, Set.of(alesund), Map.of(x, MemberRole.OWNER, f, MemberRole.MEMBER))));
        coordX = user(admin, "rcx", x, "PARTNERSHIP_COORDINATOR", "FACILITATOR");
        coordY = user(admin, "rcy", y, "PARTNERSHIP_COORDINATOR", "FACILITATOR");
        coordW = user(admin, "rcw", w, "PARTNERSHIP_COORDINATOR", "FACILITATOR");
        funderF = user(admin, "rff", f, "FUNDER");
        strangerW = user(admin, "rsw", w, "PARTNERSHIP_COORDINATOR", "ADVISOR", "FACILITATOR", "FUNDER");

        long plain = ctx.getBean(ProjectTypeRepository.class).findByCode("PLAIN").orElseThrow().getId();
        ProjectService projects = ctx.getBean(ProjectService.class);
        project = users.actingAs(coordX, () -> projects.create(new ProjectData(TestUsers.unique("Results"), plain,
                partnership, null, f, FROM, TO, "Goals", "Description", Set.of(alesund, giske), Set.of(),
                List.of(new ProjectData.PartyData(y, "Advice in Giske"))))).getId();
    }

    /** The day the records are made on (links, deliveries, bookings count on the day they are made). */
    static final java.time.Instant BUILD_DAY = LocalDate.of(2026, 11, 15).atTime(12, 0)
            .atZone(ZoneId.of("Europe/Oslo")).toInstant();

    /** Builds the year's records (records outside the scope included), on {@link #BUILD_DAY}. */
    void build(ApplicationContext ctx) throws Exception {
        MutableClock clock = ctx.getBean(MutableClock.class);
        clock.set(BUILD_DAY);
        try {
            records(ctx, clock);
        } finally {
            clock.reset();
        }
    }

    private void records(ApplicationContext ctx, MutableClock clock) throws Exception {
        Companies companies = ctx.getBean(Companies.class);
        company(companies, "c1", alesund, Set.of(), 10);
        company(companies, "c2", giske, Set.of("WOMEN"), 4);
        company(companies, "c3", alesund, Set.of("YOUTH"), 5);
        company(companies, "c4", giske, Set.of("WOMEN"), null);
        company(companies, "c5", alesund, Set.of(), null);
        company(companies, "c6", giske, Set.of("WOMEN"), null);
        company(companies, "c7", alesund, Set.of(), null);
        company(companies, "cH", heroy, Set.of("WOMEN"), null);
        company(companies, "cH2", heroy, Set.of(), null);
        company(companies, "n1", alesund, Set.of(), 2);
        company(companies, "n2", giske, Set.of(), 1);
        company(companies, "n3", alesund, Set.of(), 4);
        company(companies, "n4", heroy, Set.of(), 4);
        SystemAccess.run(() -> {
            companies.recordFigure(c.get("c1"), 2025, null, null, 10);
            companies.recordFigure(c.get("c1"), 2026, null, null, 14);
            companies.recordFigure(c.get("c2"), 2025, null, null, 4);
            companies.recordFigure(c.get("c2"), 2026, null, null, 6);
            companies.recordFigure(c.get("c3"), 2025, null, null, 5);
            companies.recordFigure(c.get("c3"), 2026, null, null, 3);
            companies.recordFigure(c.get("n1"), 2026, null, null, 3);
            return null;
        });

        // entrepreneurs: e1 (X, Ålesund, women) starts n1 in the period; e2 (Y) started n2 in 2025; eW (W) starts
        // n3; e4 (X, Herøy) starts n4 outside the project's municipalities; e3 (Y) only had start-up advice
        long e1 = entrepreneur(companies, x, alesund, Set.of("WOMEN"));
        long e2 = entrepreneur(companies, y, giske, Set.of());
        long e3 = entrepreneur(companies, y, giske, Set.of("YOUTH"));
        long eW = entrepreneur(companies, w, alesund, Set.of());
        long e4 = entrepreneur(companies, x, heroy, Set.of());
        clock.set(LocalDate.of(2025, 6, 1).atTime(12, 0).atZone(ZoneId.of("Europe/Oslo")).toInstant());
        link(coordY, e2, c.get("n2"));
        clock.set(BUILD_DAY);
        link(coordX, e1, c.get("n1"));
        link(coordW, eW, c.get("n3"));
        link(coordX, e4, c.get("n4"));

        // activities in scope: c1 has ten visits (participating once), c2 start-up advice, c3 innovation (intensive),
        // c4 a deep dive, c5 a visit and a seminar, c6 the seminar and a network meeting, c7 one visit
        for (int i = 0; i < 10; i++) {
            activity(coordX, "VISIT", LocalDate.of(2026, 2, 1).plusDays(i), "0.5", null, Set.of(c.get("c1")), Set.of());
        }
        activity(coordY, "STARTUP_ADVISORY", LocalDate.of(2026, 3, 10), "1", null, Set.of(c.get("c2")), Set.of(e1));
        activity(coordX, "INNOVATION_ADVISORY", LocalDate.of(2026, 4, 1), "2", null, Set.of(c.get("c3")), Set.of());
        activity(coordY, "DEEP_DIVE", LocalDate.of(2026, 5, 1), "3", null, Set.of(c.get("c4")), Set.of());
        activity(coordX, "VISIT", LocalDate.of(2026, 6, 1), "1", null, Set.of(c.get("c5")), Set.of());
        activity(coordX, "SEMINAR", LocalDate.of(2026, 6, 15), "2", alesund, Set.of(c.get("c5"), c.get("c6")),
                Set.of());
        activity(coordY, "NETWORK_MEETING", LocalDate.of(2026, 9, 1), "1", giske, Set.of(c.get("c6")), Set.of());
        activity(coordY, "STARTUP_ADVISORY", LocalDate.of(2026, 10, 1), "1", giske, Set.of(), Set.of(e3));
        activity(coordX, "VISIT", LocalDate.of(2026, 7, 1), "1", null, Set.of(c.get("c7")), Set.of());
        // outside: before the period, another partnership's organisation, outside the project's municipalities
        activity(coordX, "STARTUP_ADVISORY", LocalDate.of(2025, 11, 1), "1", null, Set.of(c.get("c1")), Set.of());
        activity(coordW, "STARTUP_ADVISORY", LocalDate.of(2026, 3, 1), "1", null, Set.of(c.get("c1")), Set.of());
        activity(coordW, "SEMINAR", LocalDate.of(2026, 3, 2), "1", null, Set.of(c.get("c7")), Set.of());
        activity(coordX, "STARTUP_ADVISORY", LocalDate.of(2026, 3, 1), "1", null, Set.of(c.get("cH")), Set.of());
        activity(coordX, "SEMINAR", LocalDate.of(2026, 4, 4), "1", null, Set.of(c.get("cH")), Set.of());
        activity(coordX, "DEEP_DIVE", LocalDate.of(2026, 4, 5), "1", null, Set.of(c.get("cH2")), Set.of());

        // events: X with co-organiser Y (joint, local), X alone (local), X with Y in 2025, W's own event
        EventService events = ctx.getBean(EventService.class);
        event(events, coordX, Set.of(y), LocalDate.of(2026, 5, 20));
        event(events, coordX, Set.of(), LocalDate.of(2026, 8, 1));
        event(events, coordX, Set.of(y), LocalDate.of(2025, 5, 20));
        event(events, coordW, Set.of(), LocalDate.of(2026, 5, 20));
        // Z (home Herøy, outside) organises with X: not local (held in Herøy), but joint (X is from Ålesund)
        String coordZ = userOf(ctx, "rcz", z);
        event(events, coordZ, Set.of(x), LocalDate.of(2026, 9, 9));

        // b2b meetings: two held at X's event in the period, one at W's event
        heldMeetings(ctx, coordX, 2);
        heldMeetings(ctx, coordW, 1);

        // partner search: a case of P between c1 and c2 (a letter of intent and a transaction in 2026, one in 2025);
        // a case of P between Herøy companies; a case of Q between c1 and c2
        long k1 = caseOf(coordX, coordY, partnership, c.get("c1"), c.get("c2"));
        outcome(coordX, k1, "LETTER_OF_INTENT", LocalDate.of(2026, 4, 1), null, null);
        outcome(coordX, k1, "TRANSACTION", LocalDate.of(2026, 6, 1), "100000", "NOK");
        outcome(coordX, k1, "TRANSACTION", LocalDate.of(2026, 7, 1), "2500.50", "EUR");
        outcome(coordX, k1, "TRANSACTION", LocalDate.of(2025, 12, 1), "5000", "EUR");
        long k2 = caseOf(coordX, coordY, partnership, c.get("cH"), c.get("cH2"));
        outcome(coordX, k2, "LETTER_OF_INTENT", LocalDate.of(2026, 4, 1), null, null);
        String coordW2 = userOf(ctx, "rcw2", w);
        long k3 = caseOf(coordW, coordW2, otherPartnership, c.get("c1"), c.get("c2"));
        outcome(coordW, k3, "LETTER_OF_INTENT", LocalDate.of(2026, 4, 1), null, null);

        // referrals: X refers c1 and c3 to its own service; c1's is delivered (today, in 2026); c3's only accepted
        Catalogue catalogue = ctx.getBean(Catalogue.class);
        long service = SystemAccess.run(() -> catalogue.createService(new Catalogue.ServiceData(x,
                Map.of("en", TestUsers.unique("Results service")), Map.of("en", "d"), partnership,
                Set.of(alesund, giske, heroy), Set.of(), 10)));
        long r1 = referral(coordX, service, c.get("c1"));
        move(coordX, r1, "accept");
        move(coordX, r1, "deliver");
        long r2 = referral(coordX, service, c.get("c3"));
        move(coordX, r2, "accept");
        long rH = referral(coordX, service, c.get("cH"));
        move(coordX, rH, "accept");
        move(coordX, rH, "deliver");

        // expert hours: X books its expert for c1 (2 + 1.5 hours in 2026) and cH (1 hour, outside)
        long expert = SystemAccess.run(() -> ctx.getBean(Actors.class).createPerson(new PersonData(
                TestUsers.unique("Expert"), Set.of(NetworkRole.MENTOR_EXPERT), x, alesund, Set.of("nb"),
                Set.of("export"), null, null, true, null)));
        SystemAccess.run(() -> catalogue.setExpertCapacity(expert, 40));
        BookingService bookings = ctx.getBean(BookingService.class);
        long b1 = users.actingAs(coordX, () -> catalogue.bookExpert(expert, c.get("c1"), YearMonth.of(2026, 11),
                new BigDecimal("5"), "export"));
        long bH = users.actingAs(coordX, () -> catalogue.bookExpert(expert, c.get("cH"), YearMonth.of(2026, 11),
                new BigDecimal("5"), "export"));
        SystemAccess.run(() -> {
            bookings.logHours(b1, LocalDate.of(2026, 11, 2), new BigDecimal("2"), null);
            bookings.logHours(b1, LocalDate.of(2026, 11, 12), new BigDecimal("1.5"), null);
            bookings.logHours(bH, LocalDate.of(2026, 11, 2), new BigDecimal("1"), null);
            return null;
        });
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private static long organisation(Actors actors, String name, Long home) {
        return SystemAccess.run(() -> actors.createOrganisation(new OrganisationData(TestUsers.unique(name),
                OrganisationKind.BUSINESS_GARDEN, "NO", home, null, null, null, null, null, null)));
    }

    private static String user(UserAdministration admin, String prefix, long org, String... roles) {
        String username = TestUsers.unique(prefix);
        SystemAccess.run(() -> admin.createUser(new NewUser(username, "Test " + username, username + "@example.org",
                TestUsers.PASSWORD, org, Set.of(roles), "en")));
        return username;
    }

    private static String userOf(ApplicationContext ctx, String prefix, long org) {
        return user(ctx.getBean(UserAdministration.class), prefix, org, "PARTNERSHIP_COORDINATOR", "FACILITATOR");
    }

    void company(Companies companies, String name, long municipality, Set<String> groups, Integer employees) {
        long id = SystemAccess.run(() -> companies.register(new Companies.CompanyData("NO",
                CompanyTestData.norwegianNumber(), TestUsers.unique(name), "AS", "25.62", municipality, employees,
                null, groups)));
        c.put(name, id);
    }

    static long entrepreneur(Companies companies, long owner, long municipality, Set<String> groups) {
        return SystemAccess.run(() -> companies.registerEntrepreneur(new Companies.EntrepreneurData(owner,
                TestUsers.unique("Founder"), null, municipality, "Idea", true, true, groups)));
    }

    String call(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String body, int expected) throws Exception {
        var response = mvc.perform(request.with(users.as(user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
        if (response.getStatus() != expected) {
            throw new AssertionError(request + " → " + response.getStatus() + " " + response.getContentAsString());
        }
        return response.getContentAsString();
    }

    void link(String user, long entrepreneur, long company) throws Exception {
        call(user, post("/api/v1/entrepreneurs/{id}/company", entrepreneur), "{\"companyId\":" + company + "}", 200);
    }

    private void activity(String user, String kind, LocalDate date, String hours, Long municipality,
            Set<Long> companyIds, Set<Long> entrepreneurIds) throws Exception {
        activity(user, kind, date, hours, municipality, companyIds, entrepreneurIds, null);
    }

    /** Logs an activity through the API, tagged with {@code projectId} when not null. */
    void activity(String user, String kind, LocalDate date, String hours, Long municipality,
            Set<Long> companyIds, Set<Long> entrepreneurIds, Long projectId) throws Exception {
        String body = "{\"kindCode\":\"" + kind + "\",\"date\":\"" + date + "\",\"hours\":" + hours
                + (projectId == null ? "" : ",\"projectId\":" + projectId)
                + (municipality == null ? "" : ",\"municipalityId\":" + municipality) + ",\"companyIds\":"
                + ids(companyIds) + ",\"entrepreneurIds\":" + ids(entrepreneurIds) + "}";
        call(user, post("/api/v1/advisory/activities"), body, 201);
    }

    private static String ids(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
    }

    private void event(EventService events, String organiser, Set<Long> coOrganisers, LocalDate day) {
        users.actingAs(organiser, () -> {
            Event e = events.create(new EventService.EventCommand(null, null, Event.Mode.PLACE, "Ålesund", 48, null,
                    "Europe/Oslo", coOrganisers, Map.of("en", new Event.Text(TestUsers.unique("Day"), "d"))));
            events.changeStatus(e.getId(), Event.Status.OPEN);
            events.addSession(e.getId(), day, java.time.LocalTime.of(9, 0), 20, 6, 5);
            return null;
        });
    }

    /** An open event of the organiser (session in 2026) with {@code n} meetings marked held. */
    private void heldMeetings(ApplicationContext ctx, String organiser, int n) {
        no.kobling.event.EventFixture fixture = new no.kobling.event.EventFixture(ctx);
        long eventId = users.actingAs(organiser, () -> {
            EventService events = ctx.getBean(EventService.class);
            Event e = events.create(new EventService.EventCommand(null, null, Event.Mode.PLACE, "Ålesund", 48, null,
                    "Europe/Oslo", Set.of(), Map.of("en", new Event.Text(TestUsers.unique("B2B"), "d"))));
            events.changeStatus(e.getId(), Event.Status.OPEN);
            events.addSession(e.getId(), LocalDate.of(2026, 10, 10), java.time.LocalTime.of(9, 0), 20, 6, 5);
            events.addTables(e.getId(), "Table", 1, null);
            return e.getId();
        });
        DayService day = ctx.getBean(DayService.class);
        for (int i = 0; i < n; i++) {
            var a = fixture.company(TestUsers.unique("Meet A"));
            var b = fixture.company(TestUsers.unique("Meet B"));
            var pa = fixture.participant(organiser, eventId, a, no.kobling.event.domain.Participant.Type.PARTNER);
            var pb = fixture.participant(organiser, eventId, b, no.kobling.event.domain.Participant.Type.PARTNER);
            fixture.acceptedMeeting(eventId, a, pa, b, pb);
            long meeting = SystemAccess.run(() -> ctx.getBean(no.kobling.event.persistence.EventMeetingRepository.class)
                    .findAll().stream().filter(m -> m.getEventId() == eventId && m.getStatus()
                            == no.kobling.event.domain.Meeting.Status.PLANNED).findFirst().orElseThrow().getId());
            int slot = i;
            users.actingAs(organiser, () -> {
                EventService events = ctx.getBean(EventService.class);
                ctx.getBean(no.kobling.event.application.MeetingEditService.class).move(eventId, meeting,
                        events.sessions(eventId).get(0).getId(), slot, events.tables(eventId).get(0).getId());
                return day.markHeld(eventId, meeting);
            });
        }
    }

    private long caseOf(String facilitatorA, String facilitatorB, long partnershipId, long a, long b)
            throws Exception {
        return caseOf(facilitatorA, facilitatorB, partnershipId, a, b, null);
    }

    long caseOf(String facilitatorA, String facilitatorB, long partnershipId, long a, long b, Long projectId)
            throws Exception {
        String body = "{\"partnershipId\":" + partnershipId
                + (projectId == null ? "" : ",\"projectId\":" + projectId) + ",\"companyA\":" + a + ",\"companyB\":" + b
                + ",\"facilitatorA\":" + users.id(facilitatorA) + ",\"facilitatorB\":" + users.id(facilitatorB) + "}";
        long id = ((Number) JsonPath.read(call(facilitatorA, post("/api/v1/cases"), body, 201), "$.card.id"))
                .longValue();
        String consent = "{\"givenBy\":\"CEO\",\"givenOn\":\"2026-01-15\",\"how\":\"e-mail\"}";
        call(facilitatorA, put("/api/v1/cases/{id}/consents/{side}", id, "A"), consent, 200);
        call(facilitatorB, put("/api/v1/cases/{id}/consents/{side}", id, "B"), consent, 200);
        return id;
    }

    void outcome(String user, long caseId, String kind, LocalDate on, String amount, String currency)
            throws Exception {
        String body = "{\"kind\":\"" + kind + "\",\"occurredOn\":\"" + on + "\""
                + (amount == null ? "" : ",\"amount\":" + amount + ",\"currency\":\"" + currency + "\"") + "}";
        call(user, post("/api/v1/cases/{id}/outcomes", caseId), body, 201);
    }

    private long referral(String user, long service, long company) throws Exception {
        String body = "{\"serviceId\":" + service + ",\"companyId\":" + company + "}";
        return ((Number) JsonPath.read(call(user, post("/api/v1/catalogue/referrals"), body, 201), "$.id"))
                .longValue();
    }

    private void move(String user, long referral, String action) throws Exception {
        call(user, post("/api/v1/catalogue/referrals/{id}/{action}", referral, action), "{}", 200);
    }

    void counting(String user, String counting) throws Exception {
        call(user, put("/api/v1/projects/{id}/results/counting", project), "{\"counting\":\"" + counting + "\"}",
                200);
    }
}
