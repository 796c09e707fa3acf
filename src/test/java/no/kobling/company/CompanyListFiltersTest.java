package no.kobling.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import no.kobling.actor.Actors;
import no.kobling.actor.PartnershipRef;
import no.kobling.company.application.CompanyService;
import no.kobling.company.application.Views.CompanyView;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The partnership, municipality and NACE (below section) filters of the page {@code /companies}. */
@Tag("search")
@IntegrationTest
class CompanyListFiltersTest {

    static final String NORDVESTLANDET = "Regionalt partnerskap for entreprenørskap og vekst på Nordvestlandet";
    static final String NORDIC_BUSINESS_LINK = "Nordic Business Link";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    CompanyService companies;
    @Autowired
    Geography geography;
    @Autowired
    Actors actors;

    CompanyTestData data;
    String tag;

    @BeforeEach
    void setUp() {
        data = new CompanyTestData(companies, geography);
        StringBuilder t = new StringBuilder("Fl");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            t.append(Character.isDigit(c) ? (char) ('g' + c - '0') : c);
        }
        tag = t.toString();
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    String page(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The markup of one select (by id), or "" when the page has none. */
    static String select(String html, String id) {
        var m = java.util.regex.Pattern.compile("<select id=\"" + id + "\"[\\s\\S]*?</select>").matcher(html);
        return m.find() ? m.group() : "";
    }

    static String selected(String value) {
        return "value=\"" + java.util.regex.Pattern.quote(value) + "\"[^>]*selected";
    }

    long partnership(String name) {
        return SystemAccess.run(() -> actors.partnershipIdByName(name).orElseThrow());
    }

    @Test
    void partnershipFilterOffersVisiblePartnershipsAndNarrowsToTheirMunicipalities() throws Exception {
        CompanyView giske = data.create("Partnerbedrift Giske " + tag, "1532", null, 2, null, Set.of());
        CompanyView oslo = data.create("Partnerbedrift Oslo " + tag, "0301", null, 2, null, Set.of());
        CompanyView tromso = data.create("Partnerbedrift Tromsø " + tag, "5501", null, 2, null, Set.of());
        long nordvest = partnership(NORDVESTLANDET);
        long nbl = partnership(NORDIC_BUSINESS_LINK);

        String all = page("radgiver", get("/companies").param("q", tag));
        assertThat(all).contains("<label for=\"partnershipId\"", giske.name(), oslo.name(), tromso.name());
        assertThat(select(all, "partnershipId")).contains("value=\"" + nordvest + "\"")
                .doesNotContain("value=\"" + nbl + "\"");

        String filtered = page("radgiver", get("/companies").param("q", tag)
                .param("partnershipId", String.valueOf(nordvest)));
        assertThat(filtered).contains(giske.name()).doesNotContain(oslo.name(), tromso.name());
        assertThat(select(filtered, "partnershipId")).containsPattern(selected(String.valueOf(nordvest)));

        // a partnership the advisor may not see answers like a missing one, and shows none of its companies
        String hidden = mvc.perform(get("/companies").param("q", tag).param("partnershipId", String.valueOf(nbl))
                .with(as("radgiver"))).andExpect(status().isNotFound()).andReturn().getResponse()
                .getContentAsString();
        assertThat(hidden).doesNotContain(tromso.name());

        // a member of that partnership sees it offered and filters by it
        String member = page("samtalepart", get("/companies").param("q", tag)
                .param("partnershipId", String.valueOf(nbl)));
        assertThat(member).contains(tromso.name()).doesNotContain(giske.name());
        assertThat(select(member, "partnershipId")).containsPattern(selected(String.valueOf(nbl)));
    }

    @Test
    void visiblePartnershipsFollowTenancy() {
        var asAdvisor = actingAs("radgiver");
        assertThat(asAdvisor).extracting(PartnershipRef::name).contains(NORDVESTLANDET)
                .doesNotContain(NORDIC_BUSINESS_LINK);
        assertThat(SystemAccess.run(actors::visiblePartnerships)).extracting(PartnershipRef::name)
                .contains(NORDVESTLANDET, NORDIC_BUSINESS_LINK);
    }

    private java.util.List<PartnershipRef> actingAs(String username) {
        var details = users.loadUserByUsername(username);
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(details, null, details.getAuthorities()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return actors.visiblePartnerships();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    @Test
    void municipalitySelectAppearsForACountryOrRegionAndFilters() throws Exception {
        CompanyView giske = data.create("Kommunebedrift Giske " + tag, "1532", null, 2, null, Set.of());
        CompanyView alesund = data.create("Kommunebedrift Ålesund " + tag, "1508", null, 2, null, Set.of());
        long giskeId = data.municipality("NO", "1532");
        long stockholm = data.municipality("SE", "0180");

        String none = page("radgiver", get("/companies").param("q", tag));
        assertThat(none).doesNotContain("id=\"municipalityId\"").contains("id=\"municipality-hint\"");

        String country = page("radgiver", get("/companies").param("q", tag).param("country", "NO"));
        assertThat(country).contains("<label for=\"municipalityId\"").doesNotContain("municipality-hint");
        assertThat(select(country, "municipalityId")).contains("value=\"" + giskeId + "\"")
                .doesNotContain("value=\"" + stockholm + "\"");

        String filtered = page("radgiver", get("/companies").param("q", tag).param("country", "NO")
                .param("municipalityId", String.valueOf(giskeId)));
        assertThat(filtered).contains(giske.name()).doesNotContain(alesund.name());
        assertThat(select(filtered, "municipalityId")).containsPattern(selected(String.valueOf(giskeId)));

        // the region narrows the options to its municipalities
        long region = regionOf(giske);
        String ofRegion = page("radgiver", get("/companies").param("q", tag).param("country", "NO")
                .param("regionId", String.valueOf(region)));
        assertThat(select(ofRegion, "municipalityId")).contains("value=\"" + giskeId + "\"")
                .doesNotContain("value=\"" + data.municipality("NO", "0301") + "\"");

        // changing the country drops a municipality of another country instead of finding nothing
        String changed = page("radgiver", get("/companies").param("q", tag).param("country", "SE")
                .param("municipalityId", String.valueOf(giskeId)));
        assertThat(select(changed, "municipalityId")).contains("value=\"" + stockholm + "\"")
                .doesNotContain("value=\"" + giskeId + "\"");
    }

    private long regionOf(CompanyView company) throws Exception {
        // the region facet of a search for the company offers its region id
        String html = page("radgiver", get("/companies").param("q", company.name()));
        var m = java.util.regex.Pattern.compile("<select id=\"regionId\"[\\s\\S]*?<option value=\"(\\d+)\"")
                .matcher(html);
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void naceSelectsBelowTheSectionNarrowTheSearchAndFollowTheHierarchy() throws Exception {
        CompanyView software = data.create("Næringsbedrift Kode " + tag, "1508", "62.01", 2, null, Set.of());
        CompanyView hosting = data.create("Næringsbedrift Drift " + tag, "1508", "63.11", 2, null, Set.of());

        String section = page("radgiver", get("/companies").param("q", tag).param("nace", "J"));
        assertThat(section).contains("<label for=\"nace-2\"").doesNotContain("id=\"nace-3\"")
                .contains(software.name(), hosting.name());
        assertThat(select(section, "nace-2")).contains("value=\"62\"", "value=\"63\"");

        // section and division submitted together (the GET form): the division wins and gets its group select
        String division = page("radgiver", get("/companies").param("q", tag).param("nace", "J", "62"));
        assertThat(division).contains(software.name()).doesNotContain(hosting.name());
        assertThat(select(division, "nace-2")).containsPattern(selected("62"));
        assertThat(select(division, "nace-3")).contains("value=\"62.0\"");

        // a link to a class shows the whole path
        String cls = page("radgiver", get("/companies").param("q", tag).param("nace", "62.01"));
        assertThat(cls).contains(software.name());
        assertThat(select(cls, "nace-4")).containsPattern(selected("62.01"));
        assertThat(select(cls, "nace-3")).containsPattern(selected("62.0"));
        assertThat(select(cls, "nace")).containsPattern(selected("J"));

        // another section with the old division still submitted: the section wins
        String other = page("radgiver", get("/companies").param("q", tag).param("nace", "A", "62"));
        assertThat(other).doesNotContain(software.name(), hosting.name(), "id=\"nace-3\"");
        assertThat(select(other, "nace-2")).contains("value=\"01\"").doesNotContain("value=\"62\"");

        // htmx: the results plus the dependent filters out of band, and the pager keeps every nace value
        String htmx = page("radgiver", get("/companies").param("q", tag).param("nace", "J", "62")
                .header("HX-Request", "true"));
        assertThat(htmx).doesNotContain("<html").contains("id=\"company-results\"", "id=\"company-refine\"",
                "hx-swap-oob=\"true\"", "id=\"nace-3\"", software.name());
    }
}
