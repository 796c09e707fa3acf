package no.kobling.project.plan.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import no.kobling.actor.Actors;
import no.kobling.geo.Geography;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.project.document.DocumentStore;
import no.kobling.project.plan.application.ProjectService;
import no.kobling.project.plan.persistence.DeliverableRepository;
import no.kobling.project.plan.persistence.GateRepository;
import no.kobling.project.plan.persistence.PhaseRepository;
import no.kobling.project.plan.persistence.ProjectRepository;
import no.kobling.project.plan.persistence.ProjectTypeRepository;
import no.kobling.project.plan.timeline.domain.DeliverableProgress;
import no.kobling.project.plan.timeline.domain.GateVerdict;
import no.kobling.project.plan.timeline.domain.PhaseState;
import no.kobling.project.plan.timeline.domain.Timeline;
import no.kobling.shared.Formats;
import no.kobling.shared.LocalDay;
import no.kobling.shared.Zones;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.pdf.PdfChecks;
import no.kobling.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The timeline and the PDF plan of a real project, through the service, the page route and the API. */
@IntegrationTest
class ProjectTimelineTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Actors actors;
    @Autowired
    UserAdministration admin;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    Geography geography;
    @Autowired
    Clock clock;
    @Autowired
    ProjectService projects;
    @Autowired
    ProjectTypeRepository types;
    @Autowired
    PhaseRepository phases;
    @Autowired
    GateRepository gates;
    @Autowired
    DeliverableRepository deliverables;
    @Autowired
    ProjectRepository projectRows;
    @Autowired
    DocumentStore documents;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ProjectTimelineService service;

    TestUsers users;
    TimelineWorld world;

    @BeforeEach
    void world() {
        users = new TestUsers(admin, userDetails, tokens);
        LocalDate today = LocalDay.today(clock, ZoneId.of("Europe/Oslo"));
        world = new TimelineWorld(actors, admin, geography, users, projects, types, phases, gates, deliverables,
                projectRows, documents, tx, today);
        LocaleContextHolder.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theTimelineShowsThePassedGateTheRunningPreProjectAndTheOverdueDeliverable() {
        Timeline t = users.actingAs(world.advisorY, () -> service.timeline(world.projectId));
        assertThat(t.today()).isEqualTo(world.today);
        assertThat(t.phases()).extracting(Timeline.PhaseBar::name).containsExactly("Pre-study", "Pre-project",
                "Main project");
        assertThat(t.phases()).extracting(Timeline.PhaseBar::state).containsExactly(PhaseState.ENDED,
                PhaseState.RUNNING, PhaseState.NOT_STARTED);
        Timeline.PhaseBar preStudy = t.phases().get(0);
        assertThat(preStudy.actual().start()).isEqualTo(world.start);
        assertThat(preStudy.actual().end()).isEqualTo(world.goDay);
        assertThat(preStudy.flags()).isEmpty(); // 8 of at most 9 months, ended before its planned end
        assertThat(t.phases().get(1).actual().end()).isEqualTo(world.today);
        // the axis starts in the month the project started and reaches today
        assertThat(t.axisStart()).isEqualTo(world.start.withDayOfMonth(1));
        assertThat(t.todayAt()).isNotNull();
        // one GO gate, the expected gates of the pre-project and the main project
        assertThat(t.gates()).hasSize(3);
        Timeline.GateMark go = t.gates().get(0);
        assertThat(go.decided()).isTrue();
        assertThat(go.decision()).isEqualTo(GateVerdict.GO);
        assertThat(go.date()).isEqualTo(world.goDay);
        assertThat(t.gates().subList(1, 3)).allSatisfy(g -> assertThat(g.decided()).isFalse());
        assertThat(t.overdueCount()).isEqualTo(1);
        Timeline.DeliverableMark overdue = t.deliverables().stream().filter(Timeline.DeliverableMark::overdue)
                .findFirst().orElseThrow();
        assertThat(overdue.id()).isEqualTo(world.overdueDeliverable);
        assertThat(overdue.progress()).isEqualTo(DeliverableProgress.IN_PROGRESS);
        assertThat(overdue.daysOverdue()).isEqualTo(1);
    }

    @Test
    void theProjectPageDrawsTheTimelineWithItsTablesAndLinksThePdf() throws Exception {
        String page = mvc.perform(get("/projects/{id}", world.projectId).with(users.as(world.advisorY)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"timeline\"", "class=\"tl-chart", "/css/timeline.css",
                "href=\"/projects/" + world.projectId + "/plan.pdf\"", "aria-labelledby=\"timeline-phases\"",
                "data-deliverable=\"" + world.overdueDeliverable + "\"", "Overdue by 1 day",
                "0 phases flagged, 1 deliverable overdue.", "Today: " + english(world.today));
        // the drawing is hidden from screen readers, the tables say the same
        assertThat(page).containsPattern("class=\"tl-chart[^\"]*\" aria-hidden=\"true\"");
        String norwegian = mvc.perform(get("/projects/{id}", world.projectId).param("lang", "nn")
                .with(users.as(world.advisorY))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(norwegian).contains("Tidsline", "Forprosjekt", "Går føre seg", "Vidare");
    }

    @Test
    void anotherTenantGets404FromServicePageAndApi() throws Exception {
        assertThatThrownBy(() -> users.actingAs(world.coordinatorW, () -> service.timeline(world.projectId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.actingAs(world.coordinatorW, () -> service.plan(world.projectId)))
                .isInstanceOf(NotFoundException.class);
        mvc.perform(get("/projects/{id}/plan.pdf", world.projectId).with(users.as(world.coordinatorW)))
                .andExpect(status().isNotFound());
        String token = users.token(world.coordinatorW).secret();
        for (String path : new String[] {"/api/v1/projects/{id}/plan.pdf", "/api/v1/projects/{id}/timeline"}) {
            mvc.perform(get(path, world.projectId).header(HttpHeaders.AUTHORIZATION, TestUsers.bearer(token)))
                    .andExpect(status().isNotFound());
            mvc.perform(get(path, 987_654_321L).header(HttpHeaders.AUTHORIZATION, TestUsers.bearer(token)))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void thePdfPlanNamesThePhasesTheGateDecisionTheMinutesAndTheParties() throws Exception {
        byte[] pdf = mvc.perform(get("/projects/{id}/plan.pdf", world.projectId).with(users.as(world.advisorY)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        java.nio.file.Files.write(java.nio.file.Path.of("target", "project-plan-sample.pdf"), pdf); // to look at
        String text = text(pdf);
        assertThat(text).contains("Project plan", "Pre-study", "Pre-project", "Main project", "Go",
                TimelineWorld.MINUTES, "Know the needs of the companies", "Interviews with companies",
                world.xName, world.yName, "More companies that grow", "Ålesund", "regionalt næringsforum",
                "Business-friendly region", english(world.goDay));
        assertThat(text).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}"); // dates in the reader's language
        assertThat(text).contains("overdue");
    }

    @Test
    void thePdfPlanPrintsSámiAndNordicNamesInAnEmbeddedFontAndIsTagged() throws Exception {
        tx.executeWithoutResult(s -> deliverables.findById(world.overdueDeliverable).orElseThrow()
                .rename("Porsáŋgu – Åsa Øvergård"));
        byte[] pdf = mvc.perform(get("/projects/{id}/plan.pdf", world.projectId).with(users.as(world.advisorY))
                        .param("lang", "nb"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        PdfChecks.Read read = PdfChecks.assertAccessible(pdf, "Porsáŋgu – Åsa Øvergård", "Prosjektplan");
        assertThat(read.language()).isEqualTo("nb");
        assertThat(read.title()).startsWith("Prosjektplan: ");
    }

    @Test
    void theApiPdfIsInTheCallersLanguage() throws Exception {
        String token = users.token(world.coordinatorX).secret();
        byte[] pdf = mvc.perform(get("/api/v1/projects/{id}/plan.pdf", world.projectId)
                        .header(HttpHeaders.AUTHORIZATION, TestUsers.bearer(token))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "nb-NO").param("lang", "nb"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(text(pdf)).contains("Prosjektplan", "Forstudie", "Forprosjekt", "Videre",
                TimelineWorld.MINUTES);
    }

    @Test
    void theApiTimelineIsJson() throws Exception {
        String token = users.token(world.advisorY).secret();
        mvc.perform(get("/api/v1/projects/{id}/timeline", world.projectId)
                        .header(HttpHeaders.AUTHORIZATION, TestUsers.bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.today").value(world.today.toString()))
                .andExpect(jsonPath("$.phases.length()").value(3))
                .andExpect(jsonPath("$.phases[1].state").value("RUNNING"))
                .andExpect(jsonPath("$.gates[0].decision").value("GO"))
                .andExpect(jsonPath("$.deliverables[?(@.overdue == true)].id").value(
                        org.hamcrest.Matchers.contains((int) world.overdueDeliverable)));
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** A date as the English pages and PDFs write it ("7 Dec 2026"). */
    private static String english(LocalDate day) {
        return new Formats(Locale.ENGLISH, Zones.OSLO).date(day);
    }
}
