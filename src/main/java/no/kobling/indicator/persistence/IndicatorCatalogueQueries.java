package no.kobling.indicator.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The indicator catalogue (reference data seeded by migration), names and units in every language. */
@Repository
public class IndicatorCatalogueQueries {

    private final JdbcClient jdbc;

    IndicatorCatalogueQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One indicator: names and unit names by locale. */
    public record IndicatorRow(long id, String code, String unit, int sortOrder, Map<String, String> names,
            Map<String, String> unitNames) {
    }

    public List<IndicatorRow> all() {
        Map<Long, Map<String, String>> names = new HashMap<>();
        Map<Long, Map<String, String>> units = new HashMap<>();
        jdbc.sql("select indicator_id, locale, name, unit_name from indicator_indicator_translation")
                .query((rs, i) -> {
                    names.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                    units.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getString(4));
                    return null;
                }).list();
        Map<Long, IndicatorRow> out = new LinkedHashMap<>();
        jdbc.sql("select id, code, unit, sort_order from indicator_indicator order by sort_order, code")
                .query((rs, i) -> new IndicatorRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        names.getOrDefault(rs.getLong(1), Map.of()), units.getOrDefault(rs.getLong(1), Map.of())))
                .list().forEach(r -> out.put(r.id(), r));
        return new ArrayList<>(out.values());
    }
}
