package no.kobling.geo;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.kobling.identity.UserAdministration;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The geo pages: municipalities (search, filters, htmx), a municipality, regions, NACE browse, search and detail. */
@IntegrationTest
class GeoPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAdministration users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Geography geography;

    UserDetails advisor;

    @BeforeEach
    void signIn() {
        advisor = GeoTestUser.advisor(users, userDetails);
    }

    MockHttpServletRequestBuilder page(String url) {
        return get(url).with(user(advisor));
    }

    long id(String country, String code) {
        return geography.municipalityByCode(country, code).orElseThrow().id();
    }

    @Test
    void pagesNeedSignIn() throws Exception {
        mvc.perform(get("/geo/municipalities")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void searchFindsAMunicipalityByItsSwedishName() throws Exception {
        mvc.perform(page("/geo/municipalities").param("q", "Åbo").param("lang", "nb"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Turku / Åbo")))
                .andExpect(content().string(containsString("/geo/municipalities/" + id("FI", "853"))))
                .andExpect(content().string(containsString("Sortert etter relevans.")))
                .andExpect(content().string(not(containsString("Helsinki"))));
    }

    @Test
    void searchWithoutDiacriticsFindsTheSamiName() throws Exception {
        mvc.perform(page("/geo/municipalities").param("q", "Karasjohka").param("lang", "nb"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kárášjohka - Karasjok")))
                .andExpect(content().string(containsString("5610")))
                .andExpect(content().string(containsString("1 kommune funnet")));
    }

    @Test
    void showsTheNameInTheUsersLanguageWhenItDiffers() throws Exception {
        mvc.perform(page("/geo/municipalities").param("q", "Turku").param("lang", "sv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span class=\"muted\">Åbo</span>")));
    }

    @Test
    void finnishInterface() throws Exception {
        mvc.perform(page("/geo/municipalities").param("lang", "fi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"fi\"")))
                .andExpect(content().string(containsString("<h1>Kunnat</h1>")))
                .andExpect(content().string(containsString("Kaikki maat")))
                .andExpect(content().string(containsString(">Norja<")))
                .andExpect(content().string(containsString("955 kuntaa löytyi")));
    }

    @Test
    void countryFilterWithoutJavaScriptListsOnlyThatCountrysRegions() throws Exception {
        mvc.perform(page("/geo/municipalities").param("country", "SE").param("lang", "sv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("290 kommuner hittades")))
                .andExpect(content().string(containsString("Norrbottens län")))
                .andExpect(content().string(not(containsString("<optgroup"))))
                .andExpect(content().string(not(containsString("Finnmark"))));
        mvc.perform(page("/geo/municipalities").param("lang", "en"))
                .andExpect(content().string(containsString("<optgroup label=\"Norway\">")))
                .andExpect(content().string(containsString("<optgroup label=\"Finland\">")));
    }

    @Test
    void sortableColumnsAndPaging() throws Exception {
        mvc.perform(page("/geo/municipalities").param("country", "NO").param("sort", "-code").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-sort=\"descending\"")))
                .andExpect(content().string(containsString("Page 1 of 15 (357 in all)")))
                .andExpect(content().string(containsString("sort=-code&amp;page=1")))
                .andExpect(content().string(containsString("Guovdageaidnu - Kautokeino")));
    }

    @Test
    void htmxGetsOnlyTheResultsAndTheOutOfBandParts() throws Exception {
        mvc.perform(page("/geo/municipalities").param("q", "Kiruna").param("country", "SE").param("lang", "en")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", containsString("HX-Request")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("<h1"))))
                .andExpect(content().string(containsString("id=\"municipality-results\"")))
                .andExpect(content().string(containsString("hx-swap-oob=\"innerHTML\"")))
                .andExpect(content().string(containsString("id=\"regionId\" name=\"regionId\" hx-swap-oob=\"true\"")))
                .andExpect(content().string(containsString("Kiruna")));
    }

    @Test
    void htmxHistoryRestoreGetsTheWholePage() throws Exception {
        mvc.perform(page("/geo/municipalities").param("q", "Kiruna").header("HX-Request", "true")
                        .header("HX-History-Restore-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")));
    }

    @Test
    void municipalityPageLabelsEveryNameWithItsLanguage() throws Exception {
        long karasjok = id("NO", "5610");
        mvc.perform(page("/geo/municipalities/" + karasjok).param("lang", "nb"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Kárášjohka - Karasjok</h1>")))
                .andExpect(content().string(containsString("Nordsamisk")))
                .andExpect(content().string(containsString("<td lang=\"se\">Kárášjohka</td>")))
                .andExpect(content().string(containsString("Finnmark")))
                .andExpect(content().string(containsString("href=\"/geo/regions\"")));
        mvc.perform(page("/geo/municipalities/" + karasjok).param("lang", "en"))
                .andExpect(content().string(containsString("North Sámi")));
        mvc.perform(page("/geo/municipalities/" + karasjok).param("lang", "fi"))
                .andExpect(content().string(containsString("Pohjoissaame")));
    }

    @Test
    void finnishMunicipalityShowsItsLanguageStatus() throws Exception {
        mvc.perform(page("/geo/municipalities/" + id("FI", "853")).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bilingual, Finnish-speaking majority")))
                .andExpect(content().string(containsString("<td lang=\"sv\">Åbo</td>")));
    }

    @Test
    void unknownMunicipalityIs404() throws Exception {
        mvc.perform(page("/geo/municipalities/999999999").param("lang", "en")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
        mvc.perform(page("/geo/municipalities/abc").param("lang", "en")).andExpect(status().isNotFound());
    }

    @Test
    void handEditedListUrlsFallBackToDefaults() throws Exception {
        mvc.perform(page("/geo/municipalities").param("sort", "population").param("country", "DK")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("955 municipalities found")));
    }

    @Test
    void regionsLinkToTheirMunicipalities() throws Exception {
        mvc.perform(page("/geo/regions").param("lang", "nb"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fylker og regioner")))
                .andExpect(content().string(containsString("15 fylker eller regioner, 357 kommuner")))
                .andExpect(content().string(containsString("Finnmark - Finnmárku - Finmarkku")))
                .andExpect(content().string(containsString("18 kommuner")))
                .andExpect(content().string(containsString("/geo/municipalities?country=NO&amp;regionId=")));
    }

    @Test
    void naceBrowseShowsTheChildrenOfASectionInNorwegian() throws Exception {
        mvc.perform(page("/geo/nace").param("parent", "A").param("lang", "nb"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Jordbruk og tjenester tilknyttet jordbruk, jakt og viltstell")))
                .andExpect(content().string(containsString("Skogbruk og tjenester tilknyttet skogbruk")))
                .andExpect(content().string(containsString("aria-current=\"page\"")))
                .andExpect(content().string(containsString("Alle næringshovedområder")))
                .andExpect(content().string(not(containsString("Mining"))));
    }

    @Test
    void naceTitlesWithoutTranslationFallBackToEnglishMarkedAsEnglish() throws Exception {
        mvc.perform(page("/geo/nace").param("parent", "01").param("lang", "fi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"en\">Growing of non-perennial crops")))
                .andExpect(content().string(containsString("Kasvinviljely ja kotieläintalous")));
    }

    @Test
    void naceSectionsAndSearch() throws Exception {
        mvc.perform(page("/geo/nace").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Agriculture, forestry and fishing")));
        mvc.perform(page("/geo/nace").param("q", "spannmål").param("lang", "sv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Odling av spannmål (utom ris), baljväxter och oljeväxter")))
                .andExpect(content().string(containsString("/geo/nace/01.11")));
    }

    @Test
    void naceCodePageHasEveryTitleWithItsLanguage() throws Exception {
        mvc.perform(page("/geo/nace/01.11").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td lang=\"nb\">Dyrking av korn (unntatt ris), belgvekster og oljeholdige vekster</td>")))
                .andExpect(content().string(containsString("<td lang=\"sv\">Odling av spannmål")))
                .andExpect(content().string(containsString("<td lang=\"en\">Growing of cereals")))
                .andExpect(content().string(containsString("/geo/nace?parent=01.1")));
        mvc.perform(page("/geo/nace/01").param("lang", "en"))
                .andExpect(content().string(containsString("href=\"/geo/nace/01.1\"")))
                .andExpect(content().string(containsString("href=\"/geo/nace?parent=01.1\"")));
        mvc.perform(page("/geo/nace/ZZ").param("lang", "en")).andExpect(status().isNotFound());
        mvc.perform(page("/geo/nace").param("parent", "ZZ").param("lang", "en")).andExpect(status().isNotFound());
    }
}
