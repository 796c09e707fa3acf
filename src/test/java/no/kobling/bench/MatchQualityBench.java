package no.kobling.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import no.kobling.KoblingApplication;
import no.kobling.bench.MatchQualityMetrics.Query;
import no.kobling.bench.MatchQualityMetrics.Summary;
import no.kobling.bench.MatchQualitySet.Pair;
import no.kobling.bench.MatchQualitySet.Profile;
import no.kobling.company.TestOrgNumbers;
import no.kobling.identity.application.ApiTokenService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Match quality on the hand-written set (bench/match-quality.sh): starts the application in this JVM with the demo
 * data as background (H2 in the folder {@code kobling.data-dir}), creates every company of the set and its partner
 * profile through the public API ({@code POST /api/v1/companies}, {@code PUT /api/v1/partnering/profiles/{id}},
 * {@code POST .../validation}) as the demo administrator with an API token, then asks
 * {@code GET /api/v1/companies/{id}/partner-recommendations?limit=100} for A and for B of every pair and measures where
 * the true partner and the pair's look-alike land. Command line:
 * {@code MatchQualityBench [--pairs bench/matching/pairs.tsv] [--out target/bench]}.
 */
public final class MatchQualityBench {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int LIMIT = 100;
    /** The demo's platform administrator (README, "Demo logins"): creates companies and sees every profile. */
    private static final String DEMO_ADMIN = "admin";

    private MatchQualityBench() {
    }

    public static void main(String[] args) throws Exception {
        Path pairsFile = MatchQualitySet.DEFAULT;
        Path out = Path.of("target/bench");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--pairs" -> pairsFile = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        List<Pair> pairs = MatchQualitySet.load(pairsFile);
        if (System.getProperty("kobling.data-dir") == null) {
            System.setProperty("kobling.data-dir", Files.createTempDirectory("kobling-match-quality").toString());
        }
        System.setProperty("server.port", "0");
        ConfigurableApplicationContext context = SpringApplication.run(KoblingApplication.class);
        int status = 0;
        try {
            status = run(context, pairs, out);
        } finally {
            context.close();
        }
        System.exit(status);
    }

    static int run(ConfigurableApplicationContext context, List<Pair> pairs, Path out) throws Exception {
        Api api = new Api("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"),
                token(context));
        int background = api.get("/api/v1/partnering/profiles").size();
        Map<Long, String> setIds = new HashMap<>();
        Map<String, Long> ids = new HashMap<>();
        long t0 = System.nanoTime();
        for (Pair p : pairs) {
            for (Profile profile : List.of(p.a(), p.b(), p.d())) {
                long id = api.create(p, profile);
                ids.put(p.id() + profile.role(), id);
                setIds.put(id, p.id() + profile.role());
            }
            if (ids.size() % 150 == 0) {
                System.out.println("PROGRESS created " + ids.size() + " of " + 3 * pairs.size() + " profiles");
            }
        }
        long createMillis = (System.nanoTime() - t0) / 1_000_000;

        List<Query> queries = new ArrayList<>();
        List<String> details = new ArrayList<>();
        details.add("pair\tside\tlanguages\tindustry\tfeatures\tpartner_rank\tdistractor_rank\tpartner_score"
                + "\ttop1\ttop1_score\ttop1_matched");
        int empty = 0;
        for (Pair p : pairs) {
            for (char side : new char[] {'A', 'B'}) {
                long self = ids.get(p.id() + side);
                long partner = ids.get(p.id() + (side == 'A' ? 'B' : 'A'));
                long distractor = ids.get(p.id() + "D");
                JsonNode list = api.get("/api/v1/companies/" + self + "/partner-recommendations?limit=" + LIMIT);
                List<Long> ranked = new ArrayList<>();
                list.forEach(r -> ranked.add(r.get("companyId").asLong()));
                if (ranked.isEmpty()) {
                    empty++;
                }
                int pr = MatchQualityMetrics.rank(ranked, partner);
                int dr = MatchQualityMetrics.rank(ranked, distractor);
                queries.add(new Query(p.id(), String.valueOf(side), p.languages(), p.crossLanguage(), pr, dr));
                String top1 = list.isEmpty() ? "-" : setIds.getOrDefault(ranked.get(0),
                        "demo:" + list.get(0).get("companyName").asString());
                String top1Score = list.isEmpty() ? "" : list.get(0).get("score").asString();
                String top1Matched = list.isEmpty() ? "" : String.join(", ",
                        strings(list.get(0).get("theyOffer"))) + " | " + String.join(", ",
                        strings(list.get(0).get("theySeek")));
                String partnerScore = pr == 0 ? "" : list.get(pr - 1).get("score").asString();
                details.add(String.join("\t", p.id(), String.valueOf(side), p.languages(), p.industry(),
                        String.join(",", new TreeSet<>(p.features())), String.valueOf(pr), String.valueOf(dr),
                        partnerScore, top1, top1Score, top1Matched));
            }
        }
        Files.createDirectories(out);
        Files.write(out.resolve("match-quality-queries.tsv"), details, StandardCharsets.UTF_8);

        Summary all = MatchQualityMetrics.summarise(queries);
        Summary same = MatchQualityMetrics.summarise(MatchQualityMetrics.where(queries, q -> !q.crossLanguage()));
        Summary cross = MatchQualityMetrics.summarise(MatchQualityMetrics.where(queries, Query::crossLanguage));
        Summary aSide = MatchQualityMetrics.summarise(MatchQualityMetrics.where(queries, q -> q.side().equals("A")));
        Summary bSide = MatchQualityMetrics.summarise(MatchQualityMetrics.where(queries, q -> q.side().equals("B")));
        Map<String, String> r = new LinkedHashMap<>();
        r.put("pairs", String.valueOf(pairs.size()));
        r.put("queries", String.valueOf(all.queries()));
        r.put("background-profiles", String.valueOf(background));
        r.put("create-seconds", String.format(Locale.ROOT, "%.1f", createMillis / 1000.0));
        r.put("success@1", f(all.successAt1()));
        r.put("success@10", f(all.successAt10()));
        r.put("mrr", f(all.mrr()));
        r.put("ndcg@10", f(all.ndcgAt10()));
        r.put("distractor-above-partner", all.distractorAbovePartner() + "/" + all.queries());
        r.put("distractor-above-partner-a", aSide.distractorAbovePartner() + "/" + aSide.queries());
        r.put("distractor-above-partner-b", bSide.distractorAbovePartner() + "/" + bSide.queries());
        r.put("empty-lists", String.valueOf(empty));
        r.put("same-language-queries", String.valueOf(same.queries()));
        r.put("same-language-success@1", f(same.successAt1()));
        r.put("same-language-success@10", f(same.successAt10()));
        r.put("same-language-mrr", f(same.mrr()));
        r.put("same-language-ndcg@10", f(same.ndcgAt10()));
        r.put("cross-language-queries", String.valueOf(cross.queries()));
        r.put("cross-language-success@1", f(cross.successAt1()));
        r.put("cross-language-success@10", f(cross.successAt10()));
        r.put("cross-language-mrr", f(cross.mrr()));
        r.put("cross-language-ndcg@10", f(cross.ndcgAt10()));
        r.put("cross-language-drop-ndcg@10-percent",
                String.format(Locale.ROOT, "%.1f", MatchQualityMetrics.dropPercent(same.ndcgAt10(), cross.ndcgAt10())));
        r.put("cross-language-drop-success@10-percent", String.format(Locale.ROOT, "%.1f",
                MatchQualityMetrics.dropPercent(same.successAt10(), cross.successAt10())));
        r.forEach((k, v) -> System.out.println("RESULT " + k + "=" + v));

        // breakdowns (not RESULT lines): by language pair and by industry
        List<String> breakdown = new ArrayList<>();
        breakdown.add(String.format(Locale.ROOT, "%-22s %7s %6s %6s %6s %8s %5s", "group", "queries", "s@1", "s@10",
                "MRR", "nDCG@10", "D>P"));
        Map<String, List<Query>> byLanguages = new TreeMap<>();
        Map<String, List<Query>> byIndustry = new TreeMap<>();
        Map<String, String> industries = new HashMap<>();
        pairs.forEach(p -> industries.put(p.id(), p.industry()));
        for (Query q : queries) {
            byLanguages.computeIfAbsent(q.languages(), k -> new ArrayList<>()).add(q);
            byIndustry.computeIfAbsent(industries.get(q.pair()), k -> new ArrayList<>()).add(q);
        }
        byLanguages.forEach((k, v) -> breakdown.add(line("lang " + k, MatchQualityMetrics.summarise(v))));
        byIndustry.forEach((k, v) -> breakdown.add(line("industry " + k, MatchQualityMetrics.summarise(v))));
        breakdown.forEach(System.out::println);
        Files.write(out.resolve("match-quality-breakdown.txt"), breakdown, StandardCharsets.UTF_8);
        System.out.println("per query: " + out.resolve("match-quality-queries.tsv"));
        return api.failures == 0 ? 0 : 1;
    }

    private static String line(String group, Summary s) {
        return String.format(Locale.ROOT, "%-22s %7d %6.3f %6.3f %6.3f %8.3f %5d", group, s.queries(), s.successAt1(),
                s.successAt10(), s.mrr(), s.ndcgAt10(), s.distractorAbovePartner());
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asString()));
        }
        return out;
    }

    private static String token(ConfigurableApplicationContext context) {
        UserDetails admin = context.getBean(UserDetailsService.class).loadUserByUsername(DEMO_ADMIN);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            return context.getBean(ApiTokenService.class).create("match quality benchmark", 1).secret();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The public API over loopback HTTP with a bearer token; every answer other than 2xx stops the run. */
    private static final class Api {

        private final String base;
        private final String token;
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private int failures;

        Api(String base, String token) {
            this.base = base;
            this.token = token;
        }

        long create(Pair pair, Profile p) throws IOException, InterruptedException {
            ObjectNode company = JSON.createObjectNode();
            company.put("country", p.country());
            company.put("orgNumber", TestOrgNumbers.of(p.country()));
            company.put("name", "Kvalitet " + p.pair() + p.role() + " " + legalForm(p.country()));
            company.put("legalForm", legalForm(p.country()).toUpperCase(Locale.ROOT));
            company.put("naceCode", p.nace().get(0));
            long id = send("POST", "/api/v1/companies", company).get("id").asLong();
            ObjectNode profile = JSON.createObjectNode();
            profile.put("offers", p.offers());
            profile.put("offersLanguage", p.language());
            profile.put("seeks", p.seeks());
            profile.put("seeksLanguage", p.language());
            p.types().forEach(profile.putArray("cooperationTypes")::add);
            p.nace().forEach(profile.putArray("industries")::add);
            TreeSet<String> languages = new TreeSet<>(List.of(p.language(), "en"));
            languages.forEach(profile.putArray("languages")::add);
            profile.putNull("version");
            send("PUT", "/api/v1/partnering/profiles/" + id, profile);
            send("POST", "/api/v1/partnering/profiles/" + id + "/validation", null);
            return id;
        }

        private static String legalForm(String country) {
            return switch (country) {
                case "NO" -> "AS";
                case "SE" -> "AB";
                default -> "Oy";
            };
        }

        JsonNode get(String path) throws IOException, InterruptedException {
            return send("GET", path, null);
        }

        JsonNode send(String method, String path, JsonNode body) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                    .header("Accept-Language", "en").timeout(Duration.ofSeconds(60));
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                failures++;
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        }
    }
}
