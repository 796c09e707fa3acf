package no.kobling.event;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import no.kobling.event.EventFixture.Rep;
import no.kobling.event.application.DayService;
import no.kobling.event.domain.EventSession;
import no.kobling.event.domain.EventTable;
import no.kobling.event.domain.Meeting;
import no.kobling.event.domain.Participant;
import no.kobling.event.persistence.EventMeetingRepository;
import no.kobling.support.IntegrationTest;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hourly hand-over of held meetings to partner search reads only what is due (held, without a case, within the
 * retry window, a bounded batch), not every meeting ever held.
 */
@IntegrationTest
class HandOverJobTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    DayService day;
    @Autowired
    EventMeetingRepository meetings;
    @Autowired
    PlatformTransactionManager tm;
    @Autowired
    EntityManagerFactory emf;

    @Test
    void theHourlyJobDoesNotLoadMeetingsThatAreAlreadyHandedOver() {
        EventFixture f = new EventFixture(context);
        String organiser = f.organiser("Bedriftskompetanse");
        long id = f.openEvent(organiser, 8, 2, null).getId();
        Rep hub = f.company("Overlevering Nav AS");
        Participant ph = f.participant(organiser, id, hub, Participant.Type.BUYER);
        int held = 6;
        for (int i = 0; i < held; i++) {
            Rep other = f.company("Overlevering " + i + " AS");
            Participant po = f.participant(organiser, id, other, Participant.Type.SELLER);
            f.acceptedMeeting(id, hub, ph, other, po);
        }
        EventSession s = f.session(organiser, id);
        List<EventTable> tables = f.as(organiser, () -> f.events.tables(id));
        Instant now = Instant.parse("2027-03-10T12:00:00Z");
        // every meeting of the event was held and already has its case (as after an earlier run of the job)
        new TransactionTemplate(tm).executeWithoutResult(x -> {
            int slot = 0;
            for (Meeting m : meetings.findByEventIdOrderByIdAsc(id)) {
                m.place(s.getId(), slot++, tables.get(0).getId(), now);
                m.markHeld(now);
                m.linkCase(-1000L - m.getId());
            }
        });

        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        long before = stats.getEntityLoadCount();
        day.handOverPending();
        long loaded = stats.getEntityLoadCount() - before;
        // the old job loaded every meeting in the table (at least these six) to filter them in memory
        assertThat(loaded).as("entities loaded by the hand-over job").isLessThan(held);
    }
}
