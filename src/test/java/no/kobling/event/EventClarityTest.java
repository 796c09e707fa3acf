package no.kobling.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import no.kobling.event.EventFixture.Rep;
import no.kobling.event.application.DayService;
import no.kobling.event.application.MeetingEditService;
import no.kobling.event.domain.Event;
import no.kobling.event.domain.Meeting;
import no.kobling.event.domain.Participant;
import no.kobling.event.persistence.EventMeetingRepository;
import no.kobling.shared.DomainException;
import no.kobling.support.IntegrationTest;
import no.kobling.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 16 point 7 for events: the list shows the days in the interface language, the registration link is copyable
 * and in the event's language, and meeting actions fit the meeting's time and state, on the page and in the service.
 */
@IntegrationTest
class EventClarityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MeetingEditService edits;
    @Autowired
    DayService day;
    @Autowired
    EventMeetingRepository meetings;
    @Autowired
    MutableClock clock;

    EventFixture f;
    String organiser;

    @BeforeEach
    void setUp() {
        f = new EventFixture(context);
        organiser = f.organiser("Bedriftskompetanse");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String html(String path, Object... vars) throws Exception {
        return mvc.perform(get(path, vars).with(f.users.as(organiser))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    @Test
    void theListShowsTheDaysInTheLanguageAndTheLinkIsInTheEventsLanguage() throws Exception {
        Event event = f.openEvent(organiser, 4, 1, null);   // one session on 10 March 2027, a text in English only
        assertThat(html("/events?lang=nb")).contains("10. mars 2027");
        assertThat(html("/events?lang=sv")).contains("10 mars 2027").doesNotContain("10. mars 2027");

        String show = html("/events/{id}?lang=nb", event.getId());
        assertThat(show).containsPattern("<input type=\"text\" id=\"public-link\" class=\"copy-source\" readonly value=\"http://[^\"]*/public/events/"
                + event.getSlug() + "/register\\?lang=en\"");
        assertThat(show).contains("data-copy=\"#public-link\"");
        // the link opens the public page in English
        mvc.perform(get("/public/events/{slug}/register", event.getSlug()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("lang=\"en\"")));
    }

    @Test
    void meetingActionsFitTheMeetingsTimeOnThePageAndInTheService() throws Exception {
        Event event = f.openEvent(organiser, 4, 1, null);
        long id = event.getId();
        Rep a = f.company("Tid Alfa AS");
        Rep b = f.company("Tid Beta AS");
        Participant pa = f.participant(organiser, id, a, Participant.Type.BUYER);
        Participant pb = f.participant(organiser, id, b, Participant.Type.SELLER);
        f.acceptedMeeting(id, a, pa, b, pb);
        long mid = meetings.findByEventIdOrderByIdAsc(id).get(0).getId();
        String held = "/events/" + id + "/meetings/" + mid + "/held";
        String unschedule = "/events/" + id + "/meetings/" + mid + "/unschedule";
        String move = "/events/" + id + "/meetings/" + mid + "/move";

        // unscheduled: only a move is offered, and the service will not mark it held
        String page = html("/events/{id}/schedule", id);
        assertThat(page).contains(move).doesNotContain(held).doesNotContain(unschedule);
        long session = f.session(organiser, id).getId();
        long table = f.as(organiser, () -> f.events.tables(id)).get(0).getId();
        f.as(organiser, () -> edits.move(id, mid, session, 1, table));   // 09:25 Oslo time = 08:25 UTC

        // scheduled, before its time: lock, move and unschedule, no held or no-show; the API refuses held with 409
        clock.set(Instant.parse("2027-03-10T08:24:00Z"));
        page = html("/events/{id}/schedule", id);
        assertThat(page).contains(move).contains(unschedule).doesNotContain(held)
                .doesNotContain("/meetings/" + mid + "/no-show");
        mvc.perform(post("/api/v1/events/{id}/meetings/{m}/held", id, mid).with(f.users.as(organiser)).with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("event-meeting-not-started"));
        assertThat(html("/events/{id}/plan", id)).doesNotContain(held);

        // its time has come: held and no-show, no longer moved or unscheduled (the service refuses too)
        clock.set(Instant.parse("2027-03-10T08:25:00Z"));
        page = html("/events/{id}/schedule", id);
        assertThat(page).contains(held).contains("/meetings/" + mid + "/no-show").doesNotContain(unschedule)
                .doesNotContain(move);
        assertThat(html("/events/{id}/plan", id)).contains(held);
        assertThatThrownBy(() -> f.as(organiser, () -> edits.unschedule(id, mid)))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("event-meeting-too-late");
        var done = mvc.perform(post(held).with(f.users.as(organiser)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        // the handler gives its own confirmation: no second one is added
        assertThat((java.util.Map<String, Object>) done.getFlashMap()).containsKey("saved").doesNotContainKey("confirmation");
        assertThat(meetings.findById(mid).orElseThrow().getStatus()).isEqualTo(Meeting.Status.HELD);

        // held: nothing more to do
        page = html("/events/{id}/schedule", id);
        assertThat(page).doesNotContain(held).doesNotContain(move).doesNotContain(unschedule);
        assertThatThrownBy(() -> f.as(organiser, () -> day.markNoShow(id, mid)))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("event-meeting-status");
    }
}
