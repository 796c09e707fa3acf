package no.kobling.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.kobling.event.application.ParticipantService;
import no.kobling.event.domain.Event;
import no.kobling.event.domain.Participant;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12 point 5: rules that lived in the event controllers hold in the application services, whichever door a
 * call comes through (page, API, or a direct call as here).
 */
@IntegrationTest
class EventRulesInServicesTest {

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
    void consentIsRequiredByTheServiceOnEveryDoor() throws Exception {
        String organiser = f.organiser("Bedriftskompetanse");
        Event event = f.openEvent(organiser, 4, 2, null);
        EventFixture.Rep rep = f.company("Samtykke AS");

        // by company id and by number, as the page registers
        assertThatThrownBy(() -> f.as(rep.username(), () -> f.participants.register(event.getId(),
                new ParticipantService.CompanyChoice(rep.companyId(), null, null), Participant.Type.BUYER, "Kari",
                null, false)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("event-consent-required"));
        // the API passes the flag on and the service refuses it
        mvc.perform(post("/api/v1/events/{id}/participants", event.getId()).with(f.users.as(rep.username()))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"companyId\":" + rep.companyId() + ",\"contactName\":\"Kari\",\"consent\":false}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("event-consent-required"));
        assertThat(f.as(organiser, () -> f.participants.all(event.getId()))).isEmpty();
    }

    @Test
    void aTooLongRequestMessageIsRefusedByTheModelNotOnlyByThePage() {
        String organiser = f.organiser("Bedriftskompetanse");
        Event event = f.openEvent(organiser, 4, 2, null);
        EventFixture.Rep a = f.company("Lang Melding A AS");
        EventFixture.Rep b = f.company("Lang Melding B AS");
        Participant pa = f.participant(organiser, event.getId(), a, Participant.Type.BUYER);
        Participant pb = f.participant(organiser, event.getId(), b, Participant.Type.SELLER);

        assertThatThrownBy(() -> f.as(a.username(), () -> f.requests.send(event.getId(), pa.getId(), pb.getId(),
                "x".repeat(2001), 1)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("event-message-too-long"));
        assertThat(f.as(a.username(), () -> f.requests.send(event.getId(), pa.getId(), pb.getId(),
                "x".repeat(2000), 1)).getMessage()).hasSize(2000);
    }

    @Test
    void theOrganisersPagesAreRefusedByTheServiceWith404() {
        String organiser = f.organiser("Bedriftskompetanse");
        Event event = f.openEvent(organiser, 4, 2, null);
        String other = f.organiser("Business Oulu");

        assertThat(f.as(organiser, () -> f.events.organised(event.getId())).getId()).isEqualTo(event.getId());
        assertThatThrownBy(() -> f.as(other, () -> f.events.organised(event.getId())))
                .isInstanceOf(NotFoundException.class);
    }
}
