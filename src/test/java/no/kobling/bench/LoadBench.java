package no.kobling.bench;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import no.kobling.KoblingApplication;
import no.kobling.bench.LoadDriver.Account;
import no.kobling.bench.LoadDriver.Plan;
import no.kobling.bench.LoadDriver.Response;
import no.kobling.bench.LoadDriver.Result;
import no.kobling.bench.LoadDriver.Setup;
import no.kobling.identity.application.ApiTokenService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Load benchmark (bench/load.sh): starts the application in this JVM (profiles {@code postgres,demo}: the bench
 * database with its companies, plus the demo organisations, advisors and partner profiles), then runs
 * {@link LoadDriver} with real HTTP over loopback: {@code --users} simulated advisors (demo logins, each with its own
 * session) for {@code --seconds} after {@code --warmup} seconds, thinking {@code --think-ms} on average between
 * actions. Prints throughput, p50/p95/p99 per kind and the errors. Command line:
 * {@code LoadBench [--users 50] [--seconds 600] [--warmup 60] [--think-ms 1000] [--seed 1] [--countries NO]}.
 */
public final class LoadBench {

    /** Demo advisors who may search, open companies, log activities and see recommendations (README, demo logins). */
    static final List<String> ADVISORS = List.of("radgiver", "koordinator", "samtalepart", "fasilitaattori",
            "handledare");
    static final String DEMO_PASSWORD = "kobling-demo";
    /** The demo's platform administrator: may ask for the recommendations of any company with a profile. */
    static final String RECOMMENDER = "admin";

    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int users = 50;
        long seconds = 600;
        long warmup = 60;
        long think = 1000;
        long seed = 1;
        List<String> countries = List.of("NO");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--users" -> users = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Long.parseLong(args[++i]);
                case "--warmup" -> warmup = Long.parseLong(args[++i]);
                case "--think-ms" -> think = Long.parseLong(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--countries" -> countries = List.of(args[++i].split(","));
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        System.setProperty("server.port", "0");
        ConfigurableApplicationContext context = SpringApplication.run(KoblingApplication.class);
        int status;
        try {
            String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
            Setup setup = setup(context, 2000, seed, countries);
            System.out.printf("companies in the database: %,d; users %d, think %d ms, warm-up %d s, measured %d s%n",
                    new JdbcTemplate(context.getBean(DataSource.class))
                            .queryForObject("select count(*) from company_company", Long.class),
                    users, think, warmup, seconds);
            Result result = LoadDriver.run(setup, new Plan(users, warmup * 1000, seconds * 1000, 0, think, seed),
                    u -> new HttpTransport(base));
            report(result);
            reportFacetCache(context);
            status = result.totalErrors() == 0 ? 0 : 1;
        } finally {
            context.close();
        }
        System.exit(status);
    }

    static void report(Result r) {
        System.out.printf("RESULT actions %d in %.1f s = %.1f actions/s; errors %d%n", r.actions(),
                r.measuredNanos() / 1e9, r.throughputPerSecond(), r.totalErrors());
        System.out.println("RESULT all " + r.all().summary());
        r.latency().forEach((k, l) -> {
            if (k.weight > 0) {
                System.out.printf("RESULT %-15s %s errors=%d%n", k, l.summary(), r.errors().get(k));
            }
        });
        System.out.printf("RESULT users who could not sign in: %d%n", r.errors().get(LoadDriver.Kind.LOGIN));
        r.errorSamples().forEach(e -> System.out.println("ERROR " + e));
    }

    /** The facet cache's hits and misses over the whole run, warm-up included (the counters of the company search). */
    static void reportFacetCache(ApplicationContext context) {
        MeterRegistry registry = context.getBean(MeterRegistry.class);
        double hits = count(registry, "hit");
        double misses = count(registry, "miss");
        System.out.printf("RESULT facet cache (warm-up included): %.0f hits, %.0f misses = %.1f %% hits%n", hits, misses,
                hits + misses == 0 ? 0 : 100 * hits / (hits + misses));
    }

    private static double count(MeterRegistry registry, String result) {
        FunctionCounter c = registry.find("kobling.search.facet.cache").tag("result", result).functionCounter();
        return c == null ? 0 : c.count();
    }

    /**
     * Accounts with API tokens, the generated search mix as query strings of the list page, a sample of companies,
     * companies with partner profiles, an activity kind and the date of today.
     */
    static Setup setup(ApplicationContext context, int queries, long seed, List<String> countries) {
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        List<Account> accounts = new ArrayList<>();
        for (String username : ADVISORS) {
            accounts.add(new Account(username, DEMO_PASSWORD, token(context, username)));
        }
        Map<String, Long> regions = ids(jdbc, "select country_code || ':' || code, id from geo_region");
        Map<String, Long> municipalities = ids(jdbc, "select country_code || ':' || code, id from geo_municipality");
        List<String> searches = QueryGenerator.generate(queries, seed, countries).stream()
                .map(q -> q.queryString(regions, municipalities, 20)).toList();
        long count = jdbc.queryForObject("select count(*) from company_company", Long.class);
        long step = Math.max(1, count / 5000);
        List<Long> companies = jdbc.queryForList("select id from company_company where merged_into_id is null and "
                + "mod(id, ?) = 0", Long.class, step);
        List<Long> profiled = jdbc.queryForList("select company_id from partnering_profile", Long.class);
        String kind = jdbc.queryForObject("select code from advisory_activity_kind where archived = false "
                + "order by sort_order, id fetch first 1 rows only", String.class);
        ZoneId oslo = ZoneId.of("Europe/Oslo");
        String today = LocalDate.now(context.getBean(Clock.class).withZone(oslo)).toString();
        return new Setup(List.copyOf(accounts), searches, companies, profiled, kind, today,
                token(context, RECOMMENDER));
    }

    private static String token(ApplicationContext context, String username) {
        UserDetails user = context.getBean(UserDetailsService.class).loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return context.getBean(ApiTokenService.class).create("load benchmark", 1).secret();
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

    /** Real HTTP over loopback, one client and cookie jar per simulated user; redirects are not followed. */
    static final class HttpTransport implements LoadDriver.Transport {

        private final String base;
        private final HttpClient http;

        HttpTransport(String base) {
            this.base = base;
            this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        }

        @Override
        public Response get(String path, Map<String, String> headers) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
            headers.forEach(b::header);
            return send(b.build());
        }

        @Override
        public Response post(String path, Map<String, String> headers, String contentType, String body)
                throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(b::header);
            return send(b.build());
        }

        private Response send(HttpRequest request) throws Exception {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().firstValue("Location").orElse(null), r.body());
        }
    }
}
