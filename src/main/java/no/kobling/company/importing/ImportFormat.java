package no.kobling.company.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The register file formats the importer reads; {@link #code} is the name on the command line, API and form. */
public enum ImportFormat {
    BRREG_JSON("brreg-json", "NO", "BRREG"),
    BRREG_CSV("brreg-csv", "NO", "BRREG"),
    PRH_JSON("prh-json", "FI", "PRH"),
    BOLAGSVERKET("bolagsverket", "SE", "BOLAGSVERKET"),
    SCB("scb", "SE", "SCB");

    private final String code;
    private final String countryCode;
    private final String source;

    ImportFormat(String code, String countryCode, String source) {
        this.code = code;
        this.countryCode = countryCode;
        this.source = source;
    }

    public String code() {
        return code;
    }

    public String countryCode() {
        return countryCode;
    }

    /** Value of {@code company_company.source}. */
    public String source() {
        return source;
    }

    public static Optional<ImportFormat> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.code.equals(c) || f.name().equalsIgnoreCase(c)).findFirst();
    }
}
