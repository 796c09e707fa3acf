package no.kobling.project.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.identity.UserAdministration;
import no.kobling.shared.DomainException;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The document store against real files: recognised by content, not name; size-limited; SHA-256 kept and checked. */
@IntegrationTest
class DocumentStoreTest {

    @Autowired
    DocumentStore store;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAdministration users;
    @Autowired
    UserDetailsService details;
    @Autowired
    ApiTokenService tokens;

    TestUsers testUsers;
    String user;

    @BeforeEach
    void user() {
        testUsers = new TestUsers(users, details, tokens);
        user = testUsers.create("docs", "PARTNERSHIP_COORDINATOR");
    }

    private DocumentRef store(String name, byte[] content) {
        return testUsers.actingAs(user, () -> store.store(name, content));
    }

    private String code(String name, byte[] content) {
        try {
            store(name, content);
        } catch (DomainException e) {
            return e.code();
        }
        return "stored";
    }

    @Test
    void aRealPdfIsStoredWithItsSha256AndReadBackUnchanged() {
        byte[] pdf = TestFiles.pdf("Samarbeidsavtale");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        DocumentRef ref = store("avtale.pdf", pdf);
        assertThat(ref.contentType()).isEqualTo("application/pdf");
        assertThat(ref.sizeBytes()).isEqualTo(pdf.length);
        assertThat(ref.uploadedBy()).isEqualTo(user);
        assertThat(ref.sha256()).isEqualTo(TestFiles.sha256(pdf));
        assertThat(jdbc.queryForObject("select sha256 from project_document where id = ?", String.class, ref.id()))
                .isEqualTo(TestFiles.sha256(pdf));
        assertThat(store.content(ref.id()).data()).isEqualTo(pdf);
    }

    @Test
    void realOfficeFilesAreRecognised() {
        byte[] docx = TestFiles.docx("Vedlegg");
        DocumentRef word = store("vedlegg.docx", docx);
        assertThat(word.contentType()).isEqualTo(DocumentKind.WORD.contentType());
        assertThat(word.sha256()).isEqualTo(TestFiles.sha256(docx));
        byte[] xlsx = TestFiles.xlsx();
        DocumentRef excel = store("budsjett.XLSX", xlsx);
        assertThat(excel.contentType()).isEqualTo(DocumentKind.EXCEL.contentType());
        assertThat(store.content(excel.id()).data()).isEqualTo(xlsx);
    }

    @Test
    void disguisedFilesAreRefusedByContent() {
        assertThat(code("report.pdf", TestFiles.exe())).isEqualTo("document-type-not-allowed");
        assertThat(code("report.pdf", TestFiles.html())).isEqualTo("document-type-not-allowed");
        assertThat(code("report.docx", TestFiles.html())).isEqualTo("document-type-not-allowed");
        // a zip that is no Office package (no [Content_Types].xml), named as Word
        assertThat(code("archive.docx", TestFiles.zip(Map.of("word/document.xml", "<x/>"))))
                .isEqualTo("document-type-not-allowed");
        // a real PDF named as a Word file, and a real Word file named as a PDF
        assertThat(code("minutes.docx", TestFiles.pdf("x"))).isEqualTo("document-name-mismatch");
        assertThat(code("minutes.pdf", TestFiles.docx("x"))).isEqualTo("document-name-mismatch");
        assertThat(code("minutes", TestFiles.pdf("x"))).isEqualTo("document-name-mismatch");
        assertThat(code("empty.pdf", new byte[0])).isEqualTo("document-empty");
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        assertThat(store.maxBytes()).isEqualTo(10L * 1024 * 1024);
        byte[] big = new byte[(int) store.maxBytes() + 1];
        Arrays.fill(big, (byte) ' ');
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 9);
        assertThat(code("big.pdf", big)).isEqualTo("document-too-large");
        byte[] atLimit = Arrays.copyOf(big, (int) store.maxBytes());
        assertThat(store("limit.pdf", atLimit).sizeBytes()).isEqualTo(store.maxBytes());
    }

    @Test
    void aChangedFileIsNeverServed() {
        DocumentRef ref = store("a.pdf", TestFiles.pdf("original"));
        jdbc.update("update project_document_content set data = ? where document_id = ?",
                TestFiles.pdf("tampered"), ref.id());
        assertThatThrownBy(() -> store.content(ref.id())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void namesAreCleanedAndStoringNeedsACaller() {
        DocumentRef ref = store("C:\\Users\\x\\..\\avtale\u0007.pdf", TestFiles.pdf("x"));
        assertThat(ref.filename()).isEqualTo("avtale.pdf");
        assertThatThrownBy(() -> store.store("a.pdf", TestFiles.pdf("x"))).isInstanceOf(AccessDeniedException.class);
        DocumentRef system = SystemAccess.run(() -> store.store("demo.pdf", TestFiles.pdf("demo")));
        assertThat(system.uploadedBy()).isEqualTo(SystemAccess.SYSTEM);
    }
}
