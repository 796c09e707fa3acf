package no.kobling.project.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import no.kobling.project.document.TestFiles;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** The agreement pages without JavaScript (in the test users' language, English): list, form, signing, upload. */
@IntegrationTest
class AgreementPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    AgreementWorld w;
    long area;

    @BeforeEach
    void world() {
        w = new AgreementWorld(context);
        area = jdbc.queryForObject("select id from project_agreement_area where code = 'staff-community'",
                Long.class);
    }

    MvcResult perform(String user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        request.with(w.users.as(user)).with(csrf());
        return mvc.perform(request).andReturn();
    }

    long createThroughTheForm(String title) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        MvcResult r = perform(w.coordA, post("/agreements").param("title", title).param("purpose", "Felles løft")
                .param("partyOrganisationIds", String.valueOf(w.a), String.valueOf(w.b))
                .param("areaIds", String.valueOf(area)).param("startDate", today.minusDays(1).toString())
                .param("endDate", "").param("partnershipId", String.valueOf(w.p)));
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        String location = r.getResponse().getRedirectedUrl();
        assertThat(location).matches("/agreements/\\d+");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aCoordinatorCreatesSignsAndUploadsThroughThePages() throws Exception {
        assertThat(perform(w.coordA, get("/agreements/new")).getResponse().getStatus()).isEqualTo(200);
        assertThat(perform(w.advisorA, get("/agreements/new")).getResponse().getStatus()).isEqualTo(403);
        long id = createThroughTheForm("Sideavtale");

        String page = perform(w.coordA, get("/agreements/" + id)).getResponse().getContentAsString();
        assertThat(page).contains("Sideavtale").contains("A staff community").contains("Draft")
                .contains("Sign for").contains("Version history").contains("created");
        assertThat(perform(w.coordC, get("/agreements/" + id)).getResponse().getStatus()).isEqualTo(404);
        assertThat(perform(w.coordC, get("/agreements/" + id + "/edit")).getResponse().getStatus()).isEqualTo(404);
        assertThat(perform(w.coordB, get("/agreements")).getResponse().getContentAsString()).contains("Sideavtale");
        assertThat(perform(w.coordC, get("/agreements")).getResponse().getContentAsString())
                .doesNotContain("Sideavtale");

        MvcResult signed = perform(w.coordA, post("/agreements/" + id + "/parties/" + w.a + "/sign")
                .param("signerName", "Anna Aas").param("signedOn", LocalDate.now(ZoneId.of("Europe/Oslo")).toString()));
        assertThat(signed.getFlashMap().get("done")).isEqualTo("signed");
        MvcResult twice = perform(w.coordA, post("/agreements/" + id + "/parties/" + w.a + "/sign")
                .param("signerName", "Anna Aas").param("signedOn", LocalDate.now(ZoneId.of("Europe/Oslo")).toString()));
        assertThat(twice.getFlashMap().get("actionErrorCode")).isEqualTo("agreement-already-signed");
        assertThat(perform(w.coordA, get("/agreements/" + id)).getResponse().getContentAsString())
                .contains("Anna Aas").contains("Signed");

        byte[] pdf = TestFiles.pdf("Avtale");
        MvcResult disguised = perform(w.coordA, multipart("/agreements/" + id + "/documents")
                .file(new MockMultipartFile("file", "avtale.docx", "application/pdf", pdf)));
        assertThat(disguised.getFlashMap().get("actionErrorCode")).isEqualTo("document-name-mismatch");
        MvcResult exe = perform(w.coordA, multipart("/agreements/" + id + "/documents")
                .file(new MockMultipartFile("file", "avtale.pdf", "application/pdf", TestFiles.exe())));
        assertThat(exe.getFlashMap().get("actionErrorCode")).isEqualTo("document-type-not-allowed");
        MvcResult uploaded = perform(w.coordA, multipart("/agreements/" + id + "/documents")
                .file(new MockMultipartFile("file", "avtale.pdf", "application/pdf", pdf)));
        assertThat(uploaded.getFlashMap().get("done")).isEqualTo("uploaded");
        Long documentId = jdbc.queryForObject("select document_id from project_agreement_document where "
                + "agreement_id = ?", Long.class, id);
        MvcResult download = perform(w.coordB, get("/agreements/" + id + "/documents/" + documentId));
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
        assertThat(perform(w.coordC, get("/agreements/" + id + "/documents/" + documentId)).getResponse()
                .getStatus()).isEqualTo(404);
        page = perform(w.coordA, get("/agreements/" + id)).getResponse().getContentAsString();
        assertThat(page).contains("avtale.pdf").contains(TestFiles.sha256(pdf)).contains("documents");
        assertThat(page).as("the upload set the signature back to draft").doesNotContain("Anna Aas");
    }

    @Test
    void theFormShowsBrokenRulesNextToTheFields() throws Exception {
        MvcResult r = perform(w.coordA, post("/agreements").param("title", "Feil").param("purpose", "p")
                .param("partyOrganisationIds", String.valueOf(w.a), String.valueOf(w.c))
                .param("areaIds", String.valueOf(area)).param("startDate", "2026-01-01"));
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentAsString()).contains("partyOrganisationIds-error")
                .contains("cannot be a party");
        r = perform(w.coordA, post("/agreements").param("title", "Feil").param("purpose", "p")
                .param("partyOrganisationIds", String.valueOf(w.a), String.valueOf(w.b))
                .param("areaIds", String.valueOf(area)).param("startDate", "2026-01-01").param("endDate", "2025-01-01"));
        assertThat(r.getResponse().getContentAsString()).contains("endDate-error");
    }

    @Test
    void theAreaPageLetsAdministratorsAddAreas() throws Exception {
        assertThat(perform(w.coordA, get("/agreements/areas")).getResponse().getContentAsString())
                .contains("Shared network and experience").doesNotContain("nameNb");
        String name = "Område " + System.nanoTime();
        MvcResult added = perform(w.admin, post("/agreements/areas").param("nameNb", name));
        assertThat(added.getFlashMap().get("done")).isEqualTo("added");
        assertThat(perform(w.admin, get("/agreements/areas")).getResponse().getContentAsString()).contains(name)
                .contains("nameNb");
        assertThat(perform(w.coordA, post("/agreements/areas").param("nameNb", "x")).getResponse().getStatus())
                .isEqualTo(403);
    }
}
