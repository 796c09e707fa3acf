package no.kobling.project.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.kobling.project.document.TestFiles;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The agreement API: creation rules, tenancy, signing per party, status, versions and documents. */
@IntegrationTest
class AgreementApiTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    AgreementWorld w;
    Map<String, Integer> areas;

    @BeforeEach
    void world() throws Exception {
        w = new AgreementWorld(context);
        List<Map<String, Object>> list = JsonPath.read(call(w.coordA, get("/api/v1/agreement-areas"), null)
                .getContentAsString(), "$");
        areas = list.stream().collect(Collectors.toMap(m -> (String) m.get("code"), m -> (Integer) m.get("id")));
    }

    MockHttpServletResponse call(String user, MockHttpServletRequestBuilder request, String json) throws Exception {
        request.with(w.users.as(user)).with(csrf()).accept(MediaType.APPLICATION_JSON);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    static <T> T read(MockHttpServletResponse r, String path) throws Exception {
        return JsonPath.read(r.getContentAsString(), path);
    }

    String body(String title, List<Long> parties, List<String> areaCodes, LocalDate start, LocalDate end,
            Long partnership, Long version) {
        return "{\"title\":\"" + title + "\",\"purpose\":\"Økt verdiskaping\",\"partyOrganisationIds\":" + parties
                + ",\"areaIds\":" + areaCodes.stream().map(c -> String.valueOf(areas.get(c))).toList()
                + ",\"startDate\":\"" + start + "\"" + (end == null ? "" : ",\"endDate\":\"" + end + "\"")
                + (partnership == null ? "" : ",\"partnershipId\":" + partnership)
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    long create(LocalDate start, LocalDate end) throws Exception {
        MockHttpServletResponse r = call(w.coordA, post("/api/v1/agreements"),
                body("Avtale", List.of(w.a, w.b), List.of("shared-network", "capacity"), start, end, w.p, null));
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        return ((Number) read(r, "$.id")).longValue();
    }

    MockHttpServletResponse sign(String user, long id, long org, String signer, LocalDate on) throws Exception {
        return call(user, post("/api/v1/agreements/" + id + "/parties/" + org + "/sign"),
                "{\"signerName\":\"" + signer + "\",\"signedOn\":\"" + on + "\"}");
    }

    static String code(MockHttpServletResponse r) throws Exception {
        return read(r, "$.code");
    }

    String partyStatus(MockHttpServletResponse r, long org) throws Exception {
        List<String> s = read(r, "$.parties[?(@.organisationId == " + org + ")].status");
        return s.get(0);
    }

    @Test
    void aCoordinatorCreatesAnAgreementWithTheSeedAreasAndAFirstVersion() throws Exception {
        assertThat(areas).containsKeys("shared-network", "capacity", "programme-goals", "staff-community",
                "events-competence");
        long id = create(TODAY.minusDays(10), TODAY.plusYears(1));
        MockHttpServletResponse r = call(w.coordA, get("/api/v1/agreements/" + id), null);
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat((String) read(r, "$.status")).isEqualTo("DRAFT");
        assertThat((List<Object>) read(r, "$.parties")).hasSize(2);
        assertThat(partyStatus(r, w.a)).isEqualTo("DRAFT");
        assertThat((List<String>) read(r, "$.areas[*].code")).containsExactly("shared-network", "capacity");
        assertThat((Integer) read(r, "$.termsVersion")).isEqualTo(1);
        MockHttpServletResponse versions = call(w.coordB, get("/api/v1/agreements/" + id + "/versions"), null);
        assertThat((List<String>) read(versions, "$[0].changes")).containsExactly("created");
        assertThat((String) read(versions, "$[0].changedBy")).isEqualTo(w.coordA);
        assertThat((String) read(versions, "$[0].snapshot")).contains("\"purpose\":\"Økt verdiskaping\"")
                .contains("shared-network");
        // area names follow the caller's language
        MockHttpServletResponse nn = mvc.perform(get("/api/v1/agreements/" + id).with(w.users.as(w.coordA))
                .header("Accept-Language", "nn").accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        assertThat((List<String>) read(nn, "$.areas[*].name")).contains("Felles nettverk og erfaring");
    }

    @Test
    void creationRulesAnswer422WithStableCodes() throws Exception {
        List<String> ar = List.of("capacity");
        String url = "/api/v1/agreements";
        assertThat(code(call(w.coordA, post(url), body("X", List.of(w.b, w.c), ar, TODAY, null, null, null))))
                .as("own organisation must be a party").isEqualTo("agreement-own-organisation-required");
        assertThat(code(call(w.coordA, post(url), body("X", List.of(w.a, w.c), ar, TODAY, null, null, null))))
                .as("C shares no partnership with A").isEqualTo("agreement-party-not-allowed");
        assertThat(code(call(w.coordA, post(url), body("X", List.of(w.a, w.e), ar, TODAY, null, null, null))))
                .as("an ended partnership makes no one visible").isEqualTo("agreement-party-not-allowed");
        assertThat(code(call(w.coordA, post(url), body("X", List.of(w.a, w.b), ar, TODAY, TODAY.minusDays(1),
                null, null)))).isEqualTo("agreement-period-invalid");
        assertThat(code(call(w.coordA, post(url), body("X", List.of(w.a, w.b), ar, TODAY, null, w.q, null))))
                .as("a partnership of another tenant").isEqualTo("agreement-partnership-unknown");
        assertThat(code(call(w.coordA, post(url), body("X", List.of(w.a, w.b), ar, TODAY, null, w.ended, null))))
                .isEqualTo("agreement-partnership-ended");
        assertThat(code(call(w.admin, post(url), body("X", List.of(w.a, w.c), ar, TODAY, null, w.p, null))))
                .isEqualTo("agreement-party-outside-partnership");
        assertThat(code(call(w.coordA, post(url), "{\"title\":\"X\",\"purpose\":\"p\",\"partyOrganisationIds\":["
                + w.a + "," + w.b + "],\"areaIds\":[987654321],\"startDate\":\"" + TODAY + "\"}")))
                .isEqualTo("agreement-area-unknown");
        assertThat(call(w.coordA, post(url), body("X", List.of(w.a), ar, TODAY, null, null, null)).getStatus())
                .as("one party is below the request shape").isEqualTo(400);
        assertThat(call(w.advisorA, post(url), body("X", List.of(w.a, w.b), ar, TODAY, null, null, null))
                .getStatus()).as("an advisor lacks MANAGE_PROJECTS").isEqualTo(403);
        // an administrator may join organisations of other partnerships (no partnership given)
        assertThat(call(w.admin, post(url), body("X", List.of(w.a, w.c), ar, TODAY, null, null, null)).getStatus())
                .isEqualTo(201);
    }

    @Test
    void onlyStaffOfThePartiesAndAdministratorsSeeAnAgreement() throws Exception {
        long id = create(TODAY, null);
        assertThat(call(w.coordC, get("/api/v1/agreements/" + id), null).getStatus()).isEqualTo(404);
        assertThat(call(w.coordC, get("/api/v1/agreements/" + id + "/versions"), null).getStatus()).isEqualTo(404);
        assertThat(call(w.coordC, put("/api/v1/agreements/" + id), body("Y", List.of(w.a, w.b), List.of("capacity"),
                TODAY, null, null, 0L)).getStatus()).isEqualTo(404);
        assertThat(call(w.advisorA, get("/api/v1/agreements/" + id), null).getStatus()).isEqualTo(200);
        assertThat(call(w.advisorA, put("/api/v1/agreements/" + id), body("Y", List.of(w.a, w.b),
                List.of("capacity"), TODAY, null, null, 0L)).getStatus()).isEqualTo(403);
        assertThat(call(w.admin, get("/api/v1/agreements/" + id), null).getStatus()).isEqualTo(200);
        List<Integer> seenByC = read(call(w.coordC, get("/api/v1/agreements?size=200"), null), "$.content[*].id");
        assertThat(seenByC).doesNotContain((int) id);
        List<Integer> seenByB = read(call(w.coordB, get("/api/v1/agreements?size=200"), null), "$.content[*].id");
        assertThat(seenByB).contains((int) id);
    }

    @Test
    void eachPartySignsForItselfAndTheAgreementBecomesActive() throws Exception {
        long id = create(TODAY.minusDays(5), TODAY.plusYears(2));
        assertThat(code(sign(w.coordA, id, w.b, "Anna", TODAY))).isEqualTo("agreement-not-own-party");
        assertThat(code(sign(w.coordA, id, w.c, "Anna", TODAY))).isEqualTo("agreement-party-unknown");
        assertThat(code(sign(w.coordA, id, w.a, "Anna", TODAY.plusDays(1)))).isEqualTo("agreement-signed-date-invalid");
        assertThat(code(sign(w.coordA, id, w.a, " ", TODAY))).isEqualTo("agreement-signer-required");
        assertThat(sign(w.advisorA, id, w.a, "Anna", TODAY).getStatus()).isEqualTo(403);
        MockHttpServletResponse r = sign(w.coordA, id, w.a, "Anna Aas", TODAY.minusDays(1));
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat((String) read(r, "$.status")).isEqualTo("DRAFT");
        assertThat(partyStatus(r, w.a)).isEqualTo("SIGNED");
        assertThat(partyStatus(r, w.b)).isEqualTo("DRAFT");
        assertThat(code(sign(w.coordA, id, w.a, "Anna", TODAY))).isEqualTo("agreement-already-signed");
        assertThat(code(call(w.coordA, post("/api/v1/agreements/" + id + "/parties/" + w.a + "/terminate"),
                "{\"reason\":\"r\",\"terminatedOn\":\"" + TODAY + "\"}"))).isEqualTo("agreement-not-active");
        r = sign(w.coordB, id, w.b, "Bjørn Berg", TODAY);
        assertThat((String) read(r, "$.status")).isEqualTo("ACTIVE");
        assertThat(partyStatus(r, w.a)).isEqualTo("ACTIVE");
        List<String> signers = read(r, "$.parties[*].signerName");
        assertThat(signers).containsExactlyInAnyOrder("Anna Aas", "Bjørn Berg");
    }

    @Test
    void signedByAllBeforeTheStartDateIsSignedNotActive() throws Exception {
        long id = create(TODAY.plusDays(30), null);
        sign(w.coordA, id, w.a, "Anna", TODAY);
        MockHttpServletResponse r = sign(w.admin, id, w.b, "Admin for B", TODAY);
        assertThat(r.getStatus()).as("an administrator signs for any party").isEqualTo(200);
        assertThat((String) read(r, "$.status")).isEqualTo("SIGNED");
    }

    @Test
    void changingTheTermsAfterSigningMakesANewVersionAndResetsSignatures() throws Exception {
        long id = create(TODAY.minusDays(5), null);
        sign(w.coordA, id, w.a, "Anna", TODAY);
        MockHttpServletResponse r = sign(w.coordB, id, w.b, "Bjørn", TODAY);
        assertThat((String) read(r, "$.status")).isEqualTo("ACTIVE");
        long version = ((Number) read(r, "$.version")).longValue();
        String changed = body("Avtale", List.of(w.a, w.b), List.of("shared-network", "staff-community"),
                TODAY.minusDays(5), null, w.p, version);
        r = call(w.coordB, put("/api/v1/agreements/" + id), changed);
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        assertThat((String) read(r, "$.status")).isEqualTo("DRAFT");
        assertThat(partyStatus(r, w.a)).isEqualTo("DRAFT");
        assertThat((Integer) read(r, "$.termsVersion")).isEqualTo(2);
        List<String> signers = read(r, "$.parties[*].signerName");
        assertThat(signers).containsOnlyNulls();
        assertThat(call(w.coordB, put("/api/v1/agreements/" + id), changed).getStatus())
                .as("the old version").isEqualTo(409);
        MockHttpServletResponse versions = call(w.coordA, get("/api/v1/agreements/" + id + "/versions"), null);
        assertThat((List<Integer>) read(versions, "$[*].number")).containsExactly(2, 1);
        assertThat((List<String>) read(versions, "$[0].changes")).containsExactly("areas");
        assertThat((String) read(versions, "$[0].changedBy")).isEqualTo(w.coordB);
        // saving the same terms again is no new version
        long v2 = ((Number) read(r, "$.version")).longValue();
        r = call(w.coordB, put("/api/v1/agreements/" + id), changed.replace("\"version\":" + version,
                "\"version\":" + v2));
        assertThat((Integer) read(r, "$.termsVersion")).isEqualTo(2);
        // removing the own organisation from the parties is refused
        assertThat(code(call(w.coordB, put("/api/v1/agreements/" + id), body("Avtale", List.of(w.a, w.d),
                List.of("capacity"), TODAY, null, null, null)))).isEqualTo("agreement-own-organisation-required");
    }

    @Test
    void aPartyTerminatesAnActiveAgreementAndItIsClosed() throws Exception {
        long id = create(TODAY.minusDays(5), TODAY.plusYears(1));
        sign(w.coordA, id, w.a, "Anna", TODAY);
        sign(w.coordB, id, w.b, "Bjørn", TODAY);
        String url = "/api/v1/agreements/" + id + "/parties/";
        assertThat(code(call(w.coordB, post(url + w.b + "/terminate"), "{\"reason\":\" \",\"terminatedOn\":\""
                + TODAY + "\"}"))).isEqualTo("agreement-termination-reason-required");
        assertThat(code(call(w.coordB, post(url + w.b + "/terminate"), "{\"reason\":\"Nedlagt\",\"terminatedOn\":\""
                + TODAY.minusDays(6) + "\"}"))).isEqualTo("agreement-termination-date-invalid");
        assertThat(code(call(w.coordB, post(url + w.a + "/terminate"), "{\"reason\":\"Nedlagt\",\"terminatedOn\":\""
                + TODAY + "\"}"))).isEqualTo("agreement-not-own-party");
        MockHttpServletResponse r = call(w.coordB, post(url + w.b + "/terminate"),
                "{\"reason\":\"Nedlagt\",\"terminatedOn\":\"" + TODAY + "\"}");
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat((String) read(r, "$.status")).isEqualTo("TERMINATED");
        assertThat(partyStatus(r, w.b)).isEqualTo("TERMINATED");
        List<String> reasons = read(r, "$.parties[?(@.organisationId == " + w.b + ")].terminationReason");
        assertThat(reasons).containsExactly("Nedlagt");
        assertThat(code(call(w.coordA, put("/api/v1/agreements/" + id), body("Ny", List.of(w.a, w.b),
                List.of("capacity"), TODAY, null, null, null)))).isEqualTo("agreement-closed");
        assertThat(code(call(w.coordA, post("/api/v1/agreements/" + id + "/documents?filename=a.pdf")
                .contentType(MediaType.APPLICATION_OCTET_STREAM).content(TestFiles.pdf("x")), null)))
                .isEqualTo("agreement-closed");
    }

    @Test
    void documentsAreCheckedByContentAndReadOnlyByTheParties() throws Exception {
        long id = create(TODAY.minusDays(5), null);
        sign(w.coordA, id, w.a, "Anna", TODAY);
        byte[] pdf = TestFiles.pdf("Avtaletekst");
        MockHttpServletResponse r = upload(w.coordA, id, "avtale.pdf", pdf);
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        int documentId = read(r, "$.id");
        assertThat((String) read(r, "$.sha256")).isEqualTo(TestFiles.sha256(pdf));
        assertThat(code(upload(w.coordA, id, "avtale.docx", pdf))).isEqualTo("document-name-mismatch");
        assertThat(code(upload(w.coordA, id, "avtale.pdf", TestFiles.exe()))).isEqualTo("document-type-not-allowed");
        assertThat(code(upload(w.coordA, id, "avtale.pdf", TestFiles.html()))).isEqualTo("document-type-not-allowed");
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, big, 0, 8);
        MockHttpServletResponse tooBig = upload(w.coordA, id, "big.pdf", big);
        assertThat(tooBig.getStatus()).isEqualTo(422);
        assertThat(code(tooBig)).isEqualTo("document-too-large");
        assertThat(upload(w.coordC, id, "avtale.pdf", pdf).getStatus()).isEqualTo(404);
        assertThat(upload(w.advisorA, id, "avtale.pdf", pdf).getStatus()).isEqualTo(403);
        assertThat(upload(w.coordA, id, "vedlegg.xlsx", TestFiles.xlsx()).getStatus()).isEqualTo(201);

        MockHttpServletResponse agreement = call(w.coordB, get("/api/v1/agreements/" + id), null);
        assertThat((List<String>) read(agreement, "$.documents[*].filename"))
                .containsExactly("avtale.pdf", "vedlegg.xlsx");
        assertThat(partyStatus(agreement, w.a)).as("a document is a change of the terms").isEqualTo("DRAFT");
        assertThat((Integer) read(agreement, "$.termsVersion")).isEqualTo(3);

        MockHttpServletResponse download = call(w.advisorA, get("/api/v1/agreements/" + id + "/documents/"
                + documentId), null);
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(download.getHeader("Content-Disposition")).contains("attachment").contains("avtale.pdf");
        assertThat(call(w.coordC, get("/api/v1/agreements/" + id + "/documents/" + documentId), null).getStatus())
                .isEqualTo(404);
        assertThat(call(w.coordC, get("/api/v1/agreements/" + id + "/documents"), null).getStatus()).isEqualTo(404);
        // a document of another agreement is not served through this one
        long other = create(TODAY, null);
        assertThat(call(w.coordA, get("/api/v1/agreements/" + other + "/documents/" + documentId), null)
                .getStatus()).isEqualTo(404);
        MockHttpServletResponse versions = call(w.coordA, get("/api/v1/agreements/" + id + "/versions"), null);
        assertThat((List<String>) read(versions, "$[0].changes")).containsExactly("documents");
        assertThat((String) read(versions, "$[0].snapshot")).contains(TestFiles.sha256(pdf));
    }

    MockHttpServletResponse upload(String user, long id, String name, byte[] content) throws Exception {
        return mvc.perform(post("/api/v1/agreements/" + id + "/documents").param("filename", name)
                .contentType(MediaType.APPLICATION_OCTET_STREAM).content(content).with(w.users.as(user))
                .with(csrf()).accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
    }

    @Test
    void administratorsAddAndArchiveAreasOfCooperation() throws Exception {
        String name = "Felles " + System.nanoTime();
        String json = "{\"names\":{\"nb\":\"" + name + "\",\"en\":\"Joint " + name + "\"}}";
        assertThat(call(w.coordA, post("/api/v1/agreement-areas"), json).getStatus()).isEqualTo(403);
        MockHttpServletResponse added = call(w.admin, post("/api/v1/agreement-areas"), json);
        assertThat(added.getStatus()).as(added.getContentAsString()).isEqualTo(201);
        int areaId = read(added, "$.id");
        assertThat(code(call(w.admin, post("/api/v1/agreement-areas"), json))).isEqualTo("agreement-area-duplicate");
        assertThat(code(call(w.admin, post("/api/v1/agreement-areas"), "{\"names\":{\"nb\":\" \"}}")))
                .isEqualTo("agreement-area-name-required");
        String unused = call(w.admin, post("/api/v1/agreement-areas"), "{\"names\":{\"sv\":\"Oanvänt "
                + System.nanoTime() + "\"}}").getContentAsString();
        int unusedId = JsonPath.read(unused, "$.id");
        assertThat((String) read(call(w.admin, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .delete("/api/v1/agreement-areas/" + unusedId), null), "$.outcome")).isEqualTo("DELETED");

        String withArea = "{\"title\":\"Med nytt område\",\"purpose\":\"p\",\"partyOrganisationIds\":[" + w.a + ","
                + w.b + "],\"areaIds\":[" + areaId + "],\"startDate\":\"" + TODAY + "\"}";
        MockHttpServletResponse created = call(w.coordA, post("/api/v1/agreements"), withArea);
        assertThat(created.getStatus()).isEqualTo(201);
        int agreementId = read(created, "$.id");
        assertThat(call(w.coordA, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .delete("/api/v1/agreement-areas/" + areaId), null).getStatus()).isEqualTo(403);
        assertThat((String) read(call(w.admin, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .delete("/api/v1/agreement-areas/" + areaId), null), "$.outcome")).isEqualTo("ARCHIVED");
        // new agreements cannot choose it; the agreement that has it keeps it, and may be saved with it
        assertThat(code(call(w.coordA, post("/api/v1/agreements"), withArea))).isEqualTo("agreement-area-unknown");
        MockHttpServletResponse kept = call(w.coordA, get("/api/v1/agreements/" + agreementId), null);
        assertThat((List<Boolean>) read(kept, "$.areas[*].archived")).containsExactly(true);
        MockHttpServletResponse saved = call(w.coordA, put("/api/v1/agreements/" + agreementId),
                withArea.replace("Med nytt område", "Med arkivert område"));
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(200);
        List<Integer> active = read(call(w.coordA, get("/api/v1/agreement-areas"), null), "$[*].id");
        assertThat(active).doesNotContain(areaId);
        assertThat(call(w.admin, post("/api/v1/agreement-areas/" + areaId + "/restore"), null).getStatus())
                .isEqualTo(200);
        active = read(call(w.coordA, get("/api/v1/agreement-areas"), null), "$[*].id");
        assertThat(active).contains(areaId);
    }
}
