package no.kobling.indicator.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kobling.identity.TestUsers;
import no.kobling.indicator.report.application.ReportPeriodService;
import org.springframework.context.ApplicationContext;

/**
 * Records of tenant X for {@code CrossTenantApiTest} (reporting schedule, budget CSV): a period without a report of
 * X's project; {@link #ids} gives each path template its ids, {@link #bodies} valid bodies for its writes.
 */
public final class ReportScheduleTenancyFixture {

    static final String PERIODS = "/api/v1/projects/{id}/report-periods";

    private ReportScheduleTenancyFixture() {
    }

    public static Map<String, List<Long>> ids(ApplicationContext context, TestUsers users, String xUser,
            long projectX, long reportX) {
        long period = users.actingAs(xUser, () -> context.getBean(ReportPeriodService.class).add(projectX,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 4, 30)).getId());
        Map<String, List<Long>> ids = new LinkedHashMap<>();
        ids.put(PERIODS, List.of(projectX));
        ids.put(PERIODS + "/generate", List.of(projectX));
        ids.put(PERIODS + "/{periodId}", List.of(projectX, period));
        ids.put(PERIODS + "/{periodId}/report", List.of(projectX, period));
        ids.put("/api/v1/projects/{id}/reports/{reportId}/budget.csv", List.of(projectX, reportX));
        return ids;
    }

    public static Map<String, String> bodies() {
        String period = "{\"from\":\"2028-01-01\",\"to\":\"2028-03-31\",\"deadline\":\"2028-04-30\",\"version\":0}";
        return Map.of("POST " + PERIODS, period, "PUT " + PERIODS + "/{periodId}", period,
                "POST " + PERIODS + "/generate", "{\"every\":\"YEAR\",\"deadlineDays\":30}",
                "POST " + PERIODS + "/{periodId}/report", "{\"narrative\":\"Taken\"}");
    }
}
