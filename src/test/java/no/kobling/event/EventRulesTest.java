package no.kobling.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import no.kobling.company.CompanyTestData;
import no.kobling.event.EventFixture.Rep;
import no.kobling.event.domain.Event;
import no.kobling.event.domain.MeetingRequest;
import no.kobling.event.domain.Participant;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Events: sessions, tenancy, participants' privacy, requests (caps, expiry) and public registration. */
@IntegrationTest
class EventRulesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    EventFixture f;

    @BeforeEach
    void setUp() {
        f = new EventFixture(context);
    }

    @Test
    void overlappingSessionsAreRefusedInTheApiAndNextToTheFieldOnThePage() throws Exception {
        String organiser = f.organiser("Bedriftskompetanse");
        Event event = f.openEvent(organiser, 6, 2, null); // 09:00–11:25
        mvc.perform(post("/api/v1/events/{id}/sessions", event.getId()).with(f.users.as(organiser))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"day\":\"2027-03-10\",\"start\":\"11:00\",\"slotMinutes\":20,\"slots\":3,\"breakMinutes\":0}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("event-session-overlap"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("09:00")));
        mvc.perform(post("/api/v1/events/{id}/sessions", event.getId()).with(f.users.as(organiser))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"day\":\"2027-03-10\",\"start\":\"11:25\",\"slotMinutes\":20,\"slots\":3,\"breakMinutes\":0}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/events/{id}/sessions", event.getId()).with(f.users.as(organiser)).with(csrf())
                        .param("day", "2027-03-10").param("start", "10:00").param("slotMinutes", "20")
                        .param("slots", "2").param("breakMinutes", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"start-error\"")))
                .andExpect(content().string(Matchers.containsString("overlaps")));
        assertThat(f.as(organiser, () -> f.events.sessions(event.getId()))).hasSize(2);
    }

    @Test
    void anotherOrganisersEventIs404AndEventsNeedManageEvents() throws Exception {
        String organiser = f.organiser("Bedriftskompetanse");
        String other = f.organiser("Giske kommune");
        String advisor = f.user("adv", "Giske kommune", "ADVISOR");
        Event event = f.openEvent(organiser, 4, 2, null);
        long id = event.getId();

        mvc.perform(get("/events/{id}/schedule", id).with(f.users.as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/events/{id}/report", id).with(f.users.as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/events/{id}/participants", id).with(f.users.as(other)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("not-found"));
        mvc.perform(post("/api/v1/events/{id}/tables", id).with(f.users.as(other))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"prefix\":\"T\",\"count\":2}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/events/{id}/schedule-runs", id).with(f.users.as(other)))
                .andExpect(status().isNotFound());
        // without MANAGE_EVENTS: 403
        mvc.perform(post("/api/v1/events").with(f.users.as(advisor)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mode\":\"VIRTUAL\",\"requestExpiryHours\":24,\"texts\":{\"en\":{\"title\":\"X\"}}}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/events/{id}/participants", id).with(f.users.as(advisor)))
                .andExpect(status().isForbidden());
        // a draft event is invisible to everybody but its organisers
        f.as(organiser, () -> f.events.changeStatus(id, Event.Status.DRAFT));
        mvc.perform(get("/events/{id}", id).with(f.users.as(advisor))).andExpect(status().isNotFound());
        mvc.perform(get("/events/{id}", id).with(f.users.as(organiser))).andExpect(status().isOk());
        mvc.perform(get("/public/events/{id}/register", event.getSlug())).andExpect(status().isNotFound());
        // a co-organiser manages the joint event
        String coOrganiser = f.organiser("Business Oulu");
        mvc.perform(get("/events/{id}/schedule", id).with(f.users.as(coOrganiser))).andExpect(status().isNotFound());
        f.as(organiser, () -> f.events.update(id, f.events.get(id).getVersion(), new no.kobling.event.application
                .EventService.EventCommand(null, null, Event.Mode.HYBRID, "Tromsø", 48, null, "Europe/Oslo",
                java.util.Set.of(f.organisation("Business Oulu")), event.getTexts())));
        mvc.perform(get("/events/{id}/schedule", id).with(f.users.as(coOrganiser))).andExpect(status().isOk());
    }

    @Test
    void aParticipantSeesOnlyPublicBasicsOfOthersAndNoneOfTheirPrivatePages() throws Exception {
        String organiser = f.organiser("Bedriftskompetanse");
        Event event = f.openEvent(organiser, 4, 2, null);
        long id = event.getId();
        Rep a = f.company("Privat Alfa AS");
        Rep b = f.company("Privat Beta AS");
        Participant pa = f.participant(organiser, id, a, Participant.Type.BUYER);
        Participant pb = f.participant(organiser, id, b, Participant.Type.SELLER);

        mvc.perform(get("/api/v1/events/{id}/participants/{p}/marketplace", id, pa.getId()).with(f.users.as(a.username())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].companyName").value("Privat Beta AS"))
                .andExpect(jsonPath("$[0].contactEmail").doesNotExist())
                .andExpect(content().string(Matchers.not(Matchers.containsString("contact@example.org"))));
        // b's private pages are not a's
        mvc.perform(get("/events/{id}/participants/{p}/agenda", id, pb.getId()).with(f.users.as(a.username())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/events/{id}/participants/{p}/availability", id, pb.getId()).with(f.users.as(a.username())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/events/{id}/participants/{p}/requests", id, pb.getId()).with(f.users.as(a.username())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/events/{id}/participants", id).with(f.users.as(a.username())))
                .andExpect(status().isForbidden());
        // a request to b cannot be answered by a
        long request = f.as(a.username(), () -> f.requests.send(id, pa.getId(), pb.getId(), "Hi", 1)).getId();
        mvc.perform(post("/api/v1/events/{id}/requests/{r}/accept", id, request).with(f.users.as(a.username())))
                .andExpect(status().isNotFound());
        // nor can a send as b
        mvc.perform(post("/api/v1/events/{id}/requests", id).with(f.users.as(a.username()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"from\":" + pb.getId() + ",\"to\":" + pa.getId() + "}"))
                .andExpect(status().isNotFound());
        // own pages work
        mvc.perform(get("/events/{id}/participants/{p}/marketplace", id, pa.getId()).with(f.users.as(a.username())))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Privat Beta AS")));
    }

    @Test
    void requestsExpireAreCappedAndAnsweredOnce() {
        String organiser = f.organiser("Bedriftskompetanse");
        long id = f.openEvent(organiser, 4, 2, 1).getId();
        Rep a = f.company("Kapp Alfa AS");
        Rep b = f.company("Kapp Beta AS");
        Rep c = f.company("Kapp Gamma AS");
        Participant pa = f.participant(organiser, id, a, Participant.Type.BUYER);
        Participant pb = f.participant(organiser, id, b, Participant.Type.SELLER);
        Participant pc = f.participant(organiser, id, c, Participant.Type.SELLER);

        f.acceptedMeeting(id, a, pa, b, pb);
        // a second request between the same pair is refused
        assertThatThrownBy(() -> f.as(b.username(), () -> f.requests.send(id, pb.getId(), pa.getId(), null, 1)))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("event-request-exists");
        // cap 1: c's request to a cannot be accepted
        long toA = f.as(c.username(), () -> f.requests.send(id, pc.getId(), pa.getId(), null, 1)).getId();
        assertThatThrownBy(() -> f.as(a.username(), () -> f.requests.answer(id, toA, true)))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("event-cap-reached");
        // expiry after the event's 48 hours
        MeetingRequest pending = f.as(c.username(), () -> f.requests.send(id, pc.getId(), pb.getId(), null, 1));
        Instant now = Instant.now();
        int before = f.requests.expireRequests(now.plus(Duration.ofHours(47)));
        assertThat(f.as(b.username(), () -> f.requests.requestsOf(id, pb.getId())).stream()
                .filter(r -> r.request().getId().equals(pending.getId())).findFirst().orElseThrow()
                .request().getStatus()).isEqualTo(MeetingRequest.Status.PENDING);
        int expired = f.requests.expireRequests(now.plus(Duration.ofHours(49)));
        assertThat(expired).isGreaterThanOrEqualTo(2).isGreaterThan(before - 1);
        assertThatThrownBy(() -> f.as(b.username(), () -> f.requests.answer(id, pending.getId(), true)))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo("event-request-closed");
        // an unknown participant is a 404
        assertThatThrownBy(() -> f.as(a.username(), () -> f.requests.send(id, pa.getId(), 999_999_999L, null, 1)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void publicRegistrationNeedsConsentAndWaitsForApproval() throws Exception {
        String organiser = f.organiser("Bedriftskompetanse");
        Event event = f.openEvent(organiser, 4, 2, null);
        String number = CompanyTestData.norwegianNumber();
        mvc.perform(post("/public/events/{k}/register", event.getSlug()).with(csrf())
                        .param("countryCode", "NO").param("orgNumber", number).param("companyName", "Offentlig AS")
                        .param("type", "SELLER").param("contactName", "Kari"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"consent-error\"")));
        mvc.perform(post("/public/events/{k}/register", event.getSlug()).with(csrf())
                        .param("countryCode", "NO").param("orgNumber", "123").param("companyName", "Feil AS")
                        .param("type", "SELLER").param("contactName", "Kari").param("consent", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"orgNumber-error\"")));
        mvc.perform(post("/public/events/{k}/register", event.getSlug()).with(csrf())
                        .param("countryCode", "NO").param("orgNumber", number).param("companyName", "Offentlig AS")
                        .param("type", "SELLER").param("contactName", "Kari").param("consent", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/public/calendar/")));
        var registered = f.as(organiser, () -> f.participants.all(event.getId()));
        assertThat(registered).singleElement().satisfies(p -> {
            assertThat(p.getCompanyName()).isEqualTo("Offentlig AS");
            assertThat(p.getStatus()).isEqualTo(Participant.Status.PENDING);
            assertThat(p.getConsentAt()).isNotNull();
        });
        // a second registration of the same number waits beside the first (no register company yet to clash on):
        // the organiser approves one and declines the other (PublicRegistrationAbuseTest)
        mvc.perform(post("/public/events/{k}/register", event.getSlug()).with(csrf())
                        .param("countryCode", "NO").param("orgNumber", number).param("companyName", "Offentlig AS")
                        .param("type", "SELLER").param("contactName", "Kari").param("consent", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/public/calendar/")));
        assertThat(f.as(organiser, () -> f.participants.all(event.getId()))).hasSize(2);
        // once one is approved, the company is registered: a further public registration is refused clearly
        f.as(organiser, () -> f.participants.decide(event.getId(), registered.get(0).getId(), true));
        mvc.perform(post("/public/events/{k}/register", event.getSlug()).with(csrf())
                        .param("countryCode", "NO").param("orgNumber", number).param("companyName", "Offentlig AS")
                        .param("type", "SELLER").param("contactName", "Kari").param("consent", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("allerede påmeldt")));
    }

    @Test
    void anOrganiserCreatesAnEventThroughTheFormAndAParticipantSetsItsAvailability() throws Exception {
        String organiser = f.organiser("Bedriftskompetanse");
        String advisor = f.user("adv", "Giske kommune", "ADVISOR");
        mvc.perform(get("/events/new").with(f.users.as(advisor))).andExpect(status().isForbidden());
        mvc.perform(get("/events/new").with(f.users.as(organiser))).andExpect(status().isOk());
        mvc.perform(post("/events").with(f.users.as(organiser)).with(csrf()).param("mode", "PLACE")
                        .param("place", "").param("requestExpiryHours", "72").param("timeZone", "Europe/Oslo"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"titles-error\"")));
        mvc.perform(post("/events").with(f.users.as(organiser)).with(csrf()).param("mode", "PLACE")
                        .param("titles[en]", "Form event").param("titles[nb]", "Skjemaarrangement")
                        .param("place", "").param("requestExpiryHours", "72").param("timeZone", "Europe/Oslo"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"place-error\"")));
        String location = mvc.perform(post("/events").with(f.users.as(organiser)).with(csrf()).param("mode", "HYBRID")
                        .param("titles[en]", "Form event").param("titles[nb]", "Skjemaarrangement")
                        .param("descriptions[en]", "Meet partners").param("place", "Bodø")
                        .param("coOrganisers", String.valueOf(f.organisation("Business Oulu")))
                        .param("requestExpiryHours", "72").param("timeZone", "Europe/Oslo"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Event created = f.as(organiser, () -> f.events.get(id));
        assertThat(created.getTexts()).containsKeys("en", "nb");
        assertThat(created.getCoOrganisers()).containsExactly(f.organisation("Business Oulu"));
        mvc.perform(get("/events/{id}/edit", id).with(f.users.as(organiser))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Skjemaarrangement")));
        mvc.perform(get("/events").with(f.users.as(organiser))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Form event")));
        // the draft is not in the advisor's list
        mvc.perform(get("/events").with(f.users.as(advisor))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Form event"))));

        Event event = f.openEvent(organiser, 3, 1, null);
        Rep a = f.company("Tilgjengelig AS");
        Participant pa = f.participant(organiser, event.getId(), a, Participant.Type.BUYER);
        var session = f.session(organiser, event.getId());
        mvc.perform(get("/events/{id}/participants/{p}/availability", event.getId(), pa.getId())
                .with(f.users.as(a.username()))).andExpect(status().isOk());
        mvc.perform(post("/events/{id}/participants/{p}/availability", event.getId(), pa.getId())
                        .with(f.users.as(a.username())).with(csrf())
                        .param("available", session.getId() + ":0", session.getId() + ":2").param("maxMeetings", "2"))
                .andExpect(status().is3xxRedirection());
        Participant after = f.as(a.username(), () -> f.participants.get(event.getId(), pa.getId()));
        assertThat(after.isAvailable(session.getId(), 1)).isFalse();
        assertThat(after.isAvailable(session.getId(), 2)).isTrue();
        assertThat(after.getMaxMeetings()).isEqualTo(2);
        mvc.perform(get("/events/{id}", event.getId()).with(f.users.as(organiser))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Tilgjengelig AS")));
        mvc.perform(get("/events/{id}/schedule", event.getId()).with(f.users.as(organiser)))
                .andExpect(status().isOk());
    }
}
