package no.kobling.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.kobling.event.application.AgendaService;
import no.kobling.event.domain.Event;
import no.kobling.event.domain.EventSession;
import no.kobling.event.domain.EventTable;
import no.kobling.event.domain.Meeting;
import no.kobling.event.domain.Participant;
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
 * Issue 11 finding 7 at events: meeting caps, one open request per pair, one meeting per table and slot, and one
 * meeting per participant and slot hold under parallel requests (real threads released together by a barrier,
 * real HTTP through MockMvc): the exact number succeeds, the rest answer with a code, none 500.
 */
@IntegrationTest
class EventCapacityConcurrencyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    AgendaService agendas;

    EventFixture f;

    @BeforeEach
    void setUp() {
        f = new EventFixture(context);
    }

    static String outcome(java.util.concurrent.Callable<MockHttpServletResponse> call) {
        try {
            MockHttpServletResponse r = call.call();
            String body = r.getContentAsString();
            String code = body.replaceAll("(?s).*\"code\":\"([^\"]+)\".*", "$1");
            return r.getStatus() >= 400 ? r.getStatus() + " " + code : "ok";
        } catch (Exception e) {
            return "500 " + e;
        }
    }

    record Side(EventFixture.Rep rep, Participant participant) {
    }

    List<Side> participants(String organiser, long eventId, String prefix, int n) {
        List<Side> sides = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            EventFixture.Rep rep = f.company(prefix + " " + i + " AS");
            sides.add(new Side(rep, f.participant(organiser, eventId, rep, Participant.Type.PARTNER)));
        }
        return sides;
    }

    @Test
    void parallelAcceptancesNeverTakeAParticipantBeyondItsCap() throws Exception {
        String organiser = f.organiser("Bedriftskompetanse");
        int cap = 3;
        Event event = f.openEvent(organiser, 8, 4, cap);
        Side a = participants(organiser, event.getId(), "Capped", 1).get(0);
        int n = 10;
        List<Side> others = participants(organiser, event.getId(), "Wanting", n);
        List<Long> requests = others.stream().map(o -> f.as(a.rep().username(), () -> f.requests.send(event.getId(),
                a.participant().getId(), o.participant().getId(), "Hi", 1)).getId()).toList();

        List<String> outcomes = Parallel.run(n, i -> () -> outcome(() -> mvc.perform(
                        post("/api/v1/events/{id}/requests/{r}/accept", event.getId(), requests.get(i))
                                .with(f.users.as(others.get(i).rep().username())).with(csrf()))
                .andReturn().getResponse()));

        assertThat(Parallel.tally(outcomes)).isEqualTo(Map.of("ok", cap, "422 event-cap-reached", n - cap));
        long meetingsOfA = f.as(organiser, () -> agendas.meetings(event.getId())).stream()
                .filter(m -> m.meeting().involves(a.participant().getId())).count();
        assertThat(meetingsOfA).isEqualTo(cap);
    }

    @Test
    void parallelRequestsBetweenTwoParticipantsOpenExactlyOne() throws Exception {
        String organiser = f.organiser("Bedriftskompetanse");
        Event event = f.openEvent(organiser, 8, 4, null);
        List<Side> pair = participants(organiser, event.getId(), "Pair", 2);
        int n = 10;

        List<String> outcomes = Parallel.run(n, i -> {
            Side from = pair.get(i % 2);
            Side to = pair.get(1 - i % 2);
            return () -> outcome(() -> mvc.perform(post("/api/v1/events/{id}/requests", event.getId())
                            .with(f.users.as(from.rep().username())).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"from\":" + from.participant().getId() + ",\"to\":"
                                    + to.participant().getId() + "}"))
                    .andReturn().getResponse());
        });

        assertThat(Parallel.tally(outcomes)).isEqualTo(Map.of("ok", 1, "409 event-request-exists", n - 1));
    }

    @Test
    void parallelMovesIntoOneTableAndSlotPlaceExactlyOneMeeting() throws Exception {
        String organiser = f.organiser("Bedriftskompetanse");
        Event event = f.openEvent(organiser, 8, 4, null);
        int n = 4;
        List<Side> sides = participants(organiser, event.getId(), "Table", 2 * n);
        for (int i = 0; i < n; i++) {
            f.acceptedMeeting(event.getId(), sides.get(2 * i).rep(), sides.get(2 * i).participant(),
                    sides.get(2 * i + 1).rep(), sides.get(2 * i + 1).participant());
        }
        List<Meeting> meetings = f.as(organiser, () -> agendas.meetings(event.getId())).stream()
                .map(AgendaService.MeetingRow::meeting).toList();
        EventSession session = f.session(organiser, event.getId());
        EventTable table = f.as(organiser, () -> f.events.tables(event.getId())).get(0);

        List<String> outcomes = Parallel.run(n, i -> () -> outcome(() -> move(organiser, event.getId(),
                meetings.get(i).getId(), session.getId(), 0, table.getId())));

        assertThat(Parallel.tally(outcomes)).isEqualTo(Map.of("ok", 1, "409 event-move-table-taken", n - 1));
    }

    @Test
    void parallelMovesOfOneParticipantsMeetingsIntoOneSlotPlaceExactlyOne() throws Exception {
        String organiser = f.organiser("Bedriftskompetanse");
        Event event = f.openEvent(organiser, 8, 4, null);
        int n = 4;
        Side busy = participants(organiser, event.getId(), "Busy", 1).get(0);
        List<Side> others = participants(organiser, event.getId(), "Guest", n);
        others.forEach(o -> f.acceptedMeeting(event.getId(), o.rep(), o.participant(), busy.rep(),
                busy.participant()));
        List<Meeting> meetings = f.as(organiser, () -> agendas.meetings(event.getId())).stream()
                .map(AgendaService.MeetingRow::meeting).toList();
        EventSession session = f.session(organiser, event.getId());
        List<EventTable> tables = f.as(organiser, () -> f.events.tables(event.getId()));

        List<String> outcomes = Parallel.run(n, i -> () -> outcome(() -> move(organiser, event.getId(),
                meetings.get(i).getId(), session.getId(), 0, tables.get(i).getId())));

        assertThat(Parallel.tally(outcomes)).isEqualTo(Map.of("ok", 1, "409 event-move-participant-busy", n - 1));
    }

    MockHttpServletResponse move(String organiser, long eventId, long meetingId, long sessionId, int slot,
            long tableId) throws Exception {
        return mvc.perform(post("/api/v1/events/{id}/meetings/{m}/move", eventId, meetingId)
                        .with(f.users.as(organiser)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sessionId\":" + sessionId + ",\"slot\":" + slot + ",\"tableId\":" + tableId
                                + "}"))
                .andReturn().getResponse();
    }
}
