package no.kobling.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.kobling.identity.TestUsers;
import no.kobling.indicator.manual.application.ManualIndicatorService;
import no.kobling.indicator.manual.domain.ManualUnit;
import org.springframework.context.ApplicationContext;

/**
 * Records of tenant X for {@code CrossTenantApiTest} (issue 14, manual indicators and drill-down lists): a manual
 * indicator of X's results project with an entry carrying a file. Answers path template → variable values (Long:
 * an id of X's, String: a code), and valid bodies for the writes.
 */
public final class ManualTenancyFixture {

    private ManualTenancyFixture() {
    }

    public static Map<String, List<Object>> ids(ApplicationContext context, TestUsers users, String xUser,
            long projectX) {
        ManualIndicatorService manual = context.getBean(ManualIndicatorService.class);
        return users.actingAs(xUser, () -> {
            String code = manual.define(projectX, Map.of("en", "Tenancy X"), ManualUnit.COUNT, Locale.ENGLISH)
                    .code();
            long entry = manual.enter(projectX, code, new ManualIndicatorService.EntryData(LocalDate.of(2026, 2, 1),
                    BigDecimal.ONE, "https://example.org/x", null),
                    new ManualIndicatorService.Upload("x.pdf", ManualIndicatorsTest.PDF)).id();
            Map<String, List<Object>> m = new LinkedHashMap<>();
            String p = "/api/v1/projects/{id}";
            m.put(p + "/manual-indicators", List.of(projectX));
            m.put(p + "/manual-indicators/{code}", List.of(projectX, code));
            m.put(p + "/manual-indicators/{code}/entries", List.of(projectX, code));
            for (String s : List.of("", "/withdraw", "/evidence")) {
                m.put(p + "/manual-indicators/{code}/entries/{entryId}" + s, List.of(projectX, code, entry));
            }
            m.put(p + "/results/{code}/items", List.of(projectX, "companies-reached"));
            return m;
        });
    }

    /** Valid bodies of the writes, so that they reach the tenancy check. */
    public static Map<String, String> bodies() {
        String p = "POST /api/v1/projects/{id}/manual-indicators";
        String entry = "{\"date\":\"2026-02-02\",\"value\":1,\"link\":\"https://example.org/y\"}";
        return Map.of(p, "{\"names\":{\"en\":\"Taken\"},\"unit\":\"COUNT\"}",
                p + "/{code}/entries", entry,
                "PUT /api/v1/projects/{id}/manual-indicators/{code}/entries/{entryId}", entry,
                "PUT /api/v1/projects/{id}/manual-indicators/{code}", "{\"archived\":true}");
    }
}
