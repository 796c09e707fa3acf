package no.kobling.project.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Recognition by content alone, without Spring. */
class DocumentKindTest {

    @Test
    void kindsByContent() {
        assertThat(DocumentKind.detect(TestFiles.pdf("x"))).contains(DocumentKind.PDF);
        assertThat(DocumentKind.detect(TestFiles.docx("x"))).contains(DocumentKind.WORD);
        assertThat(DocumentKind.detect(TestFiles.xlsx())).contains(DocumentKind.EXCEL);
        assertThat(DocumentKind.detect(TestFiles.zip(Map.of("mimetype", "application/vnd.oasis.opendocument.text",
                "content.xml", "<x/>")))).contains(DocumentKind.OPEN_DOCUMENT_TEXT);
        assertThat(DocumentKind.detect(TestFiles.exe())).isEmpty();
        assertThat(DocumentKind.detect(TestFiles.html())).isEmpty();
        assertThat(DocumentKind.detect("%PDF".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(DocumentKind.detect(null)).isEmpty();
        // a zip with a broken entry after the local header is not an Office file
        assertThat(DocumentKind.detect(new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0})).isEmpty();
    }

    @Test
    void namesMustFitTheContent() {
        assertThat(DocumentKind.PDF.fitsName("Avtale.PDF")).isTrue();
        assertThat(DocumentKind.PDF.fitsName("avtale.pdf.exe")).isFalse();
        assertThat(DocumentKind.WORD.fitsName("avtale.pdf")).isFalse();
        assertThat(DocumentKind.LEGACY_OFFICE.fitsName("old.xls")).isTrue();
        assertThat(DocumentKind.PDF.fitsName(null)).isFalse();
    }
}
