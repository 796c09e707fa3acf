package no.kobling.project.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.project.Agreements;
import no.kobling.project.document.TestFiles;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The demo's agreement of the four business gardens in Sør-Trøndelag (seed 001), as a party's staff sees it. */
@IntegrationTest
class AgreementDemoTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Agreements agreements;
    @Autowired
    UserAdministration admins;
    @Autowired
    UserDetailsService details;
    @Autowired
    ApiTokenService tokens;

    @Test
    void theFourBusinessGardensSignedAnActiveAgreement() throws Exception {
        long id = SystemAccess.run(() -> agreements.idByTitle(
                "Samarbeidsavtale mellom næringshagene i Sør-Trøndelag")).orElseThrow();
        TestUsers users = new TestUsers(admins, details, tokens);
        // the demo mentor works at Rørosregionen Næringshage, one of the parties
        MockHttpServletResponse r = mvc.perform(get("/api/v1/agreements/" + id).with(users.as("mentor"))
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        String json = r.getContentAsString();
        assertThat((String) JsonPath.read(json, "$.status")).isEqualTo("ACTIVE");
        assertThat((String) JsonPath.read(json, "$.purpose"))
                .contains("økt verdiskaping i næringslivet i distriktene");
        assertThat((String) JsonPath.read(json, "$.partnershipName"))
                .isEqualTo("Samarbeid mellom næringshagene i Sør-Trøndelag");
        assertThat((List<String>) JsonPath.read(json, "$.parties[*].name")).containsExactlyInAnyOrder(
                "Trøndersk Kystkompetanse", "Næringshagen i Orkdalsregionen", "Nasjonalparken Næringshage",
                "Rørosregionen Næringshage");
        assertThat((List<String>) JsonPath.read(json, "$.parties[*].status")).containsOnly("ACTIVE");
        // signers are invented (like the demo's people), not the names in the article
        assertThat((List<String>) JsonPath.read(json, "$.parties[*].signerName")).doesNotContainNull()
                .contains("Guro Aunet").doesNotContain("Sigrid M. Jansen", "Steinar Larsen", "Ola Borten Moe");
        assertThat((List<String>) JsonPath.read(json, "$.areas[*].code")).containsExactly("shared-network",
                "capacity", "programme-goals", "staff-community", "events-competence");
        List<Integer> documents = JsonPath.read(json, "$.documents[*].id");
        assertThat(documents).hasSize(1);
        MockHttpServletResponse pdf = mvc.perform(get("/api/v1/agreements/" + id + "/documents/"
                + documents.get(0)).with(users.as("mentor"))).andReturn().getResponse();
        byte[] bytes = pdf.getContentAsByteArray();
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat((String) JsonPath.read(json, "$.documents[0].sha256")).isEqualTo(TestFiles.sha256(bytes));
        // a user of another partnership does not see it
        assertThat(mvc.perform(get("/api/v1/agreements/" + id).with(users.as("samtalepart"))
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
