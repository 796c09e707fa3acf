package no.kobling.shared.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.kobling.indicator.manual.domain.EvidenceKind;
import no.kobling.project.document.DocumentKind;
import no.kobling.project.document.TestFiles;
import org.junit.jupiter.api.Test;

/** One sniffer for every upload: each module accepts its own subset of the kinds it recognises. */
class ContentSnifferTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    @Test
    void recognisesEachKindByContent() {
        assertThat(ContentSniffer.detect(TestFiles.pdf("x"))).contains(FileKind.PDF);
        assertThat(ContentSniffer.detect(TestFiles.docx("x"))).contains(FileKind.WORD);
        assertThat(ContentSniffer.detect(TestFiles.xlsx())).contains(FileKind.EXCEL);
        assertThat(ContentSniffer.detect(TestFiles.zip(Map.of("mimetype",
                "application/vnd.oasis.opendocument.spreadsheet")))).contains(FileKind.OPEN_DOCUMENT_SPREADSHEET);
        assertThat(ContentSniffer.detect(PNG)).contains(FileKind.PNG);
        assertThat(ContentSniffer.detect(JPEG)).contains(FileKind.JPEG);
        assertThat(ContentSniffer.detect(TestFiles.exe())).isEmpty();
        assertThat(ContentSniffer.detect(TestFiles.zip(Map.of("readme.txt", "hello")))).isEmpty();
        assertThat(ContentSniffer.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isEmpty();
    }

    @Test
    void eachModuleAcceptsItsOwnKinds() {
        assertThat(EvidenceKind.detect(PNG)).contains(EvidenceKind.PNG);
        assertThat(DocumentKind.detect(PNG)).as("a project document is never an image").isEmpty();
        assertThat(EvidenceKind.detect(TestFiles.docx("x"))).contains(EvidenceKind.WORD);
        assertThat(DocumentKind.detect(TestFiles.docx("x"))).contains(DocumentKind.WORD);
        assertThat(EvidenceKind.JPEG.fitsName("photo.JPEG")).isTrue();
        assertThat(EvidenceKind.JPEG.contentType()).isEqualTo("image/jpeg");
        assertThat(DocumentKind.LEGACY_OFFICE.contentType()).isEqualTo("application/octet-stream");
    }
}
