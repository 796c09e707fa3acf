package no.kobling.project.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.identity.TestUsers;
import no.kobling.project.budget.application.ActualsService;
import no.kobling.project.budget.application.BudgetService;
import no.kobling.project.budget.application.HoursService;
import no.kobling.project.budget.domain.ReferenceList;
import no.kobling.project.budget.persistence.BudgetReferenceRepository;
import no.kobling.project.plan.application.ProjectData;
import no.kobling.project.plan.application.ProjectService;
import no.kobling.project.plan.persistence.ProjectTypeRepository;
import org.springframework.context.ApplicationContext;

/**
 * Records of tenant X for {@code CrossTenantApiTest}: a project of organisation X with a budget line, a financing
 * source, an actual cost and an hours entry; {@link #ids()} gives each budget path template its ids,
 * {@link #bodies()} valid bodies for its writes.
 */
public record BudgetTenancyFixture(Map<String, List<Long>> ids, Map<String, String> bodies) {

    public static BudgetTenancyFixture create(ApplicationContext context, TestUsers users, String xUser, long orgX,
            long partnership) {
        ProjectService projects = context.getBean(ProjectService.class);
        BudgetService budget = context.getBean(BudgetService.class);
        ActualsService actuals = context.getBean(ActualsService.class);
        HoursService hours = context.getBean(HoursService.class);
        BudgetReferenceRepository refs = context.getBean(BudgetReferenceRepository.class);
        long type = context.getBean(ProjectTypeRepository.class).findByCode("PLAIN").orElseThrow().getId();
        long category = refs.findByListAndCode(ReferenceList.CATEGORY, "travel").orElseThrow().getId();
        long kind = refs.findByListAndCode(ReferenceList.FINANCING, "county").orElseThrow().getId();
        LocalDate day = LocalDate.of(2026, 1, 5);
        return users.actingAs(xUser, () -> {
            long project = projects.create(new ProjectData(TestUsers.unique("Budget X"), type, partnership, null,
                    null, day, null, null, null, Set.of(), Set.of(), List.of())).getId();
            long line = budget.addLine(project, new BudgetService.LineData(orgX, category, 2026, BigDecimal.TEN,
                    "NOK", null));
            long source = budget.addSource(project, new BudgetService.SourceData(kind, orgX, BigDecimal.TEN, "NOK",
                    null));
            long actual = actuals.add(project, new ActualsService.ActualData(line, day, BigDecimal.ONE, "NOK", null));
            long entry = hours.log(project, new HoursService.HoursData(null, day, BigDecimal.ONE, null));
            String p = "/api/v1/projects/{id}";
            Map<String, List<Long>> ids = new LinkedHashMap<>();
            for (String s : List.of("/budget", "/budget/settings", "/budget/lines", "/financing", "/actuals",
                    "/actuals/import", "/agreement", "/hours", "/hours/summary")) {
                ids.put(p + s, List.of(project));
            }
            ids.put(p + "/budget/lines/{lineId}", List.of(project, line));
            ids.put(p + "/financing/{sourceId}", List.of(project, source));
            ids.put(p + "/actuals/{actualId}", List.of(project, actual));
            ids.put(p + "/hours/{entryId}", List.of(project, entry));
            ids.put(p + "/agreement/parties/{organisationId}", List.of(project, orgX));
            String lineBody = "{\"partyOrganisationId\":" + orgX + ",\"categoryId\":" + category
                    + ",\"year\":2026,\"amount\":5,\"currency\":\"NOK\",\"version\":0}";
            String sourceBody = "{\"kindId\":" + kind + ",\"amount\":5,\"currency\":\"NOK\",\"version\":0}";
            Map<String, String> bodies = Map.of("PUT " + p + "/budget/settings", "{\"currency\":\"NOK\"}",
                    "POST " + p + "/budget/lines", lineBody, "PUT " + p + "/budget/lines/{lineId}", lineBody,
                    "POST " + p + "/financing", sourceBody, "PUT " + p + "/financing/{sourceId}", sourceBody,
                    "POST " + p + "/actuals", "{\"lineId\":" + line
                            + ",\"date\":\"2026-01-06\",\"amount\":1,\"currency\":\"NOK\"}",
                    "PUT " + p + "/agreement/parties/{organisationId}", "{\"signer\":\"Y\",\"signedOn\":\"2026-01-06\"}",
                    "POST " + p + "/hours", "{\"date\":\"2026-01-06\",\"hours\":1}");
            return new BudgetTenancyFixture(ids, bodies);
        });
    }
}
