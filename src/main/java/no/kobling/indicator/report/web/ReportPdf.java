package no.kobling.indicator.report.web;

import java.util.Map;
import no.kobling.shared.pdf.PdfDocuments;
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
        return PdfDocuments.render(html);
    }
}
