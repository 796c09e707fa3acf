package no.kobling.event.web;

import no.kobling.shared.pdf.PdfDocuments;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/** Renders a Thymeleaf template (well-formed XHTML, no links) to PDF with openhtmltopdf. */
@Component
class AgendaPdf {

    private final TemplateEngine templates;
    private final ApplicationContext application;

    AgendaPdf(TemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
    }

    byte[] render(String template, Model model) {
        Context context = new Context(LocaleContextHolder.getLocale(), model.asMap());
        // beans such as @zonedTimes (the viewer's clock beside the event's times) as on the pages
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        String html = templates.process(template, context);
        return PdfDocuments.render(html);
    }
}
