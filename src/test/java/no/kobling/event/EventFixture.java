package no.kobling.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import no.kobling.actor.Actors;
import no.kobling.company.Companies;
import no.kobling.company.CompanyTestData;
import no.kobling.company.application.CompanyService;
import no.kobling.event.application.EventService;
import no.kobling.event.application.ParticipantService;
import no.kobling.event.application.RequestService;
import no.kobling.event.domain.Event;
import no.kobling.event.domain.EventSession;
import no.kobling.event.domain.Participant;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.UserAdministration.NewUser;
import org.springframework.context.ApplicationContext;

/**
 * Builds event test data through the services, as real users: an organiser (coordinator of an organisation), an
 * open event with one session and tables, companies with representatives, approved participants, accepted meetings.
 * Not a bean: built per test from the shared context.
 */
public class EventFixture {

    public final TestUsers users;
    public final EventService events;
    public final ParticipantService participants;
    public final RequestService requests;
    final UserAdministration userAdministration;
    final Actors actors;
    final Companies companies;
    final CompanyTestData companyData;

    public EventFixture(ApplicationContext c) {
        this.userAdministration = c.getBean(UserAdministration.class);
        this.users = new TestUsers(userAdministration, c.getBean(org.springframework.security.core.userdetails
                .UserDetailsService.class), c.getBean(no.kobling.identity.application.ApiTokenService.class));
        this.events = c.getBean(EventService.class);
        this.participants = c.getBean(ParticipantService.class);
        this.requests = c.getBean(RequestService.class);
        this.actors = c.getBean(Actors.class);
        this.companies = c.getBean(Companies.class);
        this.companyData = new CompanyTestData(c.getBean(CompanyService.class), c.getBean(Geography.class));
    }

    public long organisation(String name) {
        return SystemAccess.run(() -> actors.organisationIdByName(name)).orElseThrow();
    }

    /** A new user with the role in the named organisation. */
    public String user(String prefix, String organisationName, String role) {
        String username = TestUsers.unique(prefix);
        Long org = organisationName == null ? null : organisation(organisationName);
        SystemAccess.run(() -> userAdministration.createUser(new NewUser(username, "Test " + username,
                username + "@example.org", TestUsers.PASSWORD, org, Set.of(role), "en")));
        return username;
    }

    public String organiser(String organisationName) {
        return user("org", organisationName, "PARTNERSHIP_COORDINATOR");
    }

    public <T> T as(String username, Supplier<T> work) {
        return users.actingAs(username, work);
    }

    public void as(String username, Runnable work) {
        users.actingAs(username, () -> {
            work.run();
            return null;
        });
    }

    /** An open event of the organiser with one session (slots × 20 min, 5 min breaks) and {@code tables} tables. */
    public Event openEvent(String organiser, int slots, int tables, Integer cap) {
        return as(organiser, () -> {
            Event e = events.create(new EventService.EventCommand(null, null, Event.Mode.PLACE, "Tromsø", 48, cap,
                    "Europe/Oslo", Set.of(), Map.of("en", new Event.Text(TestUsers.unique("B2B"), "Test event"))));
            events.changeStatus(e.getId(), Event.Status.OPEN);
            events.addSession(e.getId(), LocalDate.of(2027, 3, 10), LocalTime.of(9, 0), 20, slots, 5);
            if (tables > 0) {
                events.addTables(e.getId(), "Table", tables, null);
            }
            return events.get(e.getId());
        });
    }

    public EventSession session(String organiser, long eventId) {
        return as(organiser, () -> events.sessions(eventId).get(0));
    }

    /** A company with a representative user; returns the representative's username and the company id. */
    public Rep company(String name) {
        long id = companyData.create(name, "1508", "25.62", 5, "Test", Set.of()).id();
        String rep = users.create("rep", "COMPANY_REPRESENTATIVE");
        SystemAccess.run(() -> companies.addRepresentative(id, rep));
        return new Rep(rep, id, name);
    }

    public record Rep(String username, long companyId, String name) {
    }

    /** Registers the company (by its representative) and approves it (by the organiser). */
    public Participant participant(String organiser, long eventId, Rep rep, Participant.Type type) {
        Participant p = as(rep.username(), () -> participants.register(eventId, new ParticipantService.Registration(
                rep.companyId(), type, "Contact " + rep.name(), "contact@example.org", true)));
        as(organiser, () -> participants.decide(eventId, p.getId(), true));
        return p;
    }

    /** A request from a to b, accepted by b's representative; returns the request id. */
    public long acceptedMeeting(long eventId, Rep a, Participant pa, Rep b, Participant pb) {
        long request = as(a.username(), () -> requests.send(eventId, pa.getId(), pb.getId(), "Hello", 1)).getId();
        as(b.username(), () -> requests.answer(eventId, request, true));
        return request;
    }
}
