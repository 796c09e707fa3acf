package no.kobling.shared.privacy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record about a person as an access request shows it: the module and kind (a key of the record of processing,
 * {@link Processing#kind()}), the record's id, the organisation it belongs to (null when it belongs to none, e.g. a
 * user's own account or an e-mail in the outbox), the audit's entity type of the record (its entity's simple name, so
 * an access request can list who changed it; null when not audited) and its fields as text, in a stable order.
 */
public record PersonalRecord(String module, String kind, String id, Long organisationId, String auditType,
        Map<String, String> fields) {

    public PersonalRecord {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Field names and values, alternating, in order; values become text. */
    public static Map<String, String> fields(Object... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.put(String.valueOf(pairs[i]), pairs[i + 1] == null ? null : String.valueOf(pairs[i + 1]));
        }
        return map;
    }
}
