package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the reference data of the geo module from {@code classpath:geo/*.csv} (copied from the project's shared
 * data with their provenance in {@code geo/SOURCES.md}): counties/län/maakunnat, all municipalities of Norway (357),
 * Sweden (290) and Finland (308) with their names in every language the data has, and NACE Rev. 2 (996 codes).
 */
public class V202611231801__geo_reference_data extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        loadNorway(c);
        loadSweden(c);
        loadFinland(c);
        loadNace(c);
    }

    private void loadNorway(Connection c) throws Exception {
        for (Map<String, String> r : CsvResource.read("norway_counties.csv")) {
            long id = region(c, "NO", r.get("fylkesnummer"), r.get("fylkesnavn"));
            names(c, "geo_region_name", "region_id", id, Map.of("nb", r.get("fylkesnavn_norsk")));
        }
        for (Map<String, String> r : CsvResource.read("norway_municipalities.csv")) {
            long id = municipality(c, "NO", r.get("kommunenummer"), r.get("kommunenavn"), r.get("fylkesnummer"));
            Map<String, String> names = new LinkedHashMap<>();
            names.put("nb", r.get("kommunenavn_norsk"));
            names.put("se", r.get("navn_nordsamisk"));
            names.put("smj", r.get("navn_lulesamisk"));
            names.put("sma", r.get("navn_sorsamisk"));
            names.put("fkv", r.get("navn_kvensk"));
            names.put("official", r.get("kommunenavn_kartverket"));
            names(c, "geo_municipality_name", "municipality_id", id, names);
        }
    }

    private void loadSweden(Connection c) throws Exception {
        List<Map<String, String>> rows = CsvResource.read("sweden_municipalities.csv");
        Set<String> seen = new LinkedHashSet<>();
        for (Map<String, String> r : rows) {
            if (seen.add(r.get("lanskod"))) {
                long id = region(c, "SE", r.get("lanskod"), r.get("lansnamn"));
                names(c, "geo_region_name", "region_id", id, Map.of("sv", r.get("lansnamn")));
            }
        }
        for (Map<String, String> r : rows) {
            long id = municipality(c, "SE", r.get("kommunkod"), r.get("kommunnamn"), r.get("lanskod"));
            names(c, "geo_municipality_name", "municipality_id", id,
                    Map.of("sv", r.get("kommunnamn"), "official", r.get("kommunnamn_full")));
        }
    }

    private void loadFinland(Connection c) throws Exception {
        List<Map<String, String>> rows = CsvResource.read("finland_municipalities.csv");
        Set<String> seen = new LinkedHashSet<>();
        for (Map<String, String> r : rows) {
            if (seen.add(r.get("maakuntakoodi"))) {
                long id = region(c, "FI", r.get("maakuntakoodi"), r.get("maakunta_fi"));
                names(c, "geo_region_name", "region_id", id,
                        Map.of("fi", r.get("maakunta_fi"), "sv", r.get("landskap_sv"), "en", r.get("region_en")));
            }
        }
        for (Map<String, String> r : rows) {
            String fi = r.get("kunta_fi");
            String sv = r.get("kommun_sv");
            boolean swedishFirst = r.get("kielisuhde_en").toLowerCase().contains("swedish-speaking")
                    && r.get("kielisuhde_en").toLowerCase().startsWith("bilingual, swedish");
            String display = fi.equals(sv) ? fi : (swedishFirst ? sv + " / " + fi : fi + " / " + sv);
            long id = municipality(c, "FI", r.get("kuntanumero"), display, r.get("maakuntakoodi"));
            names(c, "geo_municipality_name", "municipality_id", id,
                    Map.of("fi", fi, "sv", sv, "en", r.get("municipality_en")));
            try (PreparedStatement ps = c.prepareStatement(
                    "update geo_municipality set language_status = ? where id = ?")) {
                ps.setString(1, r.get("kielisuhde_en"));
                ps.setLong(2, id);
                ps.executeUpdate();
            }
        }
    }

    private void loadNace(Connection c) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("insert into geo_nace (code, nace_level, parent_code, section_code,"
                + " sort_order, title_en, title_nb, title_sv, title_fi, isic_ref) values (?,?,?,?,?,?,?,?,?,?)")) {
            for (Map<String, String> r : CsvResource.read("nace_rev2.csv")) {
                ps.setString(1, r.get("code"));
                ps.setInt(2, Integer.parseInt(r.get("level")));
                ps.setString(3, blankToNull(r.get("parent")));
                ps.setString(4, r.get("section"));
                ps.setInt(5, Integer.parseInt(r.get("order")));
                ps.setString(6, r.get("title_en"));
                ps.setString(7, blankToNull(r.get("title_no_sn2007")));
                String sv = blankToNull(r.get("title_sv_sni2007"));
                ps.setString(8, sv != null ? sv : blankToNull(r.get("title_sv_tol2008_fi")));
                ps.setString(9, blankToNull(r.get("title_fi_tol2008")));
                ps.setString(10, blankToNull(r.get("isic_rev4_ref")));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static long region(Connection c, String country, String code, String name) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into geo_region (country_code, code, name) values (?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, country);
            ps.setString(2, code);
            ps.setString(3, name);
            ps.executeUpdate();
            return generatedId(ps);
        }
    }

    private static long municipality(Connection c, String country, String code, String name, String regionCode)
            throws Exception {
        try (PreparedStatement ps = c.prepareStatement("insert into geo_municipality (country_code, code, name,"
                + " region_id) values (?,?,?,(select id from geo_region where country_code = ? and code = ?))",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, country);
            ps.setString(2, code);
            ps.setString(3, name);
            ps.setString(4, country);
            ps.setString(5, regionCode);
            ps.executeUpdate();
            return generatedId(ps);
        }
    }

    private static void names(Connection c, String table, String fk, long id, Map<String, String> names)
            throws Exception {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into " + table + " (" + fk + ", lang, name) values (?,?,?)")) {
            for (var e : names.entrySet()) {
                if (e.getValue() != null && !e.getValue().isBlank()) {
                    ps.setLong(1, id);
                    ps.setString(2, e.getKey());
                    ps.setString(3, e.getValue().trim());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static long generatedId(PreparedStatement ps) throws Exception {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
