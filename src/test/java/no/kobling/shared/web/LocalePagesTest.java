package no.kobling.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kobling.company.Companies;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pages speak the interface language (issue 16 point 5): dates written out, names instead of codes, plurals,
 * the audit page translated, and no ISO 8601 duration or raw ISO date anywhere a demo role can click to.
 */
@IntegrationTest
class LocalePagesTest {

    static final String NBSP = "\u00a0";
    static final List<String> ROLES = List.of("admin", "koordinator", "radgiver", "samtalepart", "bedrift",
            "finansierer");
    static final Pattern HREF = Pattern.compile("<a\\b[^>]*\\bhref=\"(/[^\"#]*)\"");
    static final Pattern ISO_DURATION = Pattern.compile("\\bP(?:T\\d+(?:\\.\\d+)?[HMS]|\\d+[DWMY])");
    static final Pattern ISO_DATE = Pattern.compile("(?<![\\d-])\\d{4}-\\d{2}-\\d{2}(?![\\d-])");

    @Autowired
    MockMvc mvc;
    @Autowired
    MessageSource messages;
    @Autowired
    Companies companies;
    @Autowired
    UserAdministration userAdministration;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    ApiTokenService tokenService;

    TestUsers users;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userAdministration, userDetailsService, tokenService);
    }

    /**
     * Choosing a language with ?lang= is stored on the account, and the demo users are shared with every other
     * test of the run: put them back on bokmål, the default those tests read their pages in.
     */
    @AfterEach
    void backToBokmal() throws Exception {
        for (String role : ROLES) {
            mvc.perform(get("/").with(users.as(role)).param("lang", "nb"));
        }
    }

    @Test
    void eventDaysAreWrittenOutInTheInterfaceLanguage() throws Exception {
        String list = page("/events", "samtalepart", "nb");
        // the demo B2B event in Tromsø (its sessions are on 10 February 2027)
        Matcher m = Pattern.compile("href=\"(/events/\\d+)\"[^>]*>[^<]*B2B").matcher(list);
        assertThat(m.find()).as("the demo B2B event on the list").isTrue();
        String event = m.group(1);
        assertThat(page(event, "samtalepart", "nb")).contains(">10. februar 2027<");
        assertThat(page(event, "samtalepart", "nn")).contains(">10. februar 2027<");
        assertThat(page(event, "samtalepart", "sv")).contains(">10 februari 2027<");
        assertThat(page(event, "samtalepart", "fi")).contains(">10. helmikuuta 2027<");
        assertThat(page(event, "samtalepart", "en")).contains(">10 February 2027<")
                .doesNotContain(">2027-02-10<");
        // countries by name, also in the registration form's select
        assertThat(page(event, "samtalepart", "nb")).contains(">Sverige</option>").doesNotContain(">SE</option>");
    }

    @Test
    void theCompanyPageShowsNamesNotCodes() throws Exception {
        long giske = SystemAccess.run(() -> companies.idByOrgNumber("NO", "959083010")).orElseThrow();
        String nb = page("/companies/" + giske, "admin", "nb");
        // legal form AS by name, NACE 62.01 with its title
        assertThat(nb).contains(">Aksjeselskap<").doesNotContain(">AS<");
        assertThat(nb).containsPattern(">62\\.01 \\p{L}[^<]+</a>");
        assertThat(page("/companies/" + giske, "admin", "fi")).contains(">Osakeyhtiö (AS, Norja)<");
    }

    @Test
    void countsArePluralInAllFiveLanguages() {
        assertThat(count("nb", 1)).isEqualTo("1 bedrift");
        assertThat(count("nb", 3)).isEqualTo("3 bedrifter");
        assertThat(count("nn", 1)).isEqualTo("1 bedrift");
        assertThat(count("sv", 1)).isEqualTo("1 företag");
        assertThat(count("sv", 2)).isEqualTo("2 företag");
        assertThat(count("fi", 1)).isEqualTo("1 yritys");
        assertThat(count("fi", 2)).isEqualTo("2 yritystä");
        assertThat(count("en", 1)).isEqualTo("1 company");
        assertThat(count("en", 0)).isEqualTo("0 companies");
        assertThat(count("nb", 1234)).isEqualTo("1" + NBSP + "234 bedrifter");
        assertThat(count("en", 1234)).isEqualTo("1,234 companies");
        assertThat(messages.getMessage("locale.count.days-overdue", new Object[] {1}, Locale.forLanguageTag("nn")))
                .isEqualTo("1 dag på overtid");
        assertThat(messages.getMessage("locale.count.days-overdue", new Object[] {2}, Locale.forLanguageTag("nn")))
                .isEqualTo("2 dagar på overtid");
        assertThat(messages.getMessage("locale.count.meetings-placed", new Object[] {1, 1},
                Locale.forLanguageTag("sv"))).isEqualTo("1 av 1 möte placerade");
    }

    @Test
    void theAuditPageNamesRecordKindsAndFieldsInTheUsersLanguage() throws Exception {
        String someone = users.create("audit-lang", "ADVISOR");
        String id = String.valueOf(users.id(someone));
        String nb = mvc.perform(get("/admin/audit").with(users.as("admin")).param("entityType", "UserAccount")
                .param("entityId", id).param("lang", "nb")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(nb).contains(">Bruker " + id + "<").contains("Brukernavn").contains("Visningsnavn")
                .contains("Passord (hemmelig, vises ikke)").doesNotContain("displayName");
        String fi = mvc.perform(get("/admin/audit").with(users.as("admin")).param("entityType", "UserAccount")
                .param("entityId", id).param("lang", "fi")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(fi).contains(">Käyttäjä " + id + "<").contains("Käyttäjätunnus").contains("Näyttönimi");
        // every record kind in the filter has a name, not its class name
        assertThat(nb).contains(">Bedrift<").doesNotContain(">PartnerCase<");
    }

    @Test
    void noPageADemoRoleReachesShowsAnIsoDurationOrARawIsoDate() throws Exception {
        Set<String> failures = new TreeSet<>();
        for (String role : ROLES) {
            Set<String> seen = new LinkedHashSet<>();
            String home = page("/", role, "nb");
            List<String> level1 = links(home);
            List<String> level2 = new ArrayList<>();
            for (String url : level1) {
                if (seen.add(url)) {
                    String body = check(url, role, failures);
                    if (body != null) {
                        links(body).stream().filter(this::detail).limit(3).forEach(level2::add);
                    }
                }
            }
            for (String url : level2) {
                if (seen.add(url)) {
                    check(url, role, failures);
                }
            }
            assertThat(seen).as("pages reached by " + role).hasSizeGreaterThan(2);
        }
        assertThat(failures).as("pages with ISO durations, ISO dates or errors").isEmpty();
    }

    private String check(String url, String role, Set<String> failures) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(url).with(users.as(role)).param("lang", "nb")).andReturn()
                .getResponse();
        if (r.getStatus() >= 500) {
            failures.add(role + " " + url + ": HTTP " + r.getStatus());
            return null;
        }
        String type = r.getContentType() == null ? "" : r.getContentType();
        if (r.getStatus() != 200 || !type.startsWith("text/html")) {
            return null;
        }
        String body = r.getContentAsString(StandardCharsets.UTF_8);
        String text = visibleText(body);
        Matcher d = ISO_DURATION.matcher(text);
        if (d.find()) {
            failures.add(role + " " + url + ": ISO duration " + d.group());
        }
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.find()) {
            failures.add(role + " " + url + ": ISO date " + iso.group() + " in \"" + around(text, iso.start()) + "\"");
        }
        return body;
    }

    /** The text a reader sees: no tags, attributes, scripts or styles. */
    static String visibleText(String html) {
        return html.replaceAll("(?is)<(script|style)\\b.*?</\\1>", " ").replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?s)<[^>]*>", " ").replace("&nbsp;", " ");
    }

    static String around(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 20)).replaceAll("\\s+", " ");
    }

    private List<String> links(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            String url = m.group(1).replace("&amp;", "&");
            if (crawlable(url)) {
                out.add(url);
            }
        }
        return out;
    }

    private boolean crawlable(String url) {
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        return !path.startsWith("/api") && !path.startsWith("/logout") && !path.startsWith("/webjars")
                && !path.startsWith("/css") && !path.startsWith("/js") && !path.startsWith("/v3")
                && !path.startsWith("/swagger") && !path.startsWith("/actuator") && !url.contains("lang=")
                && !path.matches(".*\\.(pdf|xlsx|csv|ics|svg|png|zip|json)$") && !path.contains("/download")
                && !path.contains("/export") && !path.contains("/calendar");
    }

    private boolean detail(String url) {
        return url.matches("/[a-z-]+(/[a-z-]+)?/\\d+(/[a-z-]+)?");
    }

    private String page(String url, String role, String lang) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(url).with(users.as(role)).param("lang", lang)).andReturn()
                .getResponse();
        assertThat(r.getStatus()).as(url).isEqualTo(200);
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    private String count(String lang, int n) {
        return messages.getMessage("locale.count.companies", new Object[] {n}, Locale.forLanguageTag(lang));
    }
}
