package no.kobling.privacy.web;

import java.util.Map;
import no.kobling.privacy.application.PrivacyRequests;
import no.kobling.shared.pdf.PdfDocuments;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** The readable PDF of an access request: every record with its purpose, lawful basis, changes and reads. */
@Component
class PrivacyPdf {

    private final TemplateEngine templates;
    private final no.kobling.shared.web.Fmt fmt;

    PrivacyPdf(TemplateEngine templates, no.kobling.shared.web.Fmt fmt) {
        this.templates = templates;
        this.fmt = fmt;
    }

    byte[] render(PrivacyRequests.Export export) {
        String html = templates.process("privacy/pdf", new Context(LocaleContextHolder.getLocale(),
                Map.of("export", export, "fmt", fmt)));
        // stored text may hold control characters (e.g. the argument separator of notifications): not allowed in XML
        return PdfDocuments.render(html.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", " "));
    }
}
