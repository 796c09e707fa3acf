package no.kobling.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kobling.actor.Actors;
import no.kobling.actor.OrganisationData;
import no.kobling.actor.OrganisationKind;
import no.kobling.event.EventFixture.Rep;
import no.kobling.event.application.AgendaService;
import no.kobling.event.application.AgendaService.MeetingRow;
import no.kobling.event.application.DayService;
import no.kobling.event.application.MeetingEditService;
import no.kobling.event.application.ScheduleService;
import no.kobling.event.domain.Event;
import no.kobling.event.domain.EventSession;
import no.kobling.event.domain.EventTable;
import no.kobling.event.domain.Meeting;
import no.kobling.event.domain.Participant;
import no.kobling.event.domain.ScheduleRun;
import no.kobling.event.persistence.EventMeetingRepository;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.partnering.PartnerCases;
import no.kobling.shared.DomainException;
import no.kobling.shared.pdf.PdfChecks;
import no.kobling.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scheduling runs and proposals, pins and other bad input, hand edits with conflict checks, calendar UIDs, the day
 * and the report.
 */
@IntegrationTest
class EventSchedulingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ScheduleService scheduling;
    @Autowired
    MeetingEditService edits;
    @Autowired
    AgendaService agendas;
    @Autowired
    DayService day;
    @Autowired
    no.kobling.support.MutableClock clock;
    @Autowired
    EventMeetingRepository meetingRepository;
    @Autowired
    PlatformTransactionManager tm;
    EventFixture f;
    String organiser;
    long id;
    Rep a;
    Rep b;
    Rep c;
    Participant pa;
    Participant pb;
    Participant pc;

    @BeforeEach
    void setUp() {
        f = new EventFixture(context);
        organiser = f.organiser("Bedriftskompetanse");
    }

    /** An event with three approved companies and the meetings a–b, a–c and b–c accepted. */
    void threeCompanies(int slots, int tables) {
        id = f.openEvent(organiser, slots, tables, null).getId();
        a = f.company("Plan Alfa AS");
        b = f.company("Plan Beta AS");
        c = f.company("Plan Gamma AS");
        pa = f.participant(organiser, id, a, Participant.Type.BUYER);
        pb = f.participant(organiser, id, b, Participant.Type.SELLER);
        pc = f.participant(organiser, id, c, Participant.Type.SELLER);
        f.acceptedMeeting(id, a, pa, b, pb);
        f.acceptedMeeting(id, a, pa, c, pc);
        f.acceptedMeeting(id, b, pb, c, pc);
    }

    ScheduleService.RunView run() {
        long run = f.as(organiser, () -> scheduling.start(id, 5));
        scheduling.await(run, Duration.ofSeconds(60));
        return f.as(organiser, () -> scheduling.run(id, run));
    }

    List<MeetingRow> rows() {
        return f.as(organiser, () -> agendas.meetings(id));
    }

    MeetingRow row(Participant x, Participant y) {
        return rows().stream().filter(r -> r.meeting().involves(x.getId()) && r.meeting().involves(y.getId()))
                .findFirst().orElseThrow();
    }

    /** Checks a schedule independently: no participant or table twice in a slot. */
    static void assertNoDoubleBooking(List<MeetingRow> rows) {
        Set<String> seen = new HashSet<>();
        for (MeetingRow r : rows) {
            if (r.start() == null || r.meeting().getStatus() == Meeting.Status.CANCELLED) {
                continue;
            }
            assertThat(seen.add(r.globalSlot() + ":t" + r.table().getId())).as("table twice").isTrue();
            assertThat(seen.add(r.globalSlot() + ":p" + r.a().getId())).as("participant twice").isTrue();
            assertThat(seen.add(r.globalSlot() + ":p" + r.b().getId())).as("participant twice").isTrue();
        }
    }

    @Test
    void theScheduleChangesOnlyWhenTheOrganiserAcceptsTheProposal() throws Exception {
        threeCompanies(4, 2);
        ScheduleService.RunView first = run();
        assertThat(first.run().getStatus()).isEqualTo(ScheduleRun.Status.PROPOSED);
        assertThat(first.run().getScheduled()).isEqualTo(3);
        // the previous (empty) schedule stays until the proposal is accepted
        assertThat(rows()).allSatisfy(r -> assertThat(r.start()).isNull());
        assertThat(f.as(a.username(), () -> agendas.agenda(id, pa.getId()))).isEmpty();
        mvc.perform(get("/events/{id}/schedule/runs/{r}", id, first.run().getId()).with(f.users.as(organiser))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"progress\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))));
        f.as(organiser, () -> scheduling.accept(id, first.run().getId()));
        assertThat(rows()).allSatisfy(r -> assertThat(r.start()).isNotNull());
        assertNoDoubleBooking(rows());

        // a late request: d meets a; the locked a–b meeting is pinned and stays exactly where it is
        Rep d = f.company("Plan Delta AS");
        Participant pd = f.participant(organiser, id, d, Participant.Type.SELLER);
        f.acceptedMeeting(id, d, pd, a, pa);
        MeetingRow ab = row(pa, pb);
        f.as(organiser, () -> edits.lock(id, ab.meeting().getId(), true));
        ScheduleService.RunView second = run();
        assertThat(second.run().getStatus()).isEqualTo(ScheduleRun.Status.PROPOSED);
        assertThat(row(pd, pa).start()).as("late meeting not placed before acceptance").isNull();
        // a hand edit after the run made the proposal stale
        MeetingRow bc = row(pb, pc);
        f.as(organiser, () -> edits.unschedule(id, bc.meeting().getId()));
        assertThatThrownBy(() -> f.as(organiser, () -> scheduling.accept(id, second.run().getId())))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("event-run-stale");
        ScheduleService.RunView third = run();
        f.as(organiser, () -> scheduling.accept(id, third.run().getId()));
        MeetingRow abAfter = row(pa, pb);
        assertThat(abAfter.globalSlot()).isEqualTo(ab.globalSlot());
        assertThat(abAfter.table().getId()).isEqualTo(ab.table().getId());
        assertThat(abAfter.meeting().isLocked()).isTrue();
        assertThat(row(pd, pa).start()).isNotNull();
        assertNoDoubleBooking(rows());
        // an accepted proposal cannot be accepted again
        assertThatThrownBy(() -> f.as(organiser, () -> scheduling.accept(id, third.run().getId())))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("event-run-not-proposed");
    }

    @Test
    void conflictingPinsAndTooManyPinsFailTheRunWithNamedProblemsAndKeepTheSchedule() throws Exception {
        threeCompanies(3, 1);
        Rep d = f.company("Pin Delta AS");
        Participant pd = f.participant(organiser, id, d, Participant.Type.BUYER);
        f.acceptedMeeting(id, d, pd, c, pc);
        EventSession s = f.session(organiser, id);
        EventTable t = f.as(organiser, () -> f.events.tables(id)).get(0);
        // the data of an old import: a–b and c–d locked at the same table at the same time
        new TransactionTemplate(tm).executeWithoutResult(x -> {
            for (Meeting m : meetingRepository.findByEventIdOrderByIdAsc(id)) {
                if ((m.involves(pa.getId()) && m.involves(pb.getId())) || m.involves(pd.getId())) {
                    m.place(s.getId(), 0, t.getId(), java.time.Instant.now());
                    m.lock(true);
                }
            }
        });
        ScheduleService.RunView failed = run();
        assertThat(failed.run().getStatus()).isEqualTo(ScheduleRun.Status.FAILED);
        assertThat(failed.problems()).extracting(ScheduleService.Problem::key)
                .contains("event.problem.pins-exceed-tables", "event.problem.pin-table-conflict");
        mvc.perform(get("/events/{id}/schedule/runs/{r}", id, failed.run().getId()).with(f.users.as(organiser)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Slot 1 has 2 locked meetings but only 1 tables")))
                .andExpect(content().string(Matchers.containsString("The current schedule is unchanged.")));
        // the schedule is as it was: the two pinned meetings in place, the others unscheduled
        assertThat(rows().stream().filter(r -> r.start() != null)).hasSize(2);
        assertThatThrownBy(() -> f.as(organiser, () -> scheduling.accept(id, failed.run().getId())))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("event-run-not-proposed");

        // a pin in a slot the participant has blocked is named too
        new TransactionTemplate(tm).executeWithoutResult(x -> meetingRepository.findByEventIdOrderByIdAsc(id)
                .stream().filter(m -> m.involves(pd.getId())).forEach(m -> m.place(null, null, null,
                        java.time.Instant.now())));
        f.as(a.username(), () -> f.participants.availability(id, pa.getId(),
                Set.of(new Participant.SlotRef(s.getId(), 0)), null));
        ScheduleService.RunView unavailable = run();
        assertThat(unavailable.problems()).extracting(ScheduleService.Problem::key)
                .containsExactly("event.problem.pin-unavailable");
        assertThat(unavailable.problems().get(0).args()).contains("Plan Alfa AS");
    }

    @Test
    void handEditsAreCheckedForConflictsAndTheCalendarEntryUpdatesInsteadOfDuplicating() throws Exception {
        threeCompanies(4, 2);
        ScheduleService.RunView r = run();
        f.as(organiser, () -> scheduling.accept(id, r.run().getId()));
        EventSession s = f.session(organiser, id);
        List<EventTable> tables = f.as(organiser, () -> f.events.tables(id));
        MeetingRow ab = row(pa, pb);
        MeetingRow ac = row(pa, pc);
        MeetingRow bc = row(pb, pc);

        // table taken: move b–c onto a–b's table and slot
        assertThatThrownBy(() -> f.as(organiser, () -> edits.move(id, bc.meeting().getId(), s.getId(),
                ab.meeting().getSlotNo(), ab.table().getId())))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("event-move-table-taken");
        // participant busy: a–c into a–b's slot at the other table
        long otherTable = tables.stream().filter(t -> !t.getId().equals(ab.table().getId())).findFirst()
                .orElseThrow().getId();
        assertThatThrownBy(() -> f.as(organiser, () -> edits.move(id, ac.meeting().getId(), s.getId(),
                ab.meeting().getSlotNo(), otherTable)))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("event-move-participant-busy");
        // unavailable: c blocks slot 3, b–c cannot go there
        f.as(c.username(), () -> f.participants.availability(id, pc.getId(),
                Set.of(new Participant.SlotRef(s.getId(), 3)), null));
        mvc.perform(post("/events/{id}/meetings/{m}/move", id, bc.meeting().getId()).with(f.users.as(organiser))
                        .with(csrf()).param("slot", s.getId() + ":3").param("tableId", String.valueOf(otherTable)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("errorCode", "event-move-unavailable"));

        String before = mvc.perform(get("/public/calendar/{t}.ics", pa.getCalendarToken()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String uid = "UID:event-meeting-" + ab.meeting().getId() + "@kobling.no";
        assertThat(count(before, uid)).isEqualTo(1);
        assertThat(count(before, "BEGIN:VEVENT")).isEqualTo(2);
        int sequence = sequenceOf(before, uid);
        // a free slot for a–b: one where neither a nor b meets
        Set<Integer> busy = new HashSet<>();
        rows().stream().filter(x -> x.meeting().involves(pa.getId()) || x.meeting().involves(pb.getId()))
                .forEach(x -> busy.add(x.meeting().getSlotNo()));
        int free = java.util.stream.IntStream.range(0, 4).filter(i -> !busy.contains(i)).findFirst().orElseThrow();
        f.as(organiser, () -> edits.move(id, ab.meeting().getId(), s.getId(), free, tables.get(0).getId()));
        String after = mvc.perform(get("/public/calendar/{t}.ics", pa.getCalendarToken()))
                .andReturn().getResponse().getContentAsString();
        assertThat(count(after, uid)).isEqualTo(1);
        assertThat(count(after, "BEGIN:VEVENT")).isEqualTo(2);
        assertThat(sequenceOf(after, uid)).isEqualTo(sequence + 1);
        assertThat(block(after, uid)).isNotEqualTo(block(before, uid)).contains("DTSTART:20270310T");
        mvc.perform(get("/public/calendar/{t}.ics", "no-such-token")).andExpect(status().isNotFound());
    }

    @Test
    void aRemovedParticipantsMeetingsLeaveTheScheduleWithAMessage() throws Exception {
        threeCompanies(4, 2);
        ScheduleService.RunView r = run();
        f.as(organiser, () -> scheduling.accept(id, r.run().getId()));
        mvc.perform(post("/events/{id}/participants/{p}/remove", id, pc.getId()).with(f.users.as(organiser))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("infoKey", "locale.count.meetings-removed"))
                .andExpect(flash().attribute("infoArgs", Matchers.arrayContaining((Object) 2)));
        assertThat(rows()).filteredOn(x -> x.meeting().involves(pc.getId()))
                .allSatisfy(x -> assertThat(x.meeting().getStatus()).isEqualTo(Meeting.Status.CANCELLED));
        assertThat(f.as(b.username(), () -> agendas.agenda(id, pb.getId()))).hasSize(1);
        // the next run leaves the removed participant out and places the rest
        ScheduleService.RunView next = run();
        assertThat(next.run().getMeetings()).isEqualTo(1);
        assertThat(next.run().getStatus()).isEqualTo(ScheduleRun.Status.PROPOSED);
        assertThat(mvc.perform(get("/public/calendar/{t}.ics", pc.getCalendarToken())).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
    }

    @Test
    void theDayHeldMeetingsFeedbackAndTheReport() throws Exception {
        threeCompanies(4, 2);
        ScheduleService.RunView r = run();
        f.as(organiser, () -> scheduling.accept(id, r.run().getId()));
        MeetingRow ab = row(pa, pb);
        MeetingRow ac = row(pa, pc);
        // a late request that stays pending and one that is declined
        Rep d = f.company("Dag Delta AS");
        Participant pd = f.participant(organiser, id, d, Participant.Type.BUYER);
        f.as(d.username(), () -> f.requests.send(id, pd.getId(), pb.getId(), null, 1));
        long declined = f.as(d.username(), () -> f.requests.send(id, pd.getId(), pc.getId(), null, 1)).getId();
        f.as(c.username(), () -> f.requests.answer(id, declined, false));

        mvc.perform(post("/events/{id}/participants/{p}/check-in", id, pa.getId()).with(f.users.as(organiser))
                .with(csrf())).andExpect(status().is3xxRedirection());
        // a meeting is marked held or no-show once its time has come (the fixture's day is 10 March 2027)
        assertThatThrownBy(() -> f.as(organiser, () -> day.markHeld(id, ab.meeting().getId())))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("event-meeting-not-started");
        clock.set(java.time.Instant.parse("2027-03-10T20:00:00Z"));
        try {
            mvc.perform(post("/events/{id}/meetings/{m}/held", id, ab.meeting().getId()).with(f.users.as(organiser))
                    .with(csrf())).andExpect(status().is3xxRedirection());
            f.as(organiser, () -> day.markNoShow(id, ac.meeting().getId()));
            assertThatThrownBy(() -> f.as(organiser, () -> day.markNoShow(id, ab.meeting().getId())))
                    .isInstanceOf(DomainException.class).extracting("code").isEqualTo("event-meeting-status");
        } finally {
            clock.reset();
        }
        // feedback: only on held meetings, once, by a side of the meeting
        f.as(a.username(), () -> day.feedback(id, pa.getId(), ab.meeting().getId(), true, true, "Send offer"));
        assertThatThrownBy(() -> f.as(a.username(), () -> {
            day.feedback(id, pa.getId(), ab.meeting().getId(), true, true, null);
            return null;
        })).isInstanceOf(DomainException.class).extracting("code").isEqualTo("event-feedback-given");
        assertThatThrownBy(() -> f.as(a.username(), () -> {
            day.feedback(id, pa.getId(), ac.meeting().getId(), true, false, null);
            return null;
        })).isInstanceOf(DomainException.class).extracting("code").isEqualTo("event-feedback-not-held");

        // the hand-over to partner search: a case id when the cases implementation is there
        Meeting held = rows().stream().filter(x -> x.meeting().getId().equals(ab.meeting().getId())).findFirst()
                .orElseThrow().meeting();
        boolean casesInstalled = context.getBeanProvider(PartnerCases.class).getIfAvailable() != null;
        assertThat(held.getStatus()).isEqualTo(Meeting.Status.HELD);
        assertThat(held.getCaseId() != null).isEqualTo(casesInstalled);

        // the report, against counts made here: 3 + 2 requests, 3 accepted, 1 declined, 1 pending
        DayService.Report report = f.as(organiser, () -> day.report(id));
        assertThat(report.requests()).isEqualTo(5);
        assertThat(report.accepted()).isEqualTo(3);
        assertThat(report.declined()).isEqualTo(1);
        assertThat(report.pending()).isEqualTo(1);
        assertThat(report.scheduled()).isEqualTo(3);
        assertThat(report.held()).isEqualTo(1);
        assertThat(report.noShows()).isEqualTo(1);
        assertThat(report.checkedIn()).isEqualTo(1);
        assertThat(report.participants()).isEqualTo(4);
        assertThat(report.followUpsWanted()).isEqualTo(1);
        assertThat(report.casesOpened()).isEqualTo(casesInstalled ? 1 : 0);
        mvc.perform(get("/api/v1/events/{id}/report", id).with(f.users.as(organiser)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.held")
                        .value(1));

        // agenda and table plan as PDF
        byte[] pdf = mvc.perform(get("/events/{id}/participants/{p}/agenda.pdf", id, pa.getId())
                        .with(f.users.as(a.username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        byte[] plan = mvc.perform(get("/events/{id}/plan.pdf", id).with(f.users.as(organiser)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(plan, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        mvc.perform(get("/events/{id}/plan", id).with(f.users.as(organiser))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Plan Alfa AS – Plan Beta AS")));
        mvc.perform(get("/events/{id}/plan", id).with(f.users.as(a.username()))).andExpect(status().isNotFound());
    }

    @Test
    void theAgendaAndTablePlanPdfsPrintSámiAndNordicNamesInAnEmbeddedFontAndAreTagged() throws Exception {
        id = f.openEvent(organiser, 2, 1, null).getId();
        a = f.company("Porsáŋgu Guolli AS");
        b = f.company("Åsa Øvergård Design AS");
        pa = f.participant(organiser, id, a, Participant.Type.BUYER);
        pb = f.participant(organiser, id, b, Participant.Type.SELLER);
        f.acceptedMeeting(id, a, pa, b, pb);
        ScheduleService.RunView r = run();
        f.as(organiser, () -> scheduling.accept(id, r.run().getId()));
        byte[] agenda = mvc.perform(get("/events/{id}/participants/{p}/agenda.pdf", id, pa.getId())
                        .param("lang", "fi").with(f.users.as(a.username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        PdfChecks.Read read = PdfChecks.assertAccessible(agenda, "Porsáŋgu Guolli AS", "Åsa Øvergård Design AS");
        assertThat(read.language()).isEqualTo("fi");
        assertThat(read.title()).contains("Porsáŋgu Guolli AS");
        byte[] plan = mvc.perform(get("/events/{id}/plan.pdf", id).with(f.users.as(organiser)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        PdfChecks.assertAccessible(plan, "Porsáŋgu Guolli AS – Åsa Øvergård Design AS");
    }

    @Test
    void theCalendarFeedCarriesLocationDescriptionAndTheOrganisersContactEscapedAndFolded() throws Exception {
        String orgName = TestUsers.unique("Porsáŋgu Næringsforum; Øst, Vest");
        String orgMail = TestUsers.unique("arrangor").toLowerCase(java.util.Locale.ROOT) + "@porsanger.example";
        SystemAccess.run(() -> context.getBean(Actors.class).createOrganisation(new OrganisationData(orgName,
                OrganisationKind.BUSINESS_GARDEN, "NO", null, null, null, orgMail, null, null)));
        String host = f.organiser(orgName);
        id = f.openEvent(host, 2, 1, null).getId();
        a = f.company("Guolli; Fisk, og Sild AS");
        b = f.company("Åsa Øvergård Design AS");
        pa = f.participant(host, id, a, Participant.Type.BUYER);
        pb = f.participant(host, id, b, Participant.Type.SELLER);
        f.acceptedMeeting(id, a, pa, b, pb);
        long run = f.as(host, () -> scheduling.start(id, 5));
        scheduling.await(run, Duration.ofSeconds(60));
        f.as(host, () -> scheduling.accept(id, run));
        String table = f.as(host, () -> agendas.meetings(id)).get(0).table().getName();
        String title = f.as(host, () -> context.getBean(no.kobling.event.application.EventService.class).get(id))
                .text("en").title();

        String feed = mvc.perform(get("/public/calendar/{t}.ics", pb.getCalendarToken()).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // every physical line ends in CRLF and has at most 75 octets
        assertThat(feed).endsWith("\r\n");
        for (String physical : feed.substring(0, feed.length() - 2).split("\r\n", -1)) {
            assertThat(physical.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(physical)
                    .isLessThanOrEqualTo(75);
            assertThat(physical).doesNotContain("\n", "\r");
        }
        List<String> lines = List.of(feed.replace("\r\n ", "").split("\r\n"));
        List<String> event = lines.subList(lines.indexOf("BEGIN:VEVENT"), lines.indexOf("END:VEVENT"));
        assertThat(event).contains("SUMMARY:B2B: Guolli\\; Fisk\\, og Sild AS");
        assertThat(unescape(value(event, "LOCATION:"))).isEqualTo(table + ", Tromsø");
        assertThat(unescape(value(event, "DESCRIPTION:"))).isEqualTo(
                "Meeting with Guolli; Fisk, og Sild AS (NO) at " + title + ".\n"
                + "Table: " + table + "\n"
                + "Organiser: " + orgName + ", " + orgMail);
        assertThat(event).contains("ORGANIZER;CN=\"" + orgName + "\":mailto:" + orgMail);

        // in the participant's language when the calendar asks for it
        String norwegian = mvc.perform(get("/public/calendar/{t}.ics", pb.getCalendarToken()).param("lang", "nb"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unescape(value(List.of(norwegian.replace("\r\n ", "").split("\r\n")), "DESCRIPTION:")))
                .startsWith("Møte med Guolli; Fisk, og Sild AS (NO) på ").contains("Arrangør: " + orgName);
    }

    static String value(List<String> lines, String name) {
        return lines.stream().filter(l -> l.startsWith(name)).findFirst().orElseThrow().substring(name.length());
    }

    static String unescape(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char n = text.charAt(++i);
                b.append(n == 'n' || n == 'N' ? '\n' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @Test
    void noSessionsOrTablesIsAClearProblem() {
        id = f.openEvent(organiser, 2, 0, null).getId();
        a = f.company("Tom Alfa AS");
        b = f.company("Tom Beta AS");
        pa = f.participant(organiser, id, a, Participant.Type.BUYER);
        pb = f.participant(organiser, id, b, Participant.Type.SELLER);
        f.acceptedMeeting(id, a, pa, b, pb);
        ScheduleService.RunView failed = run();
        assertThat(failed.run().getStatus()).isEqualTo(ScheduleRun.Status.FAILED);
        assertThat(failed.problems()).extracting(ScheduleService.Problem::key)
                .containsExactly("event.problem.no-slots-or-tables");
        assertThatThrownBy(() -> f.as(organiser, () -> scheduling.start(id, 0)))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("event-time-limit");
        assertThat(f.as(organiser, () -> f.events.get(id)).getStatus()).isEqualTo(Event.Status.OPEN);
    }

    static int count(String text, String needle) {
        return text.split(Pattern.quote(needle), -1).length - 1;
    }

    static String block(String ics, String uid) {
        int at = ics.indexOf(uid);
        return ics.substring(ics.lastIndexOf("BEGIN:VEVENT", at), ics.indexOf("END:VEVENT", at));
    }

    static int sequenceOf(String ics, String uid) {
        Matcher m = Pattern.compile("SEQUENCE:(\\d+)").matcher(block(ics, uid));
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }
}
