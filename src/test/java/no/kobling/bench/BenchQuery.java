package no.kobling.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One search request of the benchmark, with place filters as codes (the driver turns them into database ids):
 * {@code county} = country + region code ("NO:46"), {@code municipality} = country + municipality code ("NO:1508").
 */
record BenchQuery(String kind, String q, String country, String county, String municipality, String nace,
        String sizeBand, String status, int page) {

    /** Query string of {@code GET /api/v1/companies}, with region/municipality ids looked up by the caller. */
    String queryString(Map<String, Long> regionIds, Map<String, Long> municipalityIds, int size) {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "q", q);
        put(p, "country", country);
        if (county != null) {
            put(p, "regionId", String.valueOf(regionIds.get(county)));
        }
        if (municipality != null) {
            put(p, "municipalityId", String.valueOf(municipalityIds.get(municipality)));
        }
        put(p, "nace", nace);
        put(p, "sizeBand", sizeBand);
        put(p, "status", status);
        p.put("page", String.valueOf(page));
        p.put("size", String.valueOf(size));
        return p.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static void put(Map<String, String> p, String key, String value) {
        if (value != null) {
            p.put(key, value);
        }
    }
}
