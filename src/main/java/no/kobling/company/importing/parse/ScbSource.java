package no.kobling.company.importing.parse;

import java.io.Reader;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.company.importing.domain.Address;
import no.kobling.company.importing.domain.Column;
import no.kobling.company.importing.domain.ImportedCompany;
import no.kobling.company.importing.domain.RegisterStatus;
import no.kobling.company.importing.domain.Rejections;
import no.kobling.company.importing.domain.SourceRecord;

/**
 * SCB Företagsregistret bulk file: ISO-8859-1, TAB, no quoting. PeOrgNr = "16" + organisation number; a personnummer
 * (century 19/20) or JurForm 10 (natural person) is skipped with {@code personal-identity-number}. Name = Foretagsnamn,
 * else Namn; Ng1 = SNI 2007 (NACE class = first four digits); RegDatKtid YYYYMMDD; municipality from a Kommun/KommunKod
 * column when the file has one. FtgStat 0 (not active) → DELETED, anything else → ACTIVE.
 */
final class ScbSource extends DelimitedSource {

    /** SCB legal-form codes with a Bolagsverket equivalent; other codes are stored as SCB's number. */
    private static final Map<String, String> LEGAL_FORMS = Map.of("49", "AB", "31", "HB");

    ScbSource(Reader reader) {
        super(reader, '\t', false);
    }

    @Override
    List<String> requiredColumns() {
        return List.of("peorgnr", "namn", "ng1");
    }

    @Override
    SourceRecord map(long line, Row row) {
        String peOrgNr = row.get("PeOrgNr");
        String digits = peOrgNr == null ? "" : peOrgNr.strip();
        if (digits.startsWith("19") || digits.startsWith("20") || "10".equals(row.get("JurForm"))) {
            return new SourceRecord.Rejected(line, null, Rejections.PERSONAL_IDENTITY_NUMBER, null);
        }
        Set<Column> provided = EnumSet.of(Column.NAME, Column.LEGAL_FORM, Column.INDUSTRY, Column.POSTAL_ADDRESS,
                Column.REGISTERED_ON, Column.STATUS);
        String municipalityColumn = row.has("Kommun") ? "Kommun" : row.has("KommunKod") ? "KommunKod" : null;
        if (municipalityColumn != null) {
            provided.add(Column.MUNICIPALITY);
        }
        String jurForm = row.get("JurForm");
        ImportedCompany.Builder b = ImportedCompany.builder("SE", provided)
                .orgNumber(digits)
                .name(row.get("Foretagsnamn") != null ? row.get("Foretagsnamn") : row.get("Namn"))
                .legalForm(jurForm == null ? null : LEGAL_FORMS.getOrDefault(jurForm, jurForm), null)
                .industryCode(row.get("Ng1"))
                .registeredOn(row.get("RegDatKtid"))
                .municipalityCode(municipalityColumn == null ? null : row.get(municipalityColumn));
        String street = row.get("Gatuadress");
        if (row.get("COAdress") != null) {
            street = street == null ? "c/o " + row.get("COAdress") : "c/o " + row.get("COAdress") + ", " + street;
        }
        b.postal(new Address(street, row.get("PostNr"), row.get("PostOrt")));
        if ("0".equals(row.get("FtgStat"))) {
            b.status(RegisterStatus.DELETED, null);
        }
        return new SourceRecord.Parsed(line, b.build());
    }
}
