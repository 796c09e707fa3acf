package no.kobling.company.importing.persistence;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.kobling.company.importing.domain.ReferenceData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the municipality codes/names and NACE classes of the geo reference tables (read only). */
@Component
public class ReferenceDataLoader {

    private final JdbcTemplate jdbc;

    ReferenceDataLoader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public ReferenceData load() {
        Map<String, Long> byCode = new HashMap<>();
        Map<String, Long> byName = new HashMap<>();
        jdbc.query("select id, country_code, code, name from geo_municipality", rs -> {
            String country = rs.getString(2);
            byCode.put(country + ":" + rs.getString(3), rs.getLong(1));
            byName.putIfAbsent(country + ":" + rs.getString(4).toLowerCase(Locale.ROOT), rs.getLong(1));
        });
        jdbc.query("select n.municipality_id, m.country_code, n.name from geo_municipality_name n "
                + "join geo_municipality m on m.id = n.municipality_id", rs -> {
                    byName.putIfAbsent(rs.getString(2) + ":" + rs.getString(3).toLowerCase(Locale.ROOT),
                            rs.getLong(1));
                });
        Set<String> nace = new HashSet<>(jdbc.queryForList("select code from geo_nace where nace_level = 4",
                String.class));
        return new ReferenceData(byCode, byName, nace);
    }
}
