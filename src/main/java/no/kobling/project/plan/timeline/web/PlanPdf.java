package no.kobling.project.plan.timeline.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import no.kobling.project.plan.timeline.ProjectPlan;
import no.kobling.shared.pdf.PdfDocuments;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Renders the project plan ({@code projects/plan-pdf}, well-formed XHTML without links) to PDF with openhtmltopdf,
 * as the event agendas are ({@code event.web.AgendaPdf}), through the shared {@code PdfDocuments} (embedded
 * Unicode font, tagged), text in the viewer's language. The
 * timeline is drawn with the page's own stylesheet ({@code static/css/timeline.css}), read once.
 */
@Component
class PlanPdf {

    private final TemplateEngine templates;
    private final ApplicationContext application;
    private final String timelineCss;

    PlanPdf(TemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
        try (InputStream in = new ClassPathResource("static/css/timeline.css").getInputStream()) {
            this.timelineCss = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] render(ProjectPlan plan) {
        Context context = new Context(LocaleContextHolder.getLocale());
        context.setVariable("plan", plan);
        context.setVariable("timeline", plan.timeline());
        context.setVariable("timelineCss", timelineCss);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        String html = templates.process("projects/plan-pdf", context);
        return PdfDocuments.render(html);
    }

    /** The PDF as a download named after the project id. */
    ResponseEntity<byte[]> response(ProjectPlan plan) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("project-plan-" + plan.id() + ".pdf").build().toString())
                .body(render(plan));
    }
}
