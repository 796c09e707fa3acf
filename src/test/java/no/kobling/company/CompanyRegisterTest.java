package no.kobling.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.kobling.company.application.CompanyService;
import no.kobling.company.application.EntrepreneurCommand;
import no.kobling.company.application.EntrepreneurService;
import no.kobling.company.application.Views.ChangeView;
import no.kobling.company.application.Views.CompanyView;
import no.kobling.company.application.Views.EntrepreneurView;
import no.kobling.company.application.Views.MergeResult;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@Tag("search")
@IntegrationTest
class CompanyRegisterTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    CompanyService companies;
    @Autowired
    EntrepreneurService entrepreneurs;
    @Autowired
    Geography geography;

    CompanyTestData data;
    String tag;

    @BeforeEach
    void setUp() {
        data = new CompanyTestData(companies, geography);
        tag = "Rg" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).replaceAll("[0-9]", "k");
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    <T> T actingAs(String username, java.util.function.Supplier<T> work) {
        UserDetails details = users.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
                details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @Test
    void existingOrganisationNumberIsRefusedWithALinkToTheCompany() throws Exception {
        CompanyView existing = data.create("Dobbel " + tag, "1508", null, 1, null, Set.of());
        String body = """
                {"country":"NO","orgNumber":"%s","name":"Noe annet"}""".formatted(
                existing.orgNumber().substring(0, 3) + " " + existing.orgNumber().substring(3));
        mvc.perform(post("/api/v1/companies").with(as("radgiver")).contentType(MediaType.APPLICATION_JSON)
                .content(body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("company-exists"))
                .andExpect(jsonPath("$.existingId").value(existing.id()))
                .andExpect(jsonPath("$.existingUrl").value("/api/v1/companies/" + existing.id()));
        mvc.perform(post("/companies").with(as("radgiver")).with(csrf()).param("country", "NO")
                .param("orgNumber", existing.orgNumber()).param("name", "Noe annet"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/companies/" + existing.id())));
    }

    @Test
    void invalidOrganisationNumberIsAFieldErrorAndAProblem() throws Exception {
        mvc.perform(post("/api/v1/companies").with(as("radgiver")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"country\":\"NO\",\"orgNumber\":\"123456789\",\"name\":\"Feil AS\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("invalid-org-number"));
        mvc.perform(post("/companies").with(as("radgiver")).with(csrf()).param("country", "NO")
                .param("orgNumber", "123456789").param("name", "Feil AS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"orgNumber-error\"")));
        mvc.perform(post("/api/v1/companies").with(as("radgiver")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"country\":\"DK\",\"name\":\"\",\"employees\":-1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation-failed"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("employees")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("country")));
        mvc.perform(get("/api/v1/companies").param("sizeBand", "HUGE").with(as("radgiver")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("invalid-parameter"));
    }

    @Test
    void staleVersionAnswers409AndUpdatesWriteHistory() throws Exception {
        CompanyView c = data.create("Versjon " + tag, "1508", null, 1, null, Set.of());
        // the municipality stays: a PUT replaces the company, and one without municipality leaves the area
        String body = "{\"name\":\"Versjon %s Ny\",\"employees\":4,\"municipalityId\":" + c.municipalityId()
                + ",\"version\":%d}";
        mvc.perform(put("/api/v1/companies/" + c.id()).with(as("radgiver")).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(tag, c.version())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.formerNames[0].name").value(c.name()));
        mvc.perform(put("/api/v1/companies/" + c.id()).with(as("radgiver")).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(tag, c.version())))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("concurrent-modification"));
        mvc.perform(get("/api/v1/companies/" + c.id() + "/history").with(as("radgiver")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].kind").value("UPDATED"))
                .andExpect(jsonPath("$.content[0].actor").value("radgiver"))
                .andExpect(jsonPath("$.content[0].changedFields", containsString("name")));
        mvc.perform(put("/api/v1/companies/" + c.id() + "/figures/2024").with(as("radgiver"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"revenue\":1500000,\"currency\":\"NOK\",\"employees\":4}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.source").value("ENTERED"));
        mvc.perform(get("/api/v1/companies/" + c.id() + "/figures/2024").with(as("radgiver")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.employees").value(4));
        mvc.perform(get("/companies/" + c.id()).with(as("radgiver")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"figures-chart\"")))
                .andExpect(content().string(containsString("<th scope=\"row\">2024</th>")));
    }

    @Test
    void mergeKeepsEverythingAndTheDuplicateLeadsToTheSurvivor() throws Exception {
        CompanyView a = data.create("Sammenslått Bakeri " + tag + " AS", "1532", "10.71", 3, null, Set.of("WOMEN"));
        CompanyView b = data.create("Sammenslaatt Bakeri " + tag, "1532", null, 2, null, Set.of("YOUTH"));
        data.figure(a.id(), 2023, 1000, 3);
        data.figure(b.id(), 2023, 5000, 9);
        data.figure(b.id(), 2021, 700, 1);
        EntrepreneurView linked = actingAs("radgiver", () -> entrepreneurs.create(new EntrepreneurCommand(
                "Gründer " + tag, null, null, null, null, true, false, Set.of())));
        actingAs("radgiver", () -> entrepreneurs.linkCompany(linked.id(), b.id()));
        long historyOfB = SystemAccess.run(() -> companies.history(b.id(), PageRequest.of(0, 100)).getTotalElements());

        mvc.perform(get("/api/v1/companies/" + a.id() + "/possible-duplicates").with(as("radgiver")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id", hasItem((int) b.id())));

        mvc.perform(post("/api/v1/companies/" + a.id() + "/merge").with(as("koordinator"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"duplicateId\":" + b.id() + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.conflictingYears[0]").value(2023))
                .andExpect(jsonPath("$.movedEntrepreneurs").value(1));

        CompanyView merged = SystemAccess.run(() -> companies.get(a.id()));
        assertThat(merged.figures()).extracting(f -> f.year()).containsExactly(2021, 2023);
        assertThat(merged.figures().get(1).revenue()).isEqualByComparingTo("1000");
        assertThat(merged.formerNames()).extracting(f -> f.name()).contains(b.name());
        assertThat(merged.targetGroups()).extracting(g -> g.code()).containsExactlyInAnyOrder("WOMEN", "YOUTH");
        List<ChangeView> history = SystemAccess.run(() -> companies.history(a.id(), PageRequest.of(0, 100))
                .getContent());
        assertThat(history).extracting(ChangeView::kind).contains(no.kobling.company.domain.ChangeKind.MERGED);
        assertThat(history.size()).isGreaterThanOrEqualTo((int) historyOfB + 2);
        assertThat(actingAs("radgiver", () -> entrepreneurs.get(linked.id())).companyId()).isEqualTo(a.id());
        assertThat(SystemAccess.run(() -> companies.get(b.id())).mergedIntoId()).isEqualTo(a.id());
        mvc.perform(get("/companies/" + b.id()).with(as("radgiver")))
                .andExpect(redirectedUrl("/companies/" + a.id()));
        MergeResult again = null;
        mvc.perform(post("/api/v1/companies/" + a.id() + "/merge").with(as("koordinator"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"duplicateId\":" + b.id() + "}"))
                .andExpect(status().isUnprocessableContent());
        assertThat(again).isNull();
    }

    @Test
    void entrepreneursNeedConsentAndFollowTenancy() throws Exception {
        mvc.perform(post("/api/v1/entrepreneurs").with(as("radgiver")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Uten Samtykke\",\"consent\":false}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("consent-required"));
        mvc.perform(post("/entrepreneurs").with(as("radgiver")).with(csrf()).param("name", "Uten Samtykke"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"consent-error\"")));

        EntrepreneurView hidden = actingAs("radgiver", () -> entrepreneurs.create(new EntrepreneurCommand(
                "Privat " + tag, null, null, null, "Idé", true, false, Set.of("WOMEN"))));
        EntrepreneurView shared = actingAs("radgiver", () -> entrepreneurs.create(new EntrepreneurCommand(
                "Delt " + tag, null, null, null, "Idé", true, true, Set.of())));
        mvc.perform(get("/api/v1/entrepreneurs/" + hidden.id()).with(as("radgiver"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/entrepreneurs/" + hidden.id()).with(as("koordinator")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/entrepreneurs/" + shared.id()).with(as("koordinator"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/entrepreneurs/" + shared.id()).with(as("handledare")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/entrepreneurs/" + hidden.id()).with(as("handledare"))).andExpect(status().isNotFound());
        mvc.perform(get("/entrepreneurs/" + hidden.id()).with(as("radgiver"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Privat " + tag)));
        mvc.perform(put("/api/v1/entrepreneurs/" + shared.id()).with(as("koordinator"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"X\",\"consent\":true}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/entrepreneurs").param("q", tag).with(as("koordinator")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(1));
    }

    @Test
    void pagesRender() throws Exception {
        CompanyView c = data.create("Sidebedrift " + tag, "1508", "62.01", 3, "Programvare", Set.of("WOMEN"));
        for (String url : List.of("/companies", "/companies?q=Sidebedrift&nace=J", "/companies/new",
                "/companies/" + c.id(), "/companies/" + c.id() + "/edit",
                "/entrepreneurs", "/entrepreneurs/new", "/companies/suggest?q=Sidebed")) {
            mvc.perform(get(url).with(as("radgiver"))).andExpect(status().isOk());
        }
        // merging is for coordinators (MERGE_COMPANIES)
        mvc.perform(get("/companies/" + c.id() + "/merge").with(as("radgiver"))).andExpect(status().isForbidden());
        mvc.perform(get("/companies/" + c.id() + "/merge").with(as("koordinator"))).andExpect(status().isOk());
        mvc.perform(get("/companies").param("q", "Sidebedrift " + tag).header("HX-Request", "true")
                .with(as("radgiver")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"company-results\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
        mvc.perform(get("/api/v1/target-groups").with(as("radgiver"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("NEW_ENTREPRENEUR")));
        mvc.perform(get("/companies/new").with(as("bedrift"))).andExpect(status().isForbidden());
    }
}
