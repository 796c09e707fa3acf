package no.kobling.indicator.report.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** Renders the report template (well-formed XHTML, bars as HTML/CSS) to PDF with openhtmltopdf. */
@Component
class ReportPdf {

    private final TemplateEngine templates;

    ReportPdf(TemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(Map<String, Object> model) {
        String html = templates.process("reports/pdf", new Context(LocaleContextHolder.getLocale(), model));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
