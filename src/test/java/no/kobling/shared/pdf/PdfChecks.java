package no.kobling.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a PDF back with PDFBox and checks what issue 16 point 11 asks of every PDF Kobling prints: the text is
 * extractable, every font is embedded (its descriptor carries a font file), the document is tagged (structure tree
 * root, MarkInfo marked) and has a title and a language.
 */
public final class PdfChecks {

    private PdfChecks() {
    }

    /** What was read back, for further assertions. */
    public record Read(String text, String title, String subject, String language, List<String> fonts) {
    }

    public static Read assertAccessible(byte[] pdf, String... texts) {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(texts);
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).as("structure tree root (tagged PDF)").isNotNull();
            assertThat(catalog.getStructureTreeRoot().getK()).as("structure elements").isNotNull();
            assertThat(catalog.getMarkInfo()).as("MarkInfo").isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).as("MarkInfo /Marked").isTrue();
            String title = doc.getDocumentInformation().getTitle();
            assertThat(title).as("document title").isNotBlank();
            assertThat(catalog.getLanguage()).as("document language").isNotBlank();
            assertThat(catalog.getViewerPreferences()).as("viewer preferences").isNotNull();
            assertThat(catalog.getViewerPreferences().displayDocTitle()).as("DisplayDocTitle").isTrue();
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts.add(font.getName());
                    PDFontDescriptor descriptor = font instanceof PDType0Font type0
                            ? type0.getDescendantFont().getFontDescriptor() : font.getFontDescriptor();
                    assertThat(descriptor).as("font descriptor of " + font.getName()).isNotNull();
                    assertThat(descriptor.getFontFile() != null || descriptor.getFontFile2() != null
                            || descriptor.getFontFile3() != null).as("embedded font file of " + font.getName())
                            .isTrue();
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                }
            }
            assertThat(fonts).as("fonts used").isNotEmpty().allMatch(f -> f.contains("DejaVuSans"));
            return new Read(text, title, doc.getDocumentInformation().getSubject(), catalog.getLanguage(), fonts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
