package no.kobling.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kobling.KoblingApplication;
import no.kobling.company.Companies;
import no.kobling.company.Companies.CompanyData;
import no.kobling.company.TestOrgNumbers;
import no.kobling.company.importing.HangingStream;
import no.kobling.company.importing.ImportFormat;
import no.kobling.company.importing.application.CompanyImporter;
import no.kobling.company.importing.persistence.ImportRunStore;
import no.kobling.company.importing.persistence.ImportUploadStore;
import no.kobling.company.search.CompanyQuery;
import no.kobling.company.search.CompanySearch;
import no.kobling.identity.SystemAccess;
import no.kobling.support.OpenSearchNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 18.2: two application nodes on one PostgreSQL database ({@code kobling_nodes18}, created anew) and one
 * OpenSearch (the test node of {@link OpenSearchNode}), each a full application on its own random port, as behind a
 * load balancer without sticky sessions. A company created on node A is found on node B; a user signs in on A and goes
 * on on B with the same cookie (session, CSRF token, language and flash message all in the database); node A dies
 * in the middle of an import (a batch committed, the rest of the file not read) and node B takes the run back once A's
 * lease has run out, resumes it after A's committed records and completes it. Under {@code CI=true} a missing PostgreSQL fails the
 * test; otherwise it is skipped. Runs in the {@code nodes} Maven profile ({@code ./mvnw -Pnodes verify}).
 */
@Tag("nodes")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    static final String DB = "kobling_nodes18";
    static final String ADMIN = "nodes-admin";
    static final String PASSWORD = "two-nodes-one-database";

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;
    static Path dataDir;
    static final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void startTwoNodes() throws Exception {
        String server = "jdbc:postgresql://127.0.0.1:5432/";
        try (Connection c = DriverManager.getConnection(server + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DB + " with (force)");
            s.execute("create database " + DB);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("PostgreSQL is not reachable at 127.0.0.1:5432 (CI=true)", e);
            }
            Assumptions.abort("PostgreSQL is not reachable at 127.0.0.1:5432: " + e.getMessage());
        }
        String search = OpenSearchNode.url();
        dataDir = Files.createTempDirectory("kobling-nodes");
        // both look for queued and abandoned runs every 2 s (the recovery's job lease lasts half that: a node that
        // stops holds it no longer than a second); the run below is never queued while A lives
        nodeA = start("node-A", server + DB, search, "PT2S");
        nodeB = start("node-B", server + DB, search, "PT2S");
    }

    static ConfigurableApplicationContext start(String name, String db, String search, String recovery) {
        Map<String, Object> p = new HashMap<>();
        p.put("server.port", "0");
        p.put("spring.main.banner-mode", "off");
        p.put("spring.datasource.url", db);
        p.put("spring.datasource.username", "postgres");
        p.put("spring.datasource.password", "");
        p.put("spring.jpa.properties.hibernate.search.backend.uris", search);
        p.put("kobling.data-dir", dataDir.resolve(name).toString());
        p.put("kobling.node-id", name);
        p.put("kobling.bootstrap.admin-username", ADMIN);
        p.put("kobling.bootstrap.admin-password", PASSWORD);
        p.put("kobling.bootstrap.admin-email", "nodes-admin@example.org");
        p.put("kobling.import.recovery-interval", recovery);
        p.put("kobling.import.lease", "PT10S");
        p.put("kobling.partnering.index-sync-interval", "PT1S");
        // as command-line arguments: they win over application-postgres.properties (builder defaults would not)
        String[] args = p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(KoblingApplication.class).profiles("postgres", "elasticsearch").run(args);
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            if (node != null && node.isActive()) {
                node.close();
            }
        }
    }

    static String url(ConfigurableApplicationContext node, String path) {
        return "http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port") + path;
    }

    static HttpResponse<String> get(ConfigurableApplicationContext node, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(node, path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(ConfigurableApplicationContext node, String path, Map<String, String> form)
            throws Exception {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return http.send(HttpRequest.newBuilder(URI.create(url(node, path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\"[^>]*?(?:value|content)=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }

    static void signIn() throws Exception {
        HttpResponse<String> login = get(nodeA, "/login");
        assertThat(login.statusCode()).isEqualTo(200);
        HttpResponse<String> done = post(nodeA, "/login",
                Map.of("username", ADMIN, "password", PASSWORD, "_csrf", csrf(login.body())));
        assertThat(done.statusCode()).as("signed in on A").isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    @Test
    @Order(1)
    void signedInOnAGoesOnOnBWithCsrfLanguageAndFlash() throws Exception {
        assertThat(get(nodeB, "/account").statusCode()).as("not signed in yet").isEqualTo(302);
        signIn();

        HttpResponse<String> account = get(nodeB, "/account");
        assertThat(account.statusCode()).as("the session A started, on B").isEqualTo(200);
        assertThat(account.body()).contains(ADMIN);

        // the CSRF token of a page served by B, posted to A; the flash message A sets is shown by B
        HttpResponse<String> changed = post(nodeA, "/account/language",
                Map.of("language", "fi", "_csrf", csrf(account.body())));
        assertThat(changed.statusCode()).as("CSRF token accepted across nodes").isEqualTo(302);
        HttpResponse<String> after = get(nodeB, "/account");
        String saved = nodeB.getBean(MessageSource.class).getMessage("account.language.saved", null,
                Locale.forLanguageTag("fi"));
        assertThat(HtmlUtils.htmlUnescape(after.body())).as("flash message in Finnish on B").contains(saved);
        assertThat(after.body()).contains("lang=\"fi\"");
        assertThat(HtmlUtils.htmlUnescape(get(nodeB, "/account").body())).as("a flash message is shown once")
                .doesNotContain(saved);

        HttpResponse<String> bad = post(nodeB, "/account/language", Map.of("language", "sv", "_csrf", "forged"));
        assertThat(bad.statusCode()).as("a forged CSRF token is refused").isEqualTo(403);
    }

    @Test
    @Order(2)
    void aCompanyCreatedOnAIsFoundOnB() throws Exception {
        signIn();
        String org = TestOrgNumbers.norway();
        String name = "Tonodetest Sveis " + org;
        SystemAccess.run(() -> nodeA.getBean(Companies.class).register(new CompanyData("NO", org, name, "AS",
                "25.62", null, 4, null, Set.of())));
        HttpResponse<String> found = get(nodeB, "/companies?q=" + URLEncoder.encode("Tonodetest " + org,
                StandardCharsets.UTF_8));
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(found.body())).as("B's search (OpenSearch) finds A's company").contains(name);
    }

    @Test
    @Order(3)
    void nodeAKilledDuringAnImportAndBCompletesIt() throws Exception {
        signIn();
        String word = "Tonodeimport" + TestOrgNumbers.norway();
        int rows = 6000; // more than one COPY batch (5,000): A commits one, then dies
        StringBuilder csv = new StringBuilder("\"organisasjonsnummer\",\"navn\",\"organisasjonsform.kode\","
                + "\"organisasjonsform.beskrivelse\",\"naeringskode1.kode\",\"hjemmeside\","
                + "\"forretningsadresse.adresse\",\"forretningsadresse.poststed\",\"forretningsadresse.postnummer\","
                + "\"forretningsadresse.kommunenummer\"\n");
        int cut = 0;
        for (int i = 0; i < rows; i++) {
            String name = word + " " + i + " AS";
            csv.append("\"").append(TestOrgNumbers.norway()).append("\",\"").append(name)
                    .append("\",\"AS\",\"Aksjeselskap\",\"62.010\",\"\",\"Storgata ").append(i)
                    .append("\",\"OSLO\",\"0151\",\"0301\"\n");
            if (i == 5500) {
                cut = csv.toString().getBytes(StandardCharsets.UTF_8).length;
            }
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        // A receives the upload and starts the run itself (never QUEUED, so B cannot claim it first); its read of the
        // file hangs after 5,500 rows
        ImportRunStore runsOnA = nodeA.getBean(ImportRunStore.class);
        long run = runsOnA.create("brreg-csv", "nodes.csv", ADMIN, java.time.Instant.now(), "RUNNING", "node-A");
        nodeA.getBean(ImportUploadStore.class).store(run, new ByteArrayInputStream(bytes), 1 << 24, n -> { });
        JdbcTemplate jdbc = nodeB.getBean(JdbcTemplate.class);
        CompanyImporter importerOnA = nodeA.getBean(CompanyImporter.class);
        int hangAt = cut;
        Thread importOnA = new Thread(() -> importerOnA.run("node-A", run, ImportFormat.BRREG_CSV,
                () -> new HangingStream(bytes, hangAt, new CountDownLatch(1)), bytes.length, ADMIN, c -> { }));
        importOnA.setDaemon(true);
        importOnA.start();
        long committed = 0;
        for (int i = 0; i < 600 && committed < 5000; i++) {
            Thread.sleep(100);
            committed = jdbc.queryForObject("select records_read from company_import_run where id = ?", Long.class,
                    run);
        }
        assertThat(committed).as("A committed a batch").isEqualTo(5000);

        nodeA.close(); // A dies in the middle of the run: RUNNING on A, 5,000 records committed, no more heartbeats

        String status = null;
        for (int i = 0; i < 240 && !"COMPLETED".equals(status); i++) {
            Thread.sleep(500);
            status = jdbc.queryForObject("select status from company_import_run where id = ?", String.class, run);
        }
        assertThat(status).as("B took the run back after A's lease ran out and completed it").isEqualTo("COMPLETED");
        Map<String, Object> done = jdbc.queryForMap("select owner_node, attempts, records_read, inserted, rejected "
                + "from company_import_run where id = ?", run);
        assertThat(done.get("owner_node")).isEqualTo("node-B");
        assertThat(((Number) done.get("attempts")).intValue()).as("B's claim").isEqualTo(1);
        assertThat(((Number) done.get("records_read")).longValue()).isEqualTo(rows);
        assertThat(((Number) done.get("inserted")).longValue()).as("every company once").isEqualTo(rows);
        assertThat(jdbc.queryForObject("select count(*) from company_company where name like ?", Long.class,
                word + " %")).isEqualTo(rows);
        // every company searchable on B: those A indexed before it died (or recovery indexed again) and B's own
        CompanySearch searchOnB = nodeB.getBean(CompanySearch.class);
        long found = 0;
        for (int i = 0; i < 60 && found < rows; i++) {
            found = SystemAccess.run(() -> searchOnB.search(CompanyQuery.text(word), PageRequest.of(0, 20)))
                    .page().getTotalElements();
            if (found < rows) {
                Thread.sleep(500);
            }
        }
        assertThat(found).as("B's search finds every imported company").isEqualTo(rows);
    }
}
