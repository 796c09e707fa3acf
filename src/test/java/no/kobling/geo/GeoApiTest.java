package no.kobling.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import no.kobling.geo.persistence.RegionRepository;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The geo REST API. Most tests set the caller directly; one goes through a real personal token. */
@Tag("search")
@IntegrationTest
class GeoApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Geography geography;
    @Autowired
    RegionRepository regions;
    @Autowired
    UserAdministration users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApiTokenService tokens;

    MockHttpServletRequestBuilder api(String url) {
        return api(url, "en");
    }

    MockHttpServletRequestBuilder api(String url, String language) {
        return get(url).with(user("geo-api-caller").authorities(() -> "USE_API")).header("Accept-Language", language);
    }

    @Test
    void documentedInOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/geo/municipalities'].get.tags[0]").value("Geography"))
                .andExpect(jsonPath("$.paths['/api/v1/geo/municipalities/by-code/{country}/{code}']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/geo/nace/{code}'].get.summary").exists());
    }

    @Test
    void withoutTokenAnswers401() throws Exception {
        mvc.perform(get("/api/v1/geo/municipalities")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("unauthenticated"));
    }

    @Test
    void realTokenRoundTrip() throws Exception {
        String username = GeoTestUser.create(users, "geo-token-" + UUID.randomUUID().toString().substring(0, 8));
        UserDetails details = userDetails.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext();
        String secret;
        try {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
                    details.getAuthorities()));
            SecurityContextHolder.setContext(context);
            secret = tokens.create("geo test", 1).secret();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        assertThat(secret).startsWith(ApiTokenService.PREFIX);
        mvc.perform(get("/api/v1/geo/countries").header("Authorization", "Bearer " + secret)
                        .header("Accept-Language", "fi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", contains("NO", "SE", "FI")))
                .andExpect(jsonPath("$[0].name").value("Norja"))
                .andExpect(jsonPath("$[2].municipalityCount").value(308))
                .andExpect(jsonPath("$[1].regionCount").value(21));
        mvc.perform(get("/api/v1/geo/countries").header("Authorization", "Bearer kob_not-a-real-token"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void searchByAnyNameInAnyLanguage() throws Exception {
        mvc.perform(api("/api/v1/geo/municipalities").param("q", "Åbo"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].countryCode").value("FI"))
                .andExpect(jsonPath("$.content[0].code").value("853"))
                .andExpect(jsonPath("$.content[0].name").value("Turku / Åbo"))
                .andExpect(jsonPath("$.content[0].region.name").value("Southwest Finland"));
        mvc.perform(api("/api/v1/geo/municipalities").param("q", "Karasjohka"))
                .andExpect(jsonPath("$.content[0].code").value("5610"));
        mvc.perform(api("/api/v1/geo/municipalities").param("q", "Åbo").param("country", "NO"))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void filtersAndPagingTotals() throws Exception {
        mvc.perform(api("/api/v1/geo/municipalities").param("country", "FI").param("size", "50").param("page", "6"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(308))
                .andExpect(jsonPath("$.totalPages").value(7))
                .andExpect(jsonPath("$.page").value(6))
                .andExpect(jsonPath("$.content", hasSize(8)));
        long finnmark = regions.findByCountryCodeOrderByCodeAsc("NO").stream()
                .filter(r -> r.getCode().equals("56")).findFirst().orElseThrow().getId();
        mvc.perform(api("/api/v1/geo/municipalities").param("regionId", String.valueOf(finnmark)).param("size", "5")
                        .param("sort", "code"))
                .andExpect(jsonPath("$.totalElements").value(18))
                .andExpect(jsonPath("$.content[0].code").value("5601"))
                .andExpect(jsonPath("$.content[0].region.id").value(finnmark));
        mvc.perform(api("/api/v1/geo/municipalities").param("country", "se").param("sort", "-name").param("size", "1"))
                .andExpect(jsonPath("$.totalElements").value(290))
                .andExpect(jsonPath("$.content[0].name").value("Ystad"));
    }

    @Test
    void invalidSortAndUnknownCountryAreProblems() throws Exception {
        mvc.perform(api("/api/v1/geo/municipalities").param("sort", "population"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("invalid-sort"))
                .andExpect(jsonPath("$.detail").value("Cannot sort by population."));
        mvc.perform(api("/api/v1/geo/regions").param("country", "DK"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("unknown-country"))
                .andExpect(jsonPath("$.messageKey").value("geo.error.unknown-country"));
    }

    @Test
    void municipalityWithAllNamesByLanguage() throws Exception {
        long id = geography.municipalityByCode("NO", "5540").orElseThrow().id();
        mvc.perform(api("/api/v1/geo/municipalities/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("5540"))
                .andExpect(jsonPath("$.names.fkv").value("Kaivuono"))
                .andExpect(jsonPath("$.names.se").value("Gáivuotna"))
                .andExpect(jsonPath("$.names.nb").value("Kåfjord"))
                .andExpect(jsonPath("$.region.code").value("55"));
        mvc.perform(api("/api/v1/geo/municipalities/by-code/fi/853"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.names.sv").value("Åbo"))
                .andExpect(jsonPath("$.localName").value("Turku"))
                .andExpect(jsonPath("$.languageStatus").value("BILINGUAL_FINNISH_MAJORITY"));
    }

    @Test
    void unknownIdsAre404ProblemDetails() throws Exception {
        mvc.perform(api("/api/v1/geo/municipalities/999999999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("not-found"));
        mvc.perform(api("/api/v1/geo/municipalities/by-code/NO/9999"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("not-found"));
        mvc.perform(api("/api/v1/geo/nace/99.99"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("not-found"));
    }

    @Test
    void regionsOfACountry() throws Exception {
        mvc.perform(api("/api/v1/geo/regions").param("country", "NO"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(15)))
                .andExpect(jsonPath("$[?(@.code == '56')].municipalityCount", contains(18)))
                .andExpect(jsonPath("$[?(@.code == '56')].names.nb", contains("Finnmark")));
        mvc.perform(api("/api/v1/geo/regions"))
                .andExpect(jsonPath("$", hasSize(55)));
    }

    @Test
    void naceBrowseSearchAndDetail() throws Exception {
        mvc.perform(api("/api/v1/geo/nace", "nb").param("parent", "A"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].code", contains("01", "02", "03")))
                .andExpect(jsonPath("$.content[0].title")
                        .value("Jordbruk og tjenester tilknyttet jordbruk, jakt og viltstell"))
                .andExpect(jsonPath("$.content[0].titleLanguage").value("nb"));
        mvc.perform(api("/api/v1/geo/nace").param("level", "1"))
                .andExpect(jsonPath("$.totalElements").value(21));
        mvc.perform(api("/api/v1/geo/nace").param("q", "spannmål"))
                .andExpect(jsonPath("$.content[*].code", hasItem("01.11")));
        mvc.perform(api("/api/v1/geo/nace").param("level", "7"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation-failed"));
        mvc.perform(api("/api/v1/geo/nace/01.1", "fi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Growing of non-perennial crops"))
                .andExpect(jsonPath("$.titleLanguage").value("en"))
                .andExpect(jsonPath("$.titles.nb").value("Dyrking av ettårige vekster"))
                .andExpect(jsonPath("$.path[*].code", contains("A", "01")))
                .andExpect(jsonPath("$.children[0].code").value("01.11"));
    }
}
