package no.kobling.privacy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.sql.Timestamp;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.kobling.actor.Actors;
import no.kobling.actor.NetworkRole;
import no.kobling.actor.PersonData;
import no.kobling.advisory.AdvisoryWorld;
import no.kobling.advisory.application.ActivityCommand;
import no.kobling.advisory.application.ActivityService;
import no.kobling.advisory.domain.Visibility;
import no.kobling.company.Companies;
import no.kobling.event.application.EventService;
import no.kobling.event.application.ParticipantService;
import no.kobling.event.domain.Event;
import no.kobling.event.domain.Participant;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.UserDirectory;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A person ("the subject") with records in every module that holds personal data, in organisation A of an
 * {@link AdvisoryWorld}: a login, a person of the network, an entrepreneur with an activity whose note names them, an
 * event registration, a survey recipient with a free-text answer, e-mails in the outbox (to them, and to a colleague
 * naming them), a colleague's notification naming them, an agreement signature and a case entry naming them.
 */
class PrivacyWorld {

    final AdvisoryWorld world;
    final String token;
    final String name;
    final String email;
    final String subjectUser;
    final long subjectUserId;
    final long personId;
    final long entrepreneurId;
    final long activityId;
    final long companyId;
    final long participantId;
    final long eventId;
    final String admin;
    final String dpoA;
    final String dpoC;
    final long openCaseId;
    private final JdbcClient jdbc;

    PrivacyWorld(ApplicationContext context) {
        world = new AdvisoryWorld(context);
        jdbc = context.getBean(JdbcClient.class);
        // letters only (a name has no digits), always 12 of them: each hex digit of a random UUID mapped to a letter
        token = UUID.randomUUID().toString().replace("-", "").substring(0, 12).chars()
                .mapToObj(ch -> String.valueOf((char) ('a' + Character.digit(ch, 16))))
                .collect(java.util.stream.Collectors.joining());
        name = "Kari Slett" + token;
        email = "kari." + token + "@example.no";
        UserAdministration users = context.getBean(UserAdministration.class);
        subjectUser = no.kobling.identity.TestUsers.unique("subj");
        SystemAccess.run(() -> users.createUser(new no.kobling.identity.UserAdministration.NewUser(subjectUser, name,
                email, no.kobling.identity.TestUsers.PASSWORD, world.orgA, Set.of("FACILITATOR"), "nb")));
        subjectUserId = world.users.id(subjectUser);
        admin = world.users.create("padm", "ADMINISTRATOR");
        dpoA = world.user("dpo-a", world.orgA, "DATA_PROTECTION_OFFICER");
        dpoC = world.user("dpo-c", world.orgC, "DATA_PROTECTION_OFFICER");

        Actors actors = context.getBean(Actors.class);
        personId = SystemAccess.run(() -> actors.createPerson(new PersonData(name, Set.of(NetworkRole.ADVISOR),
                world.orgA, null, Set.of("nb"), Set.of(), email, "+47 912 34 567", true, subjectUserId)));
        Companies companies = context.getBean(Companies.class);
        long giske = world.companies.municipality("NO", "1532");
        entrepreneurId = SystemAccess.run(() -> companies.registerEntrepreneur(new Companies.EntrepreneurData(
                world.orgA, name, email, giske, "A bakery by " + name, true, false, Set.of())));
        companyId = world.company("Bakeriet " + token.substring(0, 3), "1532", Set.of());
        ActivityService activities = context.getBean(ActivityService.class);
        activityId = world.users.actingAs(world.advisorA, () -> activities.log(new ActivityCommand(null,
                "STARTUP_ADVISORY", LocalDate.now(context.getBean(java.time.Clock.class).withZone(
                        java.time.ZoneOffset.UTC)).minusDays(3), BigDecimal.valueOf(2), giske, null,
                "Met " + name + " (" + email + ") about the bakery.", Visibility.ORGANISATION, null, null,
                Set.of(companyId), Set.of(entrepreneurId), null, null))).id();

        EventService events = context.getBean(EventService.class);
        ParticipantService participants = context.getBean(ParticipantService.class);
        Event event = world.users.actingAs(world.coordinatorA, () -> {
            Event e = events.create(new EventService.EventCommand(null, null, Event.Mode.PLACE, "Ålesund", 48, null,
                    "Europe/Oslo", Set.of(), Map.of("en", new Event.Text("Privacy B2B " + token, "Test")), null));
            events.changeStatus(e.getId(), Event.Status.OPEN);
            events.addSession(e.getId(), LocalDate.of(2027, 3, 10), LocalTime.of(9, 0), 20, 4, 5);
            return e;
        });
        eventId = event.getId();
        Participant participant = world.users.actingAs(world.coordinatorA, () -> participants.register(eventId,
                new ParticipantService.Registration(companyId, Participant.Type.BUYER, name, email, true)));
        participantId = participant.getId();

        Instant now = Instant.now(context.getBean(java.time.Clock.class));
        Timestamp at = Timestamp.from(now);
        jdbc.sql("insert into survey_survey (owner_organisation_id, kind, fallback_language, created_at,"
                + " created_by) values (?, 'NEEDS', 'nb', ?, 'test')").params(world.orgA, at).update();
        long survey = lastId("survey_survey");
        jdbc.sql("insert into survey_recipient (survey_id, company_id, name, email, language, added_at, added_by)"
                + " values (?, ?, ?, ?, 'nb', ?, 'test')").params(survey, companyId, name, email, at).update();
        long recipient = lastId("survey_recipient");
        jdbc.sql("insert into survey_response (survey_id, recipient_id, company_id, language, status, started_at,"
                + " updated_at) values (?, ?, ?, 'nb', 'COMPLETE', ?, ?)").params(survey, recipient, companyId, at, at)
                .update();
        long response = lastId("survey_response");
        jdbc.sql("insert into survey_answer (response_id, question_id, text_value) values (?, 1, ?)")
                .params(response, "Ask " + name + " again").update();
        jdbc.sql("insert into survey_answer (response_id, question_id, option_code) values (?, 2, 'YES')")
                .param(response).update();

        jdbc.sql("insert into notification_outbox (recipient, subject, body, status, next_attempt_at, created_at)"
                + " values (?, 'Survey', ?, 'PENDING', ?, ?)").params(email, "Dear " + name + ", please answer.", at, at)
                .update();
        jdbc.sql("insert into notification_outbox (recipient, subject, body, status, next_attempt_at, created_at)"
                + " values (?, ?, ?, 'PENDING', ?, ?)").params("colleague." + token + "@example.org",
                        "New entrepreneur " + name, "Please call " + name + " at " + email + ".", at, at).update();
        long colleague = world.users.id(world.advisorA);
        jdbc.sql("insert into notification_notification (user_id, message_key, args, created_at) values (?, ?, ?, ?)")
                .params(colleague, "notify.test", name + "\u001f42", at).update();
        jdbc.sql("insert into notification_notification (user_id, message_key, args, created_at) values (?, ?, ?, ?)")
                .params(subjectUserId, "notify.test", "own", at).update();

        jdbc.sql("insert into cases_case (partnership_id, company_a_id, country_a, stage, facilitator_a_id,"
                + " facilitator_a_org_id, facilitator_b_id, facilitator_b_org_id, consent_a_by, created_by, created_at)"
                + " values (?, ?, 'NO', 'MAPPING', ?, ?, ?, ?, ?, 'test', ?)")
                .params(world.partnership, companyId, subjectUserId, world.orgA, colleague, world.orgA, name, at)
                .update();
        openCaseId = lastId("cases_case");
        jdbc.sql("insert into cases_entry (case_id, kind, author_id, author_name, body, created_at)"
                + " values (?, 'NOTE', ?, ?, ?, ?)").params(openCaseId, subjectUserId, name, "Called " + name, at)
                .update();
    }

    long lastId(String table) {
        return jdbc.sql("select max(id) from " + table).query(Long.class).single();
    }

    void closeCase() {
        jdbc.sql("update cases_case set closed_at = ?, stage = 'OUTCOME' where id = ?")
                .params(Timestamp.from(Instant.now()), openCaseId).update();
    }

    String subjectJson() {
        return "{\"email\":\"" + email + "\",\"name\":\"" + name + "\"}";
    }

    static UserDirectory directory(ApplicationContext c) {
        return c.getBean(UserDirectory.class);
    }
}
