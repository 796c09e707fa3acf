package no.kobling.shared.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one way Kobling prints a PDF (agendas, table plans, project plans, reports, demo agreements): well-formed XHTML
 * to PDF with openhtmltopdf, with the DejaVu Sans font embedded (Nordic and Sámi letters: á č đ ŋ š ŧ ž, Æ Ø Å Ä Ö;
 * {@code fonts/LICENSE-DejaVu.txt}), tagged for accessibility (PDF/UA: structure tree, marked content, the
 * {@code <title>} shown as the document title, the {@code <html lang>} as its language) and conforming to PDF/A-2u
 * (archival, with the JDK's sRGB profile as output intent). The template must carry a {@code <title>} and a
 * {@code lang}; the font is registered as {@value #FAMILY} and as the generic {@code sans-serif} and
 * {@code serif}, and as the fallback before the built-in fonts, so every existing stylesheet prints with it.
 */
public final class PdfDocuments {

    /** The font family name the templates may name in CSS. */
    public static final String FAMILY = "DejaVu Sans";

    private static final byte[] REGULAR = read("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = read("fonts/DejaVuSans-Bold.ttf");
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final String PRODUCER = "Kobling";

    private PdfDocuments() {
    }

    /** Renders a well-formed XHTML document (no external resources) to PDF bytes. */
    public static byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
            builder.useColorProfile(SRGB);
            builder.withProducer(PRODUCER);
            for (String family : new String[] {FAMILY, "sans-serif", "serif"}) {
                Set<FSFontUseCase> uses = family.equals(FAMILY)
                        ? EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE)
                        : EnumSet.of(FSFontUseCase.DOCUMENT);
                builder.useFont(() -> new ByteArrayInputStream(REGULAR), family, 400, FontStyle.NORMAL, true, uses);
                builder.useFont(() -> new ByteArrayInputStream(BOLD), family, 700, FontStyle.NORMAL, true, uses);
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfDocuments.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
