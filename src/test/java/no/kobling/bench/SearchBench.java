package no.kobling.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import no.kobling.KoblingApplication;
import no.kobling.identity.application.ApiTokenService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Search latency benchmark: starts the application in this JVM against the bench database and index
 * ({@code postgres} profile, {@code kobling.data-dir}), creates an API token for a bootstrap administrator, and sends
 * the generated queries one at a time to {@code GET /api/v1/companies} over loopback HTTP (so the numbers include
 * the controller, JSON and security filters, but no network). Warm-up first, with queries of its own (the next seed,
 * so that no measured search is a repeat of the warm-up), then every query once.
 * Command line: {@code SearchBench [--queries 1000] [--warmup 1000] [--seed 1] [--countries NO,SE,FI]}; database and
 * index from the system properties {@code spring.datasource.url} / {@code kobling.data-dir}.
 */
public final class SearchBench {

    private SearchBench() {
    }

    public static void main(String[] args) throws Exception {
        int queries = 1000;
        int warmup = 1000;
        long seed = 1;
        List<String> countries = List.of("NO");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--countries" -> countries = List.of(args[++i].split(","));
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        System.setProperty("server.port", "0");
        System.setProperty("kobling.bootstrap.admin-username", "benchadmin");
        System.setProperty("kobling.bootstrap.admin-password", "bench-admin-password-1");
        System.setProperty("kobling.bootstrap.admin-email", "bench@example.invalid");
        ConfigurableApplicationContext context = SpringApplication.run(KoblingApplication.class);
        try {
            // the warm-up has queries of its own (the next seed): with the facet cache keeping the counts of searches
            // with text, a warm-up of the measured queries would make every measured search a repeat
            run(context, QueryGenerator.generate(warmup, seed + 1, countries),
                    QueryGenerator.generate(queries, seed, countries));
        } finally {
            context.close();
        }
    }

    static void run(ConfigurableApplicationContext context, List<BenchQuery> warmupQueries, List<BenchQuery> queries)
            throws Exception {
        int warmup = warmupQueries.size();
        String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port")
                + "/api/v1/companies?";
        String token = token(context);
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        Map<String, Long> regions = ids(jdbc, "select country_code || ':' || code, id from geo_region");
        Map<String, Long> municipalities = ids(jdbc, "select country_code || ':' || code, id from geo_municipality");
        long companies = jdbc.queryForObject("select count(*) from company_company", Long.class);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        for (int i = 0; i < warmup; i++) {
            send(http, base + warmupQueries.get(i).queryString(regions, municipalities, 20), token);
        }
        Latency all = new Latency();
        Map<String, Latency> byKind = new TreeMap<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (BenchQuery q : queries) {
            String url = base + q.queryString(regions, municipalities, 20);
            long t0 = System.nanoTime();
            int status = send(http, url, token);
            long nanos = System.nanoTime() - t0;
            all.add(nanos);
            byKind.computeIfAbsent(q.kind(), k -> new Latency()).add(nanos);
            statuses.merge(status, 1, Integer::sum);
        }
        System.out.printf("companies in the database: %,d; queries: %d after %d warm-up; HTTP statuses %s%n",
                companies, queries.size(), warmup, statuses);
        System.out.println("RESULT all " + all.summary());
        byKind.forEach((kind, l) -> System.out.printf("RESULT %-15s %s%n", kind, l.summary()));
        System.out.printf("RESULT peak heap %d MiB (sum of heap pool peaks), max %d MiB%n", peakHeapMb(),
                Runtime.getRuntime().maxMemory() >> 20);
        if (statuses.keySet().stream().anyMatch(s -> s != 200)) {
            System.out.println("WARNING: not every answer was 200 OK; these latencies do not measure search");
        }
    }

    private static int send(HttpClient http, String url, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
    }

    private static String token(ConfigurableApplicationContext context) {
        UserDetails admin = context.getBean(UserDetailsService.class).loadUserByUsername("benchadmin");
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            return context.getBean(ApiTokenService.class).create("search benchmark", 1).secret();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static Map<String, Long> ids(JdbcTemplate jdbc, String sql) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query(sql, r -> {
            ids.put(r.getString(1), r.getLong(2));
        });
        return ids;
    }

    static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
