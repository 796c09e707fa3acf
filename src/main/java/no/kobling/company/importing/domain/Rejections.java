package no.kobling.company.importing.domain;

import java.util.List;

/** Stable reason codes of rejected records; message keys are {@code companyimport.reason.<code>}. */
public final class Rejections {

    public static final String INVALID_ORG_NUMBER = "invalid-org-number";
    public static final String UNKNOWN_MUNICIPALITY = "unknown-municipality";
    public static final String PRE_2024_MUNICIPALITY = "pre-2024-municipality-code";
    public static final String UNPARSABLE_DATE = "unparsable-date";
    public static final String UNPARSABLE_NUMBER = "unparsable-number";
    public static final String MISSING_NAME = "missing-name";
    public static final String DUPLICATE_IN_FILE = "duplicate-in-file";
    public static final String MALFORMED_RECORD = "malformed-record";
    public static final String RECORD_TOO_LONG = "record-too-long";
    public static final String PERSONAL_IDENTITY_NUMBER = "personal-identity-number";

    public static final List<String> ALL = List.of(INVALID_ORG_NUMBER, UNKNOWN_MUNICIPALITY, PRE_2024_MUNICIPALITY,
            UNPARSABLE_DATE, UNPARSABLE_NUMBER, MISSING_NAME, DUPLICATE_IN_FILE, MALFORMED_RECORD, RECORD_TOO_LONG,
            PERSONAL_IDENTITY_NUMBER);

    private Rejections() {
    }
}
