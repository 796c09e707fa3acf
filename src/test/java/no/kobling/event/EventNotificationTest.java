package no.kobling.event;

import static org.assertj.core.api.Assertions.assertThat;

import no.kobling.event.domain.Event;
import no.kobling.event.domain.Participant;
import no.kobling.event.application.ParticipantService;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16 point 2 at events: a registration to approve goes to the event's organisers (not another organisation's),
 * an approval to the one who registered, a meeting request to the addressee and its answer to the sender.
 */
@IntegrationTest
class EventNotificationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    EventFixture f;

    @BeforeEach
    void setUp() {
        f = new EventFixture(context);
    }

    int count(String username, String kind, long eventId) {
        return jdbc.queryForObject("select count(*) from notification_notification where user_id = ? and kind = ? "
                + "and link like ?", Integer.class, f.users.id(username), kind, "/events/" + eventId + "%");
    }

    @Test
    void registrationsRequestsAndAnswersReachTheRightPeople() {
        String organiser = f.organiser("Bedriftskompetanse");
        String colleague = f.organiser("Bedriftskompetanse");
        String stranger = f.organiser("Giske kommune");
        Event event = f.openEvent(organiser, 4, 2, null);
        long eventId = event.getId();
        EventFixture.Rep a = f.company("Notify A");
        EventFixture.Rep b = f.company("Notify B");

        Participant pa = f.as(a.username(), () -> f.participants.register(eventId, new ParticipantService.Registration(
                a.companyId(), Participant.Type.PARTNER, "Contact A", "a@example.org", true)));
        assertThat(count(organiser, "REGISTRATION_TO_APPROVE", eventId)).isEqualTo(1);
        assertThat(count(colleague, "REGISTRATION_TO_APPROVE", eventId)).isEqualTo(1);
        assertThat(count(stranger, "REGISTRATION_TO_APPROVE", eventId)).as("another organisation").isZero();
        assertThat(count(a.username(), "REGISTRATION_TO_APPROVE", eventId)).isZero();

        f.as(organiser, () -> f.participants.decide(eventId, pa.getId(), true));
        assertThat(count(a.username(), "REGISTRATION_APPROVED", eventId)).isEqualTo(1);
        assertThat(count(colleague, "REGISTRATION_APPROVED", eventId)).isZero();

        Participant pb = f.participant(organiser, eventId, b, Participant.Type.PARTNER);
        long request = f.as(a.username(), () -> f.requests.send(eventId, pa.getId(), pb.getId(), "Hi", 1)).getId();
        assertThat(count(b.username(), "MEETING_REQUEST", eventId)).isEqualTo(1);
        assertThat(count(a.username(), "MEETING_REQUEST", eventId)).as("the sender").isZero();
        f.as(b.username(), () -> f.requests.answer(eventId, request, false));
        assertThat(count(a.username(), "MEETING_ANSWERED", eventId)).isEqualTo(1);
        assertThat(count(b.username(), "MEETING_ANSWERED", eventId)).isZero();
    }
}
