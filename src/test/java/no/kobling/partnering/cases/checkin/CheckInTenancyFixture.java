package no.kobling.partnering.cases.checkin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The check-in paths for {@code CrossTenantApiTest}: path template → values of its variables (Long: an id of the other
 * tenant's record; a String: any valid value). The check-in id is looked up only after the case, so any id serves.
 */
public final class CheckInTenancyFixture {

    private CheckInTenancyFixture() {
    }

    public static Map<String, List<Object>> ids(long caseId) {
        Map<String, List<Object>> m = new LinkedHashMap<>();
        m.put("/api/v1/cases/{id}/checkins", List.of(caseId));
        m.put("/api/v1/cases/{id}/checkins/contacts/{side}", List.of(caseId, "A"));
        for (String s : List.of("confirm", "dismiss", "remind")) {
            m.put("/api/v1/cases/{id}/checkins/{checkinId}/" + s, List.of(caseId, 1L));
        }
        return m;
    }

    /** Valid bodies of the writes, so a refusal is the tenancy rule's and not the body's. */
    public static Map<String, String> bodies() {
        return Map.of("PUT /api/v1/cases/{id}/checkins/contacts/{side}",
                "{\"email\":\"taken@example.org\",\"language\":\"nb\"}");
    }
}
