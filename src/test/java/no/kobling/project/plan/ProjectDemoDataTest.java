package no.kobling.project.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import no.kobling.actor.Actors;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.project.ProjectPlans;
import no.kobling.project.plan.application.ProjectQueries;
import no.kobling.project.plan.application.ProjectViews.ProjectDetail;
import no.kobling.project.plan.domain.DeliverableStatus;
import no.kobling.project.plan.domain.GateDecision;
import no.kobling.project.plan.domain.PhaseStatus;
import no.kobling.project.plan.domain.ProjectStatus;
import no.kobling.project.document.DocumentStore;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The demo's business-friendly region project: in its pre-project, after a passed pre-study gate with minutes. */
@IntegrationTest
class ProjectDemoDataTest {

    @Autowired
    Actors actors;
    @Autowired
    ProjectPlans plans;
    @Autowired
    ProjectQueries queries;
    @Autowired
    DocumentStore documents;
    @Autowired
    UserAdministration admin;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    Clock clock;

    @Test
    void theNordvestlandetProjectIsInItsPreProjectAfterAGoGate() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Oslo"));
        ProjectDetail p = SystemAccess.run(() -> {
            long partnership = actors.partnershipIdByName(
                    "Regionalt partnerskap for entreprenørskap og vekst på Nordvestlandet").orElseThrow();
            return queries.detail(plans.projectIdByName(partnership, "Næringsvennlig region Sunnmøre").orElseThrow());
        });
        assertThat(p.typeCode()).isEqualTo("BUSINESS_FRIENDLY_REGION");
        assertThat(p.status()).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(p.ownerName()).isEqualTo("ÅKP");
        assertThat(p.funderName()).isEqualTo("Møre og Romsdal fylkeskommune");
        assertThat(p.parties()).hasSize(4);
        assertThat(p.municipalities()).hasSize(4);
        var preStudy = p.phases().get(0);
        assertThat(preStudy.status()).isEqualTo(PhaseStatus.DONE);
        assertThat(preStudy.gates()).singleElement().satisfies(g -> {
            assertThat(g.decision()).isEqualTo(GateDecision.GO);
            assertThat(g.decidedOn()).isBefore(today);
            assertThat(g.minutes().contentType()).isEqualTo("application/pdf");
        });
        byte[] pdf = SystemAccess.run(() -> documents.content(preStudy.gates().get(0).minutes().id()).data());
        assertThat(new String(pdf, 0, 8, java.nio.charset.StandardCharsets.US_ASCII)).startsWith("%PDF-1.");
        assertThat(preStudy.deliverables()).allSatisfy(d -> assertThat(d.status()).isEqualTo(DeliverableStatus.DONE));
        var preProject = p.phases().get(1);
        assertThat(preProject.status()).isEqualTo(PhaseStatus.RUNNING);
        assertThat(preProject.actualStart()).isAfter(preStudy.actualEnd().minusDays(1));
        assertThat(preProject.deliverables()).extracting(d -> d.status()).contains(DeliverableStatus.DONE,
                DeliverableStatus.IN_PROGRESS, DeliverableStatus.PLANNED);
        assertThat(p.phases().get(2).status()).isEqualTo(PhaseStatus.PLANNED);
        // the coordinator of ÅKP edits it; the county's funder user sees it
        TestUsers users = new TestUsers(admin, userDetails, tokens);
        assertThat(users.actingAs("koordinator", () -> queries.detail(p.id()).editable())).isTrue();
        assertThat(users.actingAs("finansierer", () -> queries.detail(p.id()).editable())).isFalse();
    }
}
