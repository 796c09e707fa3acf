package no.kobling.partnering.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import no.kobling.company.Companies;
import no.kobling.company.Companies.CompanyData;
import no.kobling.company.CompanyTestData;
import no.kobling.company.OrganisationNumbers;
import no.kobling.identity.SystemAccess;
import no.kobling.partnering.PartnerCases;
import no.kobling.partnering.PartnerProfiles;
import no.kobling.partnering.profile.application.ProfileExpiryJob;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Partner profiles and recommendations against the real database: the Norwegian welding need finds the Finnish
 * welding offer, one-sided fits rank below, declined pairs disappear, validation and expiry decide visibility, and
 * another organisation's draft is a 404. Uses the demo facilitators of two organisations (Tromsø and Oulu).
 */
@IntegrationTest
class PartnerProfileTest {

    static final String TROMSO = "samtalepart";
    static final String OULU = "fasilitaattori";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Companies companies;
    @Autowired
    ProfileExpiryJob expiryJob;
    @Autowired
    PartnerProfiles facade;

    @Autowired
    PartnerCases partnerCases;

    <T> T actingAs(String username, java.util.function.Supplier<T> work) {
        var details = userDetails.loadUserByUsername(username);
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(details, null, details.getAuthorities()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    static String finnishNumber() {
        return no.kobling.company.TestOrgNumbers.finland();
    }

    long company(String country, String name, String nace) {
        String number = switch (country) {
            case "FI" -> finnishNumber();
            case "SE" -> CompanyTestData.swedishNumber();
            default -> CompanyTestData.norwegianNumber();
        };
        return SystemAccess.run(() -> companies.register(new CompanyData(country, number, name + " " + number,
                "AS", nace, null, 10, null, Set.of())));
    }

    String putProfile(String username, long companyId, String json) throws Exception {
        return mvc.perform(put("/api/v1/partnering/profiles/{id}", companyId).with(as(username)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    void validate(String username, long companyId) throws Exception {
        mvc.perform(post("/api/v1/partnering/profiles/{id}/validation", companyId).with(as(username)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("VALIDATED"));
    }

    List<Integer> recommended(String username, long companyId) throws Exception {
        String body = mvc.perform(get("/api/v1/companies/{id}/partner-recommendations", companyId)
                        .param("limit", "50").with(as(username)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$[*].companyId");
    }

    @Test
    void theNorwegianWeldingNeedFindsTheFinnishOfferAndOneSidedFitsRankBelow() throws Exception {
        long buyer = company("NO", "Test Verft", "30.11");
        long finnish = company("FI", "Testi Hitsaus Oy", "25.62");
        long swedish = company("SE", "Test Svets AB", "25.62");
        putProfile(TROMSO, buyer, """
                {"offers":"Vi bygger brønnbåter og gir tilgang til kunder i havbruk og offshore i Norge",
                 "seeks":"Vi søker underleverandør av sveiseoppdrag, gjerne i Finland",
                 "cooperationTypes":["SUPPLIER"],"languages":["nb","en"]}""");
        String fi = putProfile(OULU, finnish, """
                {"offers":"Tarjoamme hitsauspalveluja alihankintana","seeks":"Etsimme asiakkaita Norjasta, erityisesti laivanrakennus, vesiviljely ja offshore",
                 "cooperationTypes":["CUSTOMER"],
                 "languages":["fi","en"]}""");
        assertThat((String) JsonPath.read(fi, "$.offersLanguage")).isEqualTo("fi");
        assertThat((String) JsonPath.read(fi, "$.status")).isEqualTo("DRAFT");
        putProfile(TROMSO, swedish, """
                {"offers":"Vi erbjuder svetsning som underleverantör","seeks":"Vi söker en revisor",
                 "offersLanguage":"sv","seeksLanguage":"sv","languages":["sv"]}""");

        // a draft of another organisation is invisible: 404, and never recommended
        mvc.perform(get("/api/v1/partnering/profiles/{id}", finnish).with(as(TROMSO))).andExpect(status().isNotFound());
        assertThat(recommended(TROMSO, buyer)).doesNotContain((int) finnish).contains((int) swedish);

        validate(OULU, finnish);
        validate(TROMSO, buyer);
        validate(TROMSO, swedish);
        mvc.perform(get("/api/v1/partnering/profiles/{id}", finnish).with(as(TROMSO))).andExpect(status().isOk());

        List<Integer> ids = recommended(TROMSO, buyer);
        assertThat(ids).contains((int) finnish, (int) swedish);
        assertThat(ids.indexOf((int) finnish)).isLessThan(ids.indexOf((int) swedish));
        String body = mvc.perform(get("/api/v1/companies/{id}/partner-recommendations", buyer).param("limit", "50")
                .header("Accept-Language", "en").with(as(TROMSO))).andReturn().getResponse().getContentAsString();
        List<String> reasons = JsonPath.read(body, "$[?(@.companyId == " + finnish + ")].reasons[*]");
        assertThat(reasons).anyMatch(r -> r.contains("Welding")).anyMatch(r -> r.contains("Finland"));
        // the Finnish side sees the Norwegian buyer too
        assertThat(recommended(OULU, finnish)).contains((int) buyer);
        // the matchmaking facade sees the same, among given companies only
        assertThat(SystemAccess.run(() -> facade.recommendationsAmong(buyer, List.of(finnish, swedish), 5, "nb")))
                .extracting(PartnerProfiles.Recommendation::companyId).startsWith(finnish);

        // a pair with a case (here: a meeting held, as at a matchmaking event) is no longer suggested
        actingAs(TROMSO, () -> partnerCases.meetingHeld(new PartnerCases.MeetingHeld(buyer, swedish, null,
                Instant.parse("2026-11-30T10:00:00Z"), "test", "profile-test")));
        assertThat(recommended(TROMSO, buyer)).doesNotContain((int) swedish);

        // declining removes the pair both ways
        mvc.perform(post("/api/v1/partnering/profiles/{id}/declined-partners", buyer).with(as(TROMSO)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"partnerCompanyId\":" + finnish + "}"))
                .andExpect(status().isNoContent());
        assertThat(recommended(TROMSO, buyer)).doesNotContain((int) finnish);
        assertThat(recommended(OULU, finnish)).doesNotContain((int) buyer);
    }

    @Test
    void profilesExpireAfterTwelveMonthsWithAReminderAndComeBackWhenRenewed() throws Exception {
        long id = company("FI", "Testi Koneistus Oy", "25.62");
        putProfile(OULU, id, "{\"offers\":\"Tarjoamme CNC-koneistusta\",\"seeks\":\"Etsimme asiakkaita Ruotsista\"}");
        mvc.perform(post("/api/v1/partnering/profiles/{id}/renewal", id).with(as(OULU)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("partnering-profile-not-validated"));
        String validated = mvc.perform(post("/api/v1/partnering/profiles/{id}/validation", id).with(as(OULU))
                .with(csrf())).andReturn().getResponse().getContentAsString();
        Instant expires = Instant.parse(JsonPath.read(validated, "$.expiresAt"));
        Instant validatedAt = Instant.parse(JsonPath.read(validated, "$.validatedAt"));
        assertThat(expires).isAfter(validatedAt.plusSeconds(364L * 86400)).isBefore(validatedAt.plusSeconds(367L * 86400));

        var early = SystemAccess.run(() -> expiryJob.run(expires.minusSeconds(40L * 86400)));
        var reminder = SystemAccess.run(() -> expiryJob.run(expires.minusSeconds(10L * 86400)));
        var again = SystemAccess.run(() -> expiryJob.run(expires.minusSeconds(9L * 86400)));
        assertThat(reminder.reminded()).isGreaterThanOrEqualTo(1);
        assertThat(again.reminded()).isLessThanOrEqualTo(reminder.reminded() - 1 + early.reminded());
        var expired = SystemAccess.run(() -> expiryJob.run(expires.plusSeconds(1)));
        assertThat(expired.expired()).isGreaterThanOrEqualTo(1);

        mvc.perform(get("/api/v1/partnering/profiles/{id}", id).with(as(TROMSO))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/partnering/profiles/{id}", id).with(as(OULU)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("EXPIRED"));
        mvc.perform(post("/api/v1/partnering/profiles/{id}/renewal", id).with(as(OULU)).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("VALIDATED"));
        mvc.perform(get("/api/v1/partnering/profiles/{id}", id).with(as(TROMSO))).andExpect(status().isOk());
    }

    @Test
    void othersCannotEditAndBadInputIsRefused() throws Exception {
        long id = company("NO", "Test Representert", "62.01");
        putProfile(TROMSO, id, "{\"offers\":\"Programvare for verft\",\"seeks\":\"Søker eksportpartner i Sverige\"}");
        String json = "{\"offers\":\"Endret\",\"seeks\":\"Endret\"}";
        // another organisation's draft: 404 to read and to change
        mvc.perform(put("/api/v1/partnering/profiles/{id}", id).with(as(OULU)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/partnering/profiles/{id}/validation", id).with(as(OULU)).with(csrf()))
                .andExpect(status().isNotFound());
        validate(TROMSO, id);
        // visible now, but still not theirs to change or validate: 403
        mvc.perform(put("/api/v1/partnering/profiles/{id}", id).with(as(OULU)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/companies/{id}/partner-recommendations", id).with(as(OULU)))
                .andExpect(status().isForbidden());
        // a company representative edits their own company's profile; the change needs validation again
        long giske = SystemAccess.run(() -> companies.idByOrgNumber("NO", "959083010")).orElseThrow();
        String rep = putProfile("bedrift", giske, "{\"offers\":\"Programvare for fiskeflåten\",\"seeks\":\"\","
                + "\"seekTags\":[\"welding\"]}");
        assertThat((String) JsonPath.read(rep, "$.status")).isEqualTo("DRAFT");
        mvc.perform(put("/api/v1/partnering/profiles/{id}", id).with(as("bedrift")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isForbidden());
        // bad input
        mvc.perform(put("/api/v1/partnering/profiles/{id}", id).with(as(TROMSO)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"offers\":\"x\",\"offerTags\":[\"no-such\"]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("partnering-profile-unknown-tag"));
        mvc.perform(put("/api/v1/partnering/profiles/{id}", id).with(as(TROMSO)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"offers\":\"\",\"seeks\":\" \"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("partnering-profile-empty"));
        // the page form shows the rule next to the form, and keeps what was typed
        mvc.perform(post("/partnering/profiles/{id}", id).with(as(TROMSO)).with(csrf()).param("offers", "")
                        .param("seeks", ""))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.anyOf(
                                org.hamcrest.Matchers.containsString("Beskriv hva bedriften tilbyr eller søker"),
                                org.hamcrest.Matchers.containsString("Describe what the company offers or seeks"))));
        mvc.perform(get("/api/v1/companies/{id}/partner-recommendations", id).param("limit", "0").with(as(TROMSO)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("partnering-limit"));
    }
}
