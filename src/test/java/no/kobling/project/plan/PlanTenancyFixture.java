package no.kobling.project.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.identity.TestUsers;
import no.kobling.project.ProjectPlans;
import no.kobling.project.plan.application.PhaseService;
import no.kobling.project.plan.application.ProjectQueries;
import org.springframework.context.ApplicationContext;

/**
 * Records of tenant X for {@code CrossTenantApiTest}: a business-friendly region project owned by X in partnership P,
 * its pre-study passed with minutes, a deliverable with a file. Answers path template → ids of X's records.
 */
public final class PlanTenancyFixture {

    private PlanTenancyFixture() {
    }

    public static Map<String, List<Long>> ids(ApplicationContext context, TestUsers users, String xUser,
            long partnershipP, long orgX, long orgX2) {
        ProjectPlans plans = context.getBean(ProjectPlans.class);
        ProjectQueries queries = context.getBean(ProjectQueries.class);
        PhaseService phases = context.getBean(PhaseService.class);
        java.time.LocalDate day = java.time.LocalDate.of(2026, 1, 5);
        return users.actingAs(xUser, () -> {
            long project = plans.create(new ProjectPlans.NewProject(TestUsers.unique("Project X"),
                    "BUSINESS_FRIENDLY_REGION", partnershipP, orgX, null, day, null, null, Set.of(), Set.of(),
                    Map.of(orgX2, "Survey")));
            plans.startPhase(project, 1, day);
            plans.decideGate(project, 1, "Council", day.plusDays(30), "GO", null, "minutes.pdf",
                    ProjectApiTest.PDF);
            var detail = queries.detail(project);
            long phase2 = detail.phases().get(1).id();
            long gate = detail.phases().get(0).gates().get(0).id();
            long minutes = detail.phases().get(0).gates().get(0).minutes().id();
            long deliverable = detail.phases().get(0).deliverables().get(0).id();
            phases.attachFile(project, deliverable, new PhaseService.Upload("report.pdf", ProjectApiTest.PDF));
            Map<String, List<Long>> m = new LinkedHashMap<>();
            String p = "/api/v1/projects/{id}";
            for (String s : List.of("", "/submit", "/parties", "/phases")) {
                m.put(p + s, List.of(project));
            }
            m.put(p + "/parties/{organisationId}", List.of(project, orgX2));
            for (String s : List.of("", "/start", "/gates", "/deliverables")) {
                m.put(p + "/phases/{phaseId}" + s, List.of(project, phase2));
            }
            m.put(p + "/gates/{gateId}/minutes", List.of(project, gate));
            m.put(p + "/deliverables/{deliverableId}", List.of(project, deliverable));
            m.put(p + "/deliverables/{deliverableId}/file", List.of(project, deliverable));
            m.put(p + "/documents/{documentId}", List.of(project, minutes));
            return m;
        });
    }
}
