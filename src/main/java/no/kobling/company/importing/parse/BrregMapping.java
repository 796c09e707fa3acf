package no.kobling.company.importing.parse;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import no.kobling.company.importing.domain.Address;
import no.kobling.company.importing.domain.Column;
import no.kobling.company.importing.domain.ImportedCompany;
import no.kobling.company.importing.domain.RegisterStatus;

/**
 * Enhetsregisteret fields (flattened, dotted, lower-case names as in the CSV header) to {@link ImportedCompany}.
 * Municipality: the business address's, else the postal address's. Status: slettedato → DELETED (a deleted unit
 * carries only name, legal form and status, so its other columns are kept), konkurs → BANKRUPT, underAvvikling or
 * forced dissolution → IN_LIQUIDATION. Address lines joined by the literal "/n" or by newlines become ", ".
 */
final class BrregMapping {

    private static final Set<Column> DELETED_UNIT = EnumSet.of(Column.NAME, Column.LEGAL_FORM, Column.STATUS);
    private static final String[] FORCED_DATES = {"tvangsopplostpgamanglendedagliglederdato",
        "tvangsopplostpgamanglenderevisordato", "tvangsopplostpgamanglenderegnskapdato",
        "tvangsopplostpgamangelfulltstyredato", "tvangsavvikletpgamanglendeslettingdato"};

    private BrregMapping() {
    }

    static ImportedCompany map(Function<String, String> get, Predicate<String> has) {
        Set<Column> provided = EnumSet.allOf(Column.class);
        provided.remove(Column.FORMER_NAMES);
        if (!has.test("epostadresse")) {
            provided.remove(Column.EMAIL);
        }
        if (!has.test("telefon") && !has.test("mobil")) {
            provided.remove(Column.PHONE);
        }
        ImportedCompany.Builder b = ImportedCompany.builder("NO", provided)
                .orgNumber(get.apply("organisasjonsnummer"))
                .name(get.apply("navn"))
                .legalForm(get.apply("organisasjonsform.kode"), get.apply("organisasjonsform.beskrivelse"))
                .industryCode(get.apply("naeringskode1.kode"))
                .website(get.apply("hjemmeside"))
                .email(get.apply("epostadresse"))
                .phone(first(get.apply("telefon"), get.apply("mobil")))
                .employees(get.apply("antallansatte"))
                .foundedOn(get.apply("stiftelsesdato"))
                .registeredOn(get.apply("registreringsdatoenhetsregisteret"))
                .postal(address(get, "postadresse"))
                .business(address(get, "forretningsadresse"))
                .municipalityCode(first(get.apply("forretningsadresse.kommunenummer"),
                        get.apply("postadresse.kommunenummer")));
        if (get.apply("slettedato") != null) {
            b.status(RegisterStatus.DELETED, get.apply("slettedato"));
            if (get.apply("forretningsadresse.kommunenummer") == null && get.apply("navn") != null
                    && get.apply("postadresse.kommunenummer") == null) {
                b.onlyProvides(DELETED_UNIT);
            }
        } else if (isTrue(get.apply("konkurs"))) {
            b.status(RegisterStatus.BANKRUPT, get.apply("konkursdato"));
        } else if (isTrue(get.apply("underavvikling"))) {
            b.status(RegisterStatus.IN_LIQUIDATION, get.apply("underavviklingdato"));
        } else if (isTrue(get.apply("undertvangsavviklingellertvangsopplosning"))) {
            String date = null;
            for (String field : FORCED_DATES) {
                date = first(date, get.apply(field));
            }
            b.status(RegisterStatus.IN_LIQUIDATION, date);
        }
        return b.build();
    }

    private static Address address(Function<String, String> get, String prefix) {
        String lines = get.apply(prefix + ".adresse");
        if (lines != null) {
            lines = String.join(", ", lines.replace("/n", "\n").lines().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList());
        }
        return new Address(lines, get.apply(prefix + ".postnummer"), get.apply(prefix + ".poststed"));
    }

    static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static boolean isTrue(String s) {
        return "true".equalsIgnoreCase(s);
    }
}
