package no.kobling.company.importing.parse;

import java.util.Map;

/**
 * PRH/YTJ has two code systems for the company form: the letter abbreviations of the legacy BIS/TR v1 API and of the
 * register's own documents ({@code OY}, {@code OYJ}, {@code AY}, ...) and the numbers of the v3 API ({@code 16} =
 * osakeyhtiö). Kobling keeps the abbreviations (they read like the Norwegian and Swedish codes, AS and AB, and are
 * what an advisor types); v3 numbers are mapped to them. Source: PRH's company-form code list as published for
 * opendata-ytj-api v3 (see {@code src/main/resources/company-import/SOURCES.md}).
 */
final class PrhCompanyForms {

    private static final Map<String, String> BY_V3_CODE = Map.ofEntries(
            Map.entry("2", "AOY"), Map.entry("3", "ASH"), Map.entry("4", "ASY"), Map.entry("5", "AY"),
            Map.entry("6", "AYH"), Map.entry("7", "ETS"), Map.entry("8", "ETY"), Map.entry("9", "HY"),
            Map.entry("10", "KOY"), Map.entry("11", "KVJ"), Map.entry("12", "KVY"), Map.entry("13", "KY"),
            Map.entry("14", "OK"), Map.entry("15", "OP"), Map.entry("16", "OY"), Map.entry("17", "OYJ"),
            Map.entry("18", "SÄÄ"), Map.entry("19", "SL"), Map.entry("20", "SP"), Map.entry("21", "TYH"),
            Map.entry("22", "VALTLL"), Map.entry("23", "VOJ"), Map.entry("24", "VOY"), Map.entry("25", "VY"),
            Map.entry("80", "SE"), Map.entry("83", "SCE"), Map.entry("84", "SCP"));

    /** Finnish names of the abbreviations (for a record that gives the code without a name, as the TR list does). */
    private static final Map<String, String> FINNISH_NAMES = Map.ofEntries(
            Map.entry("AOY", "Asunto-osakeyhtiö"), Map.entry("ASH", "Asukashallintoalue"),
            Map.entry("ASY", "Asumisoikeusyhdistys"), Map.entry("AY", "Avoin yhtiö"),
            Map.entry("AYH", "Aatteellinen yhdistys"),
            Map.entry("ETS", "Eurooppalaisen taloudellisen etuyhtymän sivutoimipaikka"),
            Map.entry("ETY", "Eurooppalainen taloudellinen etuyhtymä"), Map.entry("HY", "Hypoteekkiyhdistys"),
            Map.entry("KOY", "Keskinäinen kiinteistöosakeyhtiö"),
            Map.entry("KVJ", "Julkinen keskinäinen vakuutusyhtiö"), Map.entry("KVY", "Keskinäinen vakuutusyhtiö"),
            Map.entry("KY", "Kommandiittiyhtiö"), Map.entry("OK", "Osuuskunta"), Map.entry("OP", "Osuuspankki"),
            Map.entry("OY", "Osakeyhtiö"), Map.entry("OYJ", "Julkinen osakeyhtiö"), Map.entry("SÄÄ", "Säätiö"),
            Map.entry("SL", "Ulkomaisen elinkeinonharjoittajan sivuliike"), Map.entry("SP", "Säästöpankki"),
            Map.entry("TYH", "Taloudellinen yhdistys"), Map.entry("VALTLL", "Valtion liikelaitos"),
            Map.entry("VOJ", "Julkinen vakuutusosakeyhtiö"), Map.entry("VOY", "Vakuutusosakeyhtiö"),
            Map.entry("VY", "Vakuutusyhdistys"), Map.entry("SE", "Eurooppayhtiö"),
            Map.entry("SCE", "Eurooppaosuuskunta"), Map.entry("SCP", "Eurooppaosuuspankki"));

    private PrhCompanyForms() {
    }

    /** The Finnish name of an abbreviation, or null when unknown. */
    static String finnishName(String abbreviation) {
        return abbreviation == null ? null : FINNISH_NAMES.get(abbreviation);
    }

    /** The abbreviation of a company-form code of either system (an unknown v3 number stays as it is). */
    static String abbreviation(String code) {
        if (code == null) {
            return null;
        }
        String c = code.strip();
        return BY_V3_CODE.getOrDefault(c, c.toUpperCase(java.util.Locale.ROOT));
    }
}
