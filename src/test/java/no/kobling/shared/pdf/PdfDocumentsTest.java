package no.kobling.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shared PDF builder on its own: Sámi and Nordic letters, embedded font, tags, title and language. */
class PdfDocumentsTest {

    @Test
    void sámiAndNordicLettersPrintInAnEmbeddedFontInATaggedDocument() {
        String html = """
                <!DOCTYPE html>
                <html lang="se"><head><meta charset="utf-8"/><title>Porsáŋgu – Åsa Øvergård</title>
                <meta name="subject" content="Gielda dieđut"/>
                <style>body { font-family: sans-serif; } h1 { font-weight: bold; }</style></head>
                <body><h1>Porsáŋgu gielda</h1><p>Åsa Øvergård, Čáhcesuolu, Đ đ Ŋ ŋ Š š Ŧ ŧ Ž ž, Ä Ö Å Æ Ø æ ø å ä ö</p>
                <table><thead><tr><th>Namn</th></tr></thead><tbody><tr><td>Ánde</td></tr></tbody></table>
                </body></html>
                """;
        PdfChecks.Read read = PdfChecks.assertAccessible(PdfDocuments.render(html), "Porsáŋgu gielda",
                "Åsa Øvergård", "Čáhcesuolu", "Đ đ Ŋ ŋ Š š Ŧ ŧ Ž ž", "Ä Ö Å Æ Ø æ ø å ä ö", "Ánde");
        assertThat(read.title()).isEqualTo("Porsáŋgu – Åsa Øvergård");
        assertThat(read.language()).isEqualTo("se");
        assertThat(read.subject()).isEqualTo("Gielda dieđut");
    }

    @Test
    void aDocumentWithoutStylesStillUsesTheEmbeddedFont() {
        String html = "<html lang=\"nb\"><head><title>Avtale</title></head><body><p>Porsáŋgu</p></body></html>";
        PdfChecks.assertAccessible(PdfDocuments.render(html), "Porsáŋgu");
    }
}
