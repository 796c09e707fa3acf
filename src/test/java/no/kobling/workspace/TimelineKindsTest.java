package no.kobling.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.kobling.event.EventFixture;
import no.kobling.event.domain.Event;
import no.kobling.event.domain.Participant;
import no.kobling.geo.Geography;
import no.kobling.identity.TestUsers;
import no.kobling.project.Networks;
import no.kobling.shared.LocalDay;
import no.kobling.shared.Zones;
import no.kobling.shared.timeline.CompanyTimelineSource;
import no.kobling.shared.timeline.TimelineEntry;
import no.kobling.support.IntegrationTest;
import no.kobling.support.SqlCounter;
import no.kobling.survey.SurveyFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Company 360 kinds not covered by {@code CompanyTimelineTest} (ws16 point 5): a completed survey answer, a B2B meeting
 * at an event and a business network the company joined each appear on the timeline of the organisation that keeps
 * them, dated and linked, and leave no trace for another tenant. The event kind reads a fixed number of statements
 * per company timeline, however many events the company is registered for (no query per registration), and so does
 * the meeting kind however many events the company has meetings at.
 */
@IntegrationTest
class TimelineKindsTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    Networks networks;
    @Autowired
    List<CompanyTimelineSource> sources;

    EventFixture fx;
    TestUsers users;
    SurveyFixture.Staff staff;
    SurveyFixture.Staff other;
    EventFixture.Rep a;
    EventFixture.Rep b;
    long survey;
    long response;
    long network;
    Event event;

    @BeforeEach
    void world() {
        fx = new EventFixture(ctx);
        users = fx.users;
        staff = SurveyFixture.staff(ctx, "Tl");
        other = SurveyFixture.staff(ctx, "TlOther");
        a = fx.company(TestUsers.unique("Tl Alpha"));
        b = fx.company(TestUsers.unique("Tl Beta"));
        // a meeting at the staff organisation's event
        event = fx.openEvent(staff.username(), 4, 2, null);
        Participant pa = fx.participant(staff.username(), event.getId(), a, Participant.Type.BUYER);
        Participant pb = fx.participant(staff.username(), event.getId(), b, Participant.Type.SELLER);
        fx.acceptedMeeting(event.getId(), a, pa, b, pb);
        // a completed answer to the staff organisation's survey
        LocalDate today = LocalDay.today(clock, Zones.OSLO);
        survey = SurveyFixture.createOpen(ctx, users, staff.username(), today.plusMonths(1));
        Instant completed = Instant.parse("2026-11-20T10:00:00Z");
        jdbc.update("insert into survey_response (survey_id, company_id, language, status, current_section, "
                + "started_at, updated_at, completed_at, version) values (?, ?, 'nb', 'COMPLETE', 0, ?, ?, ?, 0)",
                survey, a.companyId(), Timestamp.from(completed), Timestamp.from(completed), Timestamp.from(completed));
        response = jdbc.queryForObject("select max(id) from survey_response where survey_id = ?", Long.class, survey);
        // a network of the staff organisation's partnership that company a joined
        long alesund = ctx.getBean(Geography.class).municipalityByCode("NO", "1508").orElseThrow().id();
        long staffId = users.id(staff.username());
        network = users.actingAs(staff.username(), () -> {
            long id = networks.create(new Networks.NetworkData(staff.partnershipId(), TestUsers.unique("Tl net"),
                    "Suppliers meet", staff.organisationId(), staffId, Set.of(alesund), LocalDate.of(2026, 1, 1),
                    null, null));
            networks.addMember(id, a.companyId(), LocalDate.of(2026, 2, 3));
            return id;
        });
    }

    @Test
    void surveyMeetingAndNetworkEntriesAppearForTheirOrganisation() throws Exception {
        JsonNode t = timeline(staff.username(), a.companyId(), "");
        assertThat(t.get("counts").get("survey").asLong()).isEqualTo(1);
        assertThat(t.get("counts").get("meeting").asLong()).isEqualTo(1);
        assertThat(t.get("counts").get("network").asLong()).isEqualTo(1);
        assertThat(t.get("counts").get("event").asLong()).isEqualTo(1);

        JsonNode s = only(timeline(staff.username(), a.companyId(), "&kind=survey"));
        assertThat(s.get("id").asLong()).isEqualTo(response);
        assertThat(s.get("on").asString()).isEqualTo("2026-11-20");
        assertThat(s.get("title").asString()).isEqualTo("Customer survey");
        assertThat(s.get("href").asString()).isEqualTo("/companies/" + a.companyId() + "/surveys");

        JsonNode m = only(timeline(staff.username(), a.companyId(), "&kind=meeting"));
        assertThat(m.get("title").asString()).isEqualTo(b.name());
        assertThat(m.get("detail").asString()).isEqualTo(event.text("en").title());
        assertThat(m.get("href").asString()).startsWith("/events/" + event.getId() + "/participants/")
                .endsWith("/agenda");

        JsonNode n = only(timeline(staff.username(), a.companyId(), "&kind=network"));
        assertThat(n.get("id").asLong()).isEqualTo(network);
        assertThat(n.get("on").asString()).isEqualTo("2026-02-03");
        assertThat(n.get("href").asString()).isEqualTo("/networks/" + network);

        // the other side of the meeting sees it too, titled with company a
        JsonNode mb = only(timeline(staff.username(), b.companyId(), "&kind=meeting"));
        assertThat(mb.get("title").asString()).isEqualTo(a.name());
    }

    @Test
    void anotherTenantSeesNoSurveyMeetingNetworkOrEvent() throws Exception {
        JsonNode t = timeline(other.username(), a.companyId(), "");
        for (String kind : List.of("survey", "meeting", "network", "event")) {
            assertThat(t.get("counts").has(kind)).as(kind).isFalse();
        }
        t.get("entries").forEach(e -> assertThat(e.get("kind").asString())
                .isNotIn("survey", "meeting", "network", "event"));
    }

    @Test
    void theEventKindReadsAFixedNumberOfStatementsHoweverManyRegistrations() throws Exception {
        CompanyTimelineSource events = sources.stream().filter(s -> s.kind().equals("event")).findFirst()
                .orElseThrow();
        long[] one = count(events, staff.username());
        long[] oneRep = count(events, a.username());
        assertThat(one[1]).isEqualTo(1);
        assertThat(oneRep[1]).isEqualTo(1);
        List<Long> more = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Event e = fx.openEvent(staff.username(), 2, 0, null);
            fx.participant(staff.username(), e.getId(), a, Participant.Type.PARTNER);
            more.add(e.getId());
        }
        long[] five = count(events, staff.username());
        long[] fiveRep = count(events, a.username());
        assertThat(five[1]).isEqualTo(5);
        assertThat(fiveRep[1]).isEqualTo(5);
        assertThat(five[0]).as("statements as organiser").isEqualTo(one[0]);
        assertThat(fiveRep[0]).as("statements as representative").isEqualTo(oneRep[0]);
        // each entry is dated on its event's first session
        List<TimelineEntry> entries = users.actingAs(staff.username(), () -> events.entries(a.companyId(),
                Zones.OSLO));
        assertThat(entries).allSatisfy(e -> assertThat(e.on()).isEqualTo(LocalDate.of(2027, 3, 10)));
    }

    @Test
    void theMeetingKindReadsTheSameStatementsForNAnd3NEvents() throws Exception {
        CompanyTimelineSource meetings = sources.stream().filter(s -> s.kind().equals("meeting")).findFirst()
                .orElseThrow();
        long[] one = count(meetings, staff.username());
        long[] oneRep = count(meetings, a.username());
        assertThat(one[1]).isEqualTo(1);
        assertThat(oneRep[1]).isEqualTo(1);
        for (int i = 0; i < 2; i++) {
            Event e = fx.openEvent(staff.username(), 4, 2, null);
            EventFixture.Rep partner = fx.company(TestUsers.unique("Tl Partner " + i));
            Participant pa = fx.participant(staff.username(), e.getId(), a, Participant.Type.BUYER);
            Participant pp = fx.participant(staff.username(), e.getId(), partner, Participant.Type.SELLER);
            fx.acceptedMeeting(e.getId(), a, pa, partner, pp);
        }
        long[] three = count(meetings, staff.username());
        long[] threeRep = count(meetings, a.username());
        assertThat(three[1]).isEqualTo(3);
        assertThat(threeRep[1]).isEqualTo(3);
        assertThat(three[0]).as("statements as organiser, meetings at 3 events vs 1").isEqualTo(one[0]);
        assertThat(threeRep[0]).as("statements as representative, meetings at 3 events vs 1").isEqualTo(oneRep[0]);
    }

    /** {statements, entries} of the source for company a as the user. */
    private long[] count(CompanyTimelineSource source, String user) throws Exception {
        long[] entries = new long[1];
        long statements = SqlCounter.count(() -> entries[0] = users.actingAs(user,
                () -> source.entries(a.companyId(), Zones.OSLO)).size());
        return new long[] {statements, entries[0]};
    }

    private static JsonNode only(JsonNode timeline) {
        assertThat(timeline.get("entries")).hasSize(1);
        return timeline.get("entries").get(0);
    }

    private JsonNode timeline(String user, long company, String query) throws Exception {
        String body = mvc.perform(get("/api/v1/companies/" + company + "/timeline?x=1" + query)
                .with(users.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }
}
