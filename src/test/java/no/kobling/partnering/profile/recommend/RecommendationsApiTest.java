package no.kobling.partnering.profile.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.company.Companies;
import no.kobling.company.Companies.CompanyData;
import no.kobling.company.TestOrgNumbers;
import no.kobling.identity.SystemAccess;
import no.kobling.partnering.profile.matching.MatchIndex;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Recommendations through the API and the page (issue 17 points 3 and 5): two-way fits apart from one-way fits,
 * explanations with the reader's word, the partner's own word and a gloss in nb, sv, fi and en, a competitor lower and
 * saying why, no place as a matched term, an empty list that says why, and another tenant's draft never shown (404).
 * Facilitators of two organisations (Tromsø and Oulu) of the demo data.
 */
@IntegrationTest
class RecommendationsApiTest {

    static final String TROMSO = "samtalepart";
    static final String OULU = "fasilitaattori";
    static final String ARROW = " \u2194 ";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Companies companies;

    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    long company(String country, String name, String nace) {
        String number = switch (country) {
            case "FI" -> TestOrgNumbers.finland();
            case "SE" -> TestOrgNumbers.sweden();
            default -> TestOrgNumbers.norway();
        };
        return SystemAccess.run(() -> companies.register(new CompanyData(country, number, name + " " + number,
                "AS", nace, null, 10, null, Set.of())));
    }

    void putProfile(String username, long companyId, String json) throws Exception {
        mvc.perform(put("/api/v1/partnering/profiles/{id}", companyId).with(as(username)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isOk());
    }

    void validate(String username, long companyId) throws Exception {
        mvc.perform(post("/api/v1/partnering/profiles/{id}/validation", companyId).with(as(username)).with(csrf()))
                .andExpect(status().isOk());
    }

    String overview(String username, long companyId, String lang) throws Exception {
        return mvc.perform(get("/api/v1/companies/{id}/partner-recommendations/overview", companyId)
                        .param("limit", "50").header("Accept-Language", lang).with(as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static Map<String, Object> entry(String body, String section, long companyId) {
        List<Map<String, Object>> found = JsonPath.read(body, "$." + section + "[?(@.companyId == " + companyId + ")]");
        assertThat(found).as("%s in %s", companyId, section).hasSize(1);
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> term(Map<String, Object> entry, String side, String concept) {
        return ((List<Map<String, Object>>) entry.get("matchedTerms")).stream()
                .filter(t -> side.equals(t.get("side")) && concept.equals(t.get("concept"))).findFirst()
                .orElseThrow(() -> new AssertionError(side + " " + concept + " in " + entry.get("matchedTerms")));
    }

    @SuppressWarnings("unchecked")
    static List<String> reasons(Map<String, Object> entry) {
        return (List<String>) entry.get("reasons");
    }

    @Test
    void explanationsShowYourWordTheirWordAndAGlossInTheReadersLanguageAndACompetitorIsLower() throws Exception {
        long yard = company("NO", "Test Rec Verft", "30.11");
        long finnish = company("FI", "Testi Rec Hitsaus Oy", "25.62");
        long swedish = company("SE", "Test Rec Svets och Varv AB", "25.62");
        putProfile(TROMSO, yard, """
                {"offers":"Vi driver skipsbygging og gir tilgang til kunder i offshore",
                 "seeks":"Vi søker underleverandør av sveising, gjerne i Finland",
                 "cooperationTypes":["SUPPLIER"],"languages":["nb","en"],"countriesSought":["FI"]}""");
        putProfile(OULU, finnish, """
                {"offers":"Tarjoamme hitsausta alihankintana",
                 "seeks":"Etsimme asiakkaita laivanrakennuksesta ja offshore",
                 "cooperationTypes":["CUSTOMER"],"languages":["fi","en"]}""");
        // offers the same as the Finnish workshop (welding as a subcontractor) and also shipbuilding: a competitor of it
        putProfile(TROMSO, swedish, """
                {"offers":"Vi erbjuder svetsning som underleverantör och skeppsbyggnad",
                 "seeks":"Vi söker svetsning som underleverantör",
                 "cooperationTypes":["CUSTOMER"],"languages":["sv","fi","en"]}""");
        validate(TROMSO, yard);
        validate(OULU, finnish);
        validate(TROMSO, swedish);

        // the yard reads in Norwegian: the Finnish workshop fits both ways; "sveising ↔ hitsausta (…)"
        String nb = overview(TROMSO, yard, "nb");
        Map<String, Object> fiForYard = entry(nb, "twoWay", finnish);
        assertThat(fiForYard.get("direction")).isEqualTo("BOTH");
        Map<String, Object> welding = term(fiForYard, "THEY_OFFER", "welding");
        assertThat(welding.get("yourWord")).isEqualTo("sveising");
        assertThat((String) welding.get("theirWord")).startsWith("hitsa");
        assertThat((String) welding.get("text")).startsWith("sveising" + ARROW + "hitsa").endsWith(")");
        term(fiForYard, "THEY_SEEK", "shipbuilding");
        assertThat(reasons(fiForYard)).contains("Passer begge veier: de tilbyr det dere søker, og søker det dere tilbyr")
                .anyMatch(r -> r.startsWith("De tilbyr det dere søker: ") && r.contains("sveising" + ARROW + "hitsa"))
                // one word naming two concepts (shipbuilding, shipping) is said once, with both glosses
                .anyMatch(r -> r.startsWith("De søker det dere tilbyr: ") && r.contains("skipsbygging" + ARROW)
                        && r.indexOf("skipsbygging" + ARROW) == r.lastIndexOf("skipsbygging" + ARROW))
                .anyMatch(r -> r.startsWith("I et land dere søker partnere i: "));
        // places are never matched terms, although the yard wrote "i Finland"
        List<String> concepts = JsonPath.read(nb, "$..matchedTerms[*].concept");
        assertThat(concepts).isNotEmpty().noneMatch(MatchIndex::isPlace);

        String en = overview(TROMSO, yard, "en");
        assertThat(reasons(entry(en, "twoWay", finnish)))
                .contains("Fits both ways: they offer what you seek and seek what you offer")
                .anyMatch(r -> r.startsWith("They offer what you seek: ") && r.contains("sveising" + ARROW + "hitsa"));

        // the Finnish workshop reads in Finnish and in Swedish: its own word first, the yard's word second
        String fi = overview(OULU, finnish, "fi");
        Map<String, Object> yardForFi = entry(fi, "twoWay", yard);
        Map<String, Object> ships = term(yardForFi, "THEY_OFFER", "shipbuilding");
        assertThat(ships.get("yourWord")).isEqualTo("laivanrakennuksesta");
        assertThat(ships.get("theirWord")).isEqualTo("skipsbygging");
        assertThat(reasons(yardForFi))
                .contains("Sopii molempiin suuntiin: he tarjoavat sitä, mitä etsitte, ja etsivät sitä, mitä tarjoatte")
                .anyMatch(r -> r.startsWith("He tarjoavat sitä, mitä etsitte: ")
                        && r.contains("laivanrakennuksesta" + ARROW + "skipsbygging"))
                .anyMatch(r -> r.startsWith("He etsivät sitä, mitä tarjoatte: ") && r.contains("hitsausta" + ARROW
                        + "sveising"));
        // the Swedish look-alike offers the same as the reader: lower, and it says why
        Map<String, Object> competitor = entry(fi, "twoWay", swedish);
        assertThat(competitor.get("competitor")).isEqualTo(true);
        assertThat(reasons(competitor)).anyMatch(r -> r.startsWith("Tarjoaa samaa kuin te (")
                && r.endsWith("enemmän kilpailija kuin kumppani, siksi alempana"));
        List<Integer> order = JsonPath.read(fi, "$.twoWay[*].companyId");
        assertThat(order.indexOf((int) yard)).isLessThan(order.indexOf((int) swedish));
        assertThat(yardForFi.get("competitor")).isEqualTo(false);

        String sv = overview(OULU, finnish, "sv");
        assertThat(reasons(entry(sv, "twoWay", yard)))
                .contains("Passar åt båda hållen: de erbjuder det ni söker och söker det ni erbjuder")
                .anyMatch(r -> r.startsWith("De erbjuder det ni söker: ")
                        && r.contains("laivanrakennuksesta" + ARROW + "skipsbygging"));
        assertThat(reasons(entry(sv, "twoWay", swedish))).anyMatch(r -> r.startsWith("Erbjuder samma sak som ni ("));

        // the flat list: same shape per entry, two-way fits first, each with its direction
        String flat = mvc.perform(get("/api/v1/companies/{id}/partner-recommendations", finnish).param("limit", "50")
                        .with(as(OULU)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].direction").value("BOTH"))
                .andExpect(jsonPath("$[0].matchedTerms").isArray())
                .andReturn().getResponse().getContentAsString();
        List<String> directions = JsonPath.read(flat, "$[*].direction");
        int lastBoth = directions.lastIndexOf("BOTH");
        assertThat(directions.subList(0, lastBoth + 1)).containsOnly("BOTH");
        assertThat(JsonPath.<Object>read(nb, "$.empty")).isNull();
    }

    @Test
    void anEmptyListSaysWhyAndWhatToAdd() throws Exception {
        long noSeeks = company("NO", "Test Rec Gummi", "22.19");
        putProfile(TROMSO, noSeeks, "{\"offers\":\"Vi lager gummipakninger\",\"seeks\":\"\"}");
        String body = overview(TROMSO, noSeeks, "en");
        assertThat((String) JsonPath.read(body, "$.empty.code")).isEqualTo("no-seeks");
        assertThat((String) JsonPath.read(body, "$.empty.messageKey")).isEqualTo("matching.rec.empty.no-seeks");
        assertThat((String) JsonPath.read(body, "$.empty.message")).startsWith("The profile does not say what");
        assertThat((String) JsonPath.read(body, "$.empty.hint")).startsWith("Describe what the company seeks");
        assertThat((List<?>) JsonPath.read(body, "$.twoWay")).isEmpty();

        long noOffers = company("NO", "Test Rec Innkjøper", "22.19");
        putProfile(TROMSO, noOffers, "{\"offers\":\" \",\"seeks\":\"Vi søker et støperi\"}");
        assertThat((String) JsonPath.read(overview(TROMSO, noOffers, "nb"), "$.empty.message"))
                .isEqualTo("Profilen sier ikke hva bedriften tilbyr, så en partner kan bare passe én vei.");

        // only place names and words the matcher does not know
        long unknown = company("NO", "Test Rec Ukjent", "70.22");
        putProfile(TROMSO, unknown, "{\"offers\":\"Xqzvo blorptan\",\"seeks\":\"Sverige og Finland\"}");
        String sv = overview(TROMSO, unknown, "sv");
        assertThat((String) JsonPath.read(sv, "$.empty.code")).isEqualTo("no-concepts");
        assertThat((String) JsonPath.read(sv, "$.empty.hint")).startsWith("Nämn arbete och produkter");

        // fits one way only: the foundry offers what the rubber maker seeks, but seeks accounting
        long rubber = company("NO", "Test Rec Gummivarer", "22.19");
        long foundry = company("NO", "Test Rec Støperi", "24.51");
        putProfile(TROMSO, rubber, "{\"offers\":\"Vi lager gummi\",\"seeks\":\"Vi søker et støperi\"}");
        putProfile(TROMSO, foundry, "{\"offers\":\"Støperi for jern\",\"seeks\":\"Vi søker regnskap\"}");
        String fi = overview(TROMSO, rubber, "fi");
        assertThat((String) JsonPath.read(fi, "$.empty.code")).isEqualTo("only-one-way");
        assertThat((String) JsonPath.read(fi, "$.empty.message")).startsWith("Jotkin yritykset sopivat vain");
        assertThat(entry(fi, "oneWay", foundry).get("direction")).isEqualTo("THEY_OFFER_WHAT_YOU_SEEK");
        // the page shows the reason, the hint and the one-way fit apart, labelled
        mvc.perform(get("/partnering/profiles/{id}/recommendations", rubber).header("Accept-Language", "nb")
                        .with(as(TROMSO)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
                        org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("data-code=\"only-one-way\""),
                                org.hamcrest.Matchers.containsString("Noen bedrifter passer bare én vei"),
                                org.hamcrest.Matchers.containsString(
                                        "De tilbyr det dere søker, men søker ikke det dere tilbyr"),
                                org.hamcrest.Matchers.containsString("Test Rec Støperi"))));
    }

    @Test
    void anotherTenantsDraftIsNeverRecommendedNorShownAndDecliningEverythingSaysSo() throws Exception {
        long textiles = company("NO", "Test Rec Tekstil", "13.20");
        long furniture = company("NO", "Test Rec Møbler", "31.01");
        long finnishDraft = company("FI", "Testi Rec Huonekalut Oy", "31.01");
        putProfile(TROMSO, textiles, "{\"offers\":\"Vi produserer tekstiler\",\"seeks\":\"Vi søker møbler\"}");
        putProfile(TROMSO, furniture, "{\"offers\":\"Vi lager møbler\",\"seeks\":\"Vi søker tekstiler\"}");
        // a perfect two-way fit, but a draft of the Oulu organisation: not the Tromsø facilitator's to see
        putProfile(OULU, finnishDraft, "{\"offers\":\"Valmistamme huonekaluja\",\"seeks\":\"Etsimme tekstiilejä\"}");

        String body = overview(TROMSO, textiles, "en");
        List<Integer> twoWay = JsonPath.read(body, "$.twoWay[*].companyId");
        List<Integer> all = JsonPath.read(body, "$..companyId");
        assertThat(twoWay).contains((int) furniture);
        assertThat(all).doesNotContain((int) finnishDraft);
        // and the other way round: the Oulu facilitator is never shown the Tromsø drafts
        assertThat(JsonPath.<List<Integer>>read(overview(OULU, finnishDraft, "fi"), "$.twoWay[*].companyId"))
                .doesNotContain((int) textiles);
        mvc.perform(get("/api/v1/companies/{id}/partner-recommendations/overview", finnishDraft).with(as(TROMSO)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/companies/{id}/partner-recommendations", finnishDraft).with(as(TROMSO)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/partnering/profiles/{id}/recommendations", finnishDraft).with(as(TROMSO)))
                .andExpect(status().isNotFound());

        // declining the only visible two-way fit: the list says so, without revealing the other tenant's draft
        mvc.perform(post("/api/v1/partnering/profiles/{id}/declined-partners", textiles).with(as(TROMSO)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"partnerCompanyId\":" + furniture + "}"))
                .andExpect(status().isNoContent());
        String after = overview(TROMSO, textiles, "nb");
        assertThat((String) JsonPath.read(after, "$.empty.code")).isEqualTo("all-declined");
        assertThat(JsonPath.<List<Integer>>read(after, "$..companyId")).doesNotContain((int) finnishDraft,
                (int) furniture);
    }

    @Test
    void theFishWholesalerIsNotOfferedToTheOffshoreCompanyOnCountryNames() throws Exception {
        long ulstein = SystemAccess.run(() -> companies.idByOrgNumber("NO", "966131861")).orElseThrow();
        long wholesaler = SystemAccess.run(() -> companies.idByOrgNumber("FI", "3115526-7")).orElseThrow();
        String body = overview(TROMSO, ulstein, "en");
        assertThat(JsonPath.<List<Integer>>read(body, "$..companyId")).doesNotContain((int) wholesaler);
        assertThat(JsonPath.<List<String>>read(body, "$..matchedTerms[*].concept")).noneMatch(MatchIndex::isPlace);
        assertThat(JsonPath.<List<String>>read(body, "$..reasons[*]"))
                .noneMatch(r -> r.contains("sweden") || r.contains("finland"));
    }
}
