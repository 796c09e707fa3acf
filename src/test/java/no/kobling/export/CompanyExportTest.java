package no.kobling.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.kobling.actor.Actors;
import no.kobling.company.CompanyTestData;
import no.kobling.company.application.CompanyService;
import no.kobling.company.application.Views.CompanyView;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.support.IntegrationTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The company list downloads as XLSX and CSV with the page's filters (issue 16 point 8): read back with POI and a CSV
 * parser, the rows are the page's rows, headers are in the user's language, a name that starts like a formula stays
 * text, and the export is in the audit trail.
 */
@Tag("search")
@IntegrationTest
class CompanyExportTest {

    /** The first three column headers in each language (name, country, organisation number). */
    static final Map<String, List<String>> HEADERS = Map.of("nb", List.of("Navn", "Land", "Organisasjonsnummer"),
            "nn", List.of("Namn", "Land", "Organisasjonsnummer"), "sv", List.of("Namn", "Land", "Organisationsnummer"),
            "fi", List.of("Nimi", "Maa", "Y-tunnus"), "en", List.of("Name", "Country", "Organisation number"));
    static final Map<String, String> NORWAY = Map.of("nb", "Norge", "nn", "Noreg", "sv", "Norge", "fi", "Norja",
            "en", "Norway");

    static final String NORDVESTLANDET = "Regionalt partnerskap for entreprenørskap og vekst på Nordvestlandet";

    @Autowired
    MockMvc mvc;
    @Autowired
    CompanyService companies;
    @Autowired
    Geography geography;
    @Autowired
    Actors actors;
    @Autowired
    no.kobling.identity.UserAdministration userAdministration;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;
    @Autowired
    no.kobling.identity.application.ApiTokenService tokens;
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    CompanyTestData data;
    String tag;

    @BeforeEach
    void setUp() {
        data = new CompanyTestData(companies, geography);
        users = new TestUsers(userAdministration, userDetails, tokens);
        StringBuilder t = new StringBuilder("Ex");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            t.append(Character.isDigit(c) ? (char) ('g' + c - '0') : c);
        }
        tag = t.toString();
    }

    byte[] download(MockHttpServletRequestBuilder request, String contentType) throws Exception {
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith(contentType);
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment").contains("companies-");
        return response.getContentAsByteArray();
    }

    /** The company names of the list page (the links of its result table). */
    List<String> pageNames(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("<td><a href=\"/companies/\\d+\">([^<]*)</a></td>").matcher(html);
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(org.springframework.web.util.HtmlUtils.htmlUnescape(m.group(1)));
        }
        return names;
    }

    @Test
    void theExportHoldsThePagesRowsForTheSameFiltersInBothFormats() throws Exception {
        CompanyView giske = data.create("Eksportbedrift Giske " + tag, "1532", null, 3, null, Set.of());
        CompanyView formula = data.create("=HYPERLINK(\"http://evil\") Giske " + tag, "1532", null, 12, null,
                Set.of());
        CompanyView oslo = data.create("Eksportbedrift Oslo " + tag, "0301", null, 2, null, Set.of());
        long nordvest = SystemAccess.run(() -> actors.partnershipIdByName(NORDVESTLANDET).orElseThrow());

        // the same filters on the page and the export: the text and the partnership area
        Map<String, String> filters = Map.of("q", tag, "partnershipId", String.valueOf(nordvest), "sort", "name");
        MockHttpServletRequestBuilder page = get("/companies");
        MockHttpServletRequestBuilder xlsx = get("/companies/export.xlsx");
        MockHttpServletRequestBuilder csv = get("/companies/export.csv");
        for (var r : List.of(page, xlsx, csv)) {
            filters.forEach(r::param);
            r.with(users.as("radgiver")).header("Accept-Language", "nb");
        }
        List<String> expected = List.of(giske.name(), formula.name());
        // the page speaks the user's stored language
        java.util.Locale stored = ((no.kobling.identity.application.KoblingUserDetails) userDetails
                .loadUserByUsername("radgiver")).preferredLocale();
        String language = stored == null ? "nb" : stored.getLanguage();
        List<String> header = HEADERS.get(language);
        String norway = NORWAY.get(language);
        assertThat(pageNames(page)).containsExactlyInAnyOrderElementsOf(expected);

        List<List<Cell>> sheet = Sheets.xlsx(download(xlsx, "application/vnd.openxmlformats"));
        assertThat(Sheets.texts(sheet.get(0))).startsWith(header.toArray(String[]::new));
        List<String> sheetNames = sheet.stream().skip(1).map(r -> Sheets.text(r.get(0))).toList();
        assertThat(sheetNames).containsExactlyInAnyOrderElementsOf(expected).doesNotContain(oslo.name());
        List<Cell> formulaRow = sheet.stream().filter(r -> Sheets.text(r.get(0)).equals(formula.name()))
                .findFirst().orElseThrow();
        assertThat(formulaRow.get(0).getCellType()).isEqualTo(CellType.STRING);
        assertThat(Sheets.text(formulaRow.get(1))).isEqualTo(norway);
        assertThat(Sheets.text(formulaRow.get(3))).isEqualTo("Giske");

        List<List<String>> rows = Sheets.csv(download(csv, "text/csv"));
        assertThat(rows.get(0)).startsWith(header.toArray(String[]::new));
        List<String> csvNames = rows.stream().skip(1).map(r -> r.get(0)).toList();
        assertThat(csvNames).containsExactlyInAnyOrder(giske.name(), "'" + formula.name());
        List<String> giskeRow = rows.stream().filter(r -> r.get(0).equals(giske.name())).findFirst().orElseThrow();
        assertThat(giskeRow.get(2)).isEqualTo(giske.orgNumber());

        String audited = jdbc.queryForObject("select changed_fields from audit_entry where entity_type = 'Export'"
                + " and entity_id = 'companies' and actor = 'radgiver' and changed_fields like ? order by id desc"
                + " fetch first 1 rows only", String.class, "csv; q=" + tag + "%");
        assertThat(audited).contains("partnershipId=" + nordvest).endsWith("rows=2");
    }

    @Test
    void theApiExportsWithABearerTokenAndHeadersInTheCallersLanguage() throws Exception {
        CompanyView one = data.create("Apibedrift " + tag, "1508", null, 2, null, Set.of());
        String token = users.token("radgiver").secret();
        byte[] bytes = download(get("/api/v1/companies/export.xlsx").param("q", tag)
                .header("Authorization", TestUsers.bearer(token)).header("Accept-Language", "fi"),
                "application/vnd.openxmlformats");
        List<List<Cell>> sheet = Sheets.xlsx(bytes);
        assertThat(Sheets.texts(sheet.get(0))).startsWith("Nimi", "Maa");
        assertThat(sheet).hasSize(2);
        assertThat(Sheets.text(sheet.get(1).get(0))).isEqualTo(one.name());
        assertThat(Sheets.text(sheet.get(1).get(1))).isEqualTo("Norja");
        // without a token: 401, and nothing is exported
        mvc.perform(get("/api/v1/companies/export.csv").param("q", tag)).andExpect(status().isUnauthorized());
    }
}
