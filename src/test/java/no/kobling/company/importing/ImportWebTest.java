package no.kobling.company.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import no.kobling.company.importing.persistence.ImportRunStore;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Upload page and REST API: permissions, the size limit, a background run and its report. */
@IntegrationTest
class ImportWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAdministration userAdministration;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    ApiTokenService tokenService;
    @Autowired
    ImportRunStore runs;

    TestUsers users;
    String admin;
    String advisor;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userAdministration, userDetailsService, tokenService);
        admin = users.create("importadmin", "ADMINISTRATOR");
        advisor = users.create("importadvisor", "ADVISOR");
    }

    MockMultipartFile csv(String orgNumber, String name) {
        return new MockMultipartFile("file", "register.csv", "text/csv",
                ("organisasjonsnummer,navn,forretningsadresse.kommunenummer\n\"" + orgNumber + "\",\"" + name
                        + "\",\"1508\"\n\"987654321\",\"BAD AS\",\"1508\"\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void adminUploadsOnThePageAndSeesTheReport() throws Exception {
        mvc.perform(get("/companies/imports").with(users.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<select id=\"format\"")));
        String location = mvc.perform(multipart("/companies/imports").file(csv(TestNumbers.norway(), "SIDE AS"))
                .param("format", "brreg-csv").with(users.as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        awaitFinished(id);
        mvc.perform(get(location).with(users.as(admin)).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Finished: 2 records read, 1 new")))
                .andExpect(content().string(containsString("Invalid organisation number (check digit)")));
        mvc.perform(get(location + "/progress").param("polling", "true").with(users.as(admin)))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Refresh", "true"));
        mvc.perform(get("/companies/imports").with(users.as(admin)))
                .andExpect(content().string(containsString("/companies/imports/" + id)));
    }

    @Test
    void uploadOverTheLimitIsRefusedBeforeItIsStored() throws Exception {
        MockMultipartFile huge = new MockMultipartFile("file", "huge.csv", "text/csv", new byte[] {1, 2, 3}) {
            @Override
            public long getSize() {
                return 3L * 1024 * 1024 * 1024;
            }
        };
        long before = runs.list(0, 1).totalElements();
        mvc.perform(multipart("/companies/imports").file(huge).param("format", "brreg-csv").with(users.as(admin))
                .with(csrf()).param("lang", "en"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(containsString("larger than the limit of 2048 MB")));
        mvc.perform(multipart("/api/v1/imports").file(huge).param("format", "brreg-csv")
                .header("Authorization", TestUsers.bearer(users.token(admin).secret())))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("upload-too-large"));
        assertThat(runs.list(0, 1).totalElements()).isEqualTo(before);
    }

    @Test
    void apiStartsAnImportAndReportsRunAndRejections() throws Exception {
        String bearer = TestUsers.bearer(users.token(admin).secret());
        String body = mvc.perform(multipart("/api/v1/imports").file(csv(TestNumbers.norway(), "API AS"))
                .param("format", "brreg-csv").header("Authorization", bearer))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("QUEUED"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        awaitFinished(id);
        mvc.perform(get("/api/v1/imports/{id}", id).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.inserted").value(1))
                .andExpect(jsonPath("$.rejected").value(1));
        mvc.perform(get("/api/v1/imports/{id}/rejections", id).header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].recordNumber").value(3))
                .andExpect(jsonPath("$.content[0].reason").value("invalid-org-number"));
        mvc.perform(get("/api/v1/imports").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").isNumber());
        mvc.perform(multipart("/api/v1/imports").file(csv(TestNumbers.norway(), "X AS")).param("format", "xml")
                .header("Authorization", bearer))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("unknown-format"));
        mvc.perform(get("/api/v1/imports/{id}", Long.MAX_VALUE).header("Authorization", bearer))
                .andExpect(status().isNotFound());
    }

    @Test
    void othersGetForbiddenOnPageAndApi() throws Exception {
        mvc.perform(get("/companies/imports").with(users.as(advisor))).andExpect(status().isForbidden());
        mvc.perform(multipart("/companies/imports").file(csv(TestNumbers.norway(), "NO AS"))
                .param("format", "brreg-csv").with(users.as(advisor)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/imports").with(users.as(advisor))).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/imports").file(csv(TestNumbers.norway(), "NO AS")).param("format", "brreg-csv")
                .with(users.as(advisor))).andExpect(status().isForbidden());
        mvc.perform(get("/companies/imports")).andExpect(status().is3xxRedirection());
    }

    /** Polls the run's state (the import runs on the import executor); the bound only stops a broken run. */
    void awaitFinished(long id) throws InterruptedException {
        for (int i = 0; i < 1200 && runs.find(id).orElseThrow().running(); i++) {
            Thread.sleep(50);
        }
        assertThat(runs.find(id).orElseThrow().running()).isFalse();
    }
}
