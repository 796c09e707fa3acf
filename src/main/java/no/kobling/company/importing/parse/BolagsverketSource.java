package no.kobling.company.importing.parse;

import java.io.Reader;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.kobling.company.importing.domain.Address;
import no.kobling.company.importing.domain.Column;
import no.kobling.company.importing.domain.ImportedCompany;
import no.kobling.company.importing.domain.RegisterStatus;
import no.kobling.company.importing.domain.Rejections;
import no.kobling.company.importing.domain.SourceRecord;

/**
 * Bolagsverket bulk file: UTF-8, {@code ;}, quoted; compound values with {@code $} (sub-fields) and {@code |}
 * (repetitions). Sole traders ({@code ...$PERSON-IDORG}) are skipped with {@code personal-identity-number}: a
 * personnummer is never stored, not even in the rejection. The file has no industry code, municipality, contact data
 * or employees: those columns are not provided (an SCB import fills them). Status: a deregistration date → DELETED;
 * an ongoing procedure KK → BANKRUPT, LI → IN_LIQUIDATION.
 */
final class BolagsverketSource extends DelimitedSource {

    private static final Set<Column> PROVIDED = EnumSet.of(Column.NAME, Column.LEGAL_FORM, Column.POSTAL_ADDRESS,
            Column.REGISTERED_ON, Column.STATUS);

    BolagsverketSource(Reader reader) {
        super(reader, ';', true);
    }

    @Override
    List<String> requiredColumns() {
        return List.of("organisationsidentitet", "organisationsnamn");
    }

    @Override
    SourceRecord map(long line, Row row) {
        String identity = row.get("organisationsidentitet");
        String[] id = identity == null ? new String[] {""} : identity.split("\\$", -1);
        if (id.length > 1 && id[1].startsWith("PERSON")) {
            return new SourceRecord.Rejected(line, null, Rejections.PERSONAL_IDENTITY_NUMBER, null);
        }
        ImportedCompany.Builder b = ImportedCompany.builder("SE", PROVIDED).orgNumber(id[0]);
        String mainName = null;
        for (String entry : split(row.get("organisationsnamn"), "\\|")) {
            String[] parts = entry.split("\\$", -1);
            if (mainName == null && (parts.length < 2 || parts[1].startsWith("FORETAGSNAMN"))) {
                mainName = parts[0];
            }
        }
        b.name(mainName);
        String form = code(row.get("organisationsform"));
        b.legalForm(form, null);
        b.registeredOn(row.get("registreringsdatum"));
        String address = row.get("postadress");
        if (address != null) {
            String[] a = address.split("\\$", -1);
            String street = part(a, 0);
            String co = part(a, 1);
            if (co != null) {
                street = street == null ? "c/o " + co : "c/o " + co + ", " + street;
            }
            b.postal(new Address(street, part(a, 3), part(a, 2)));
        }
        String deregistered = row.get("avregistreringsdatum");
        if (deregistered != null) {
            b.status(RegisterStatus.DELETED, deregistered);
        } else {
            String ongoing = firstNonBlank(row.get("pagandeavvecklingselleromstruktureringsforfarande"),
                    row.get("pagaendeavvecklingselleromstruktureringsforfarande"));
            for (String entry : split(ongoing, "\\|")) {
                String[] parts = entry.split("\\$", -1);
                String kind = code(parts[0]);
                if ("KK".equals(kind)) {
                    b.status(RegisterStatus.BANKRUPT, part(parts, 1));
                    break;
                }
                if ("LI".equals(kind)) {
                    b.status(RegisterStatus.IN_LIQUIDATION, part(parts, 1));
                }
            }
        }
        return new SourceRecord.Parsed(line, b.build());
    }

    /** "AB-ORGFO" → "AB". */
    private static String code(String value) {
        if (value == null) {
            return null;
        }
        int dash = value.lastIndexOf('-');
        return (dash > 0 ? value.substring(0, dash) : value).strip();
    }

    private static String part(String[] parts, int i) {
        return i < parts.length && !parts[i].isBlank() ? parts[i].strip() : null;
    }

    private static List<String> split(String value, String regex) {
        if (value == null) {
            return List.of();
        }
        return java.util.Arrays.stream(value.split(regex)).filter(s -> !s.isBlank()).toList();
    }

    private static String firstNonBlank(String a, String b) {
        return a != null ? a : b;
    }
}
