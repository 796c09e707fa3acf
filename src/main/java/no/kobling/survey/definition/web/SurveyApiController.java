package no.kobling.survey.definition.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.kobling.survey.definition.SurveyDefinitions;
import no.kobling.survey.definition.SurveyDefinitions.Kind;
import no.kobling.survey.definition.SurveyDefinitions.Status;
import no.kobling.survey.definition.application.SurveyBuilderService;
import no.kobling.survey.definition.application.SurveyTemplates;
import no.kobling.survey.definition.domain.Survey;
import no.kobling.survey.definition.domain.SurveySpec;
import no.kobling.survey.definition.domain.SurveySpec.QuestionSpec;
import no.kobling.survey.definition.domain.SurveySpec.SectionSpec;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The survey builder API (docs/surveys.md): surveys, their sections and questions, copies and templates. */
@RestController
@Tag(name = "Surveys", description = "Survey builder: surveys, sections, questions, templates (docs/surveys.md)")
class SurveyApiController {

    private final SurveyBuilderService service;
    private final SurveyTemplates templates;
    private final MessageSource messages;

    SurveyApiController(SurveyBuilderService service, SurveyTemplates templates, MessageSource messages) {
        this.service = service;
        this.templates = templates;
        this.messages = messages;
    }

    /** A badly typed number of a question: 422 survey-number-invalid with the field (see {@link SurveyJsonErrors}). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        ProblemDetail p = SurveyJsonErrors.unreadable(e, messages);
        return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    record PageJson(List<SurveyJson.SummaryJson> items, int page, int size, long total) {
    }

    /** What describes a survey (not its sections); {@code version} as last read. */
    record DescribeBody(Kind kind, Boolean anonymous, String fallbackLanguage, Map<String, String> titles,
            Map<String, String> intros, LocalDate closesOn, Long partnershipId, Long projectId, Long version) {
    }

    record FromTemplateBody(Long partnershipId, Long projectId, LocalDate closesOn) {
    }

    record ReopenBody(LocalDate closesOn) {
    }

    record TemplateJson(String code, Kind kind, String title, Map<String, String> titles, int questions) {
    }

    @Operation(summary = "The own organisation's surveys (all for administrators), newest first (paged)")
    @GetMapping("/api/v1/surveys")
    PageJson list(@RequestParam(required = false) List<Status> status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Page<Survey> p = service.list(status, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100),
                Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by(Sort.Direction.DESC, "id"))));
        return new PageJson(p.map(SurveyJson::summary).getContent(), p.getNumber(), p.getSize(),
                p.getTotalElements());
    }

    @Operation(summary = "Creates a draft survey of the own organisation with its whole structure")
    @PostMapping("/api/v1/surveys")
    @ResponseStatus(HttpStatus.CREATED)
    SurveyJson create(@RequestBody SurveySpec body) {
        return SurveyJson.of(service.create(body));
    }

    @Operation(summary = "A survey with its sections, questions, options, items and texts")
    @GetMapping("/api/v1/surveys/{id}")
    SurveyJson get(@PathVariable long id) {
        return SurveyJson.of(service.get(id));
    }

    @Operation(summary = "Changes kind, anonymity, texts, fallback language, closing date, partnership, project "
            + "(survey-structure-frozen for kind, anonymity, partnership and project once sent)")
    @PutMapping("/api/v1/surveys/{id}")
    SurveyJson update(@PathVariable long id, @RequestBody DescribeBody body) {
        return SurveyJson.of(service.describe(id, new SurveySpec(body.kind(), body.anonymous(),
                body.fallbackLanguage(), body.titles(), body.intros(), body.closesOn(), body.partnershipId(),
                body.projectId(), null), body.version()));
    }

    @Operation(summary = "Deletes a draft (survey-not-draft once sent)")
    @DeleteMapping("/api/v1/surveys/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, @RequestParam(required = false) Long version) {
        service.delete(id, version);
    }

    @Operation(summary = "Copies the survey into a new draft (new ids, same codes and texts, no closing date)")
    @PostMapping("/api/v1/surveys/{id}/copy")
    @ResponseStatus(HttpStatus.CREATED)
    SurveyJson copy(@PathVariable long id) {
        return SurveyJson.of(service.copy(id));
    }

    @Operation(summary = "Closes an open survey: no more answers")
    @PostMapping("/api/v1/surveys/{id}/close")
    SurveyJson close(@PathVariable long id) {
        return SurveyJson.of(service.close(id));
    }

    @Operation(summary = "Opens a closed survey again until a new closing date")
    @PostMapping("/api/v1/surveys/{id}/reopen")
    SurveyJson reopen(@PathVariable long id, @RequestBody ReopenBody body) {
        return SurveyJson.of(service.reopen(id, body.closesOn()));
    }

    @Operation(summary = "Adds a section (page) with its questions at index (default: last)")
    @PostMapping("/api/v1/surveys/{id}/sections")
    @ResponseStatus(HttpStatus.CREATED)
    SurveyJson.SectionJson addSection(@PathVariable long id, @RequestParam(required = false) Integer index,
            @RequestBody SectionSpec body) {
        return SurveyJson.section(service.addSection(id, body, index));
    }

    @Operation(summary = "Changes a section's titles (allowed also once sent)")
    @PutMapping("/api/v1/surveys/{id}/sections/{sectionId}")
    SurveyJson retitleSection(@PathVariable long id, @PathVariable long sectionId, @RequestBody SectionSpec body) {
        return SurveyJson.of(service.retitleSection(id, sectionId, body.titles()));
    }

    @Operation(summary = "Deletes a section and its questions (drafts only)")
    @DeleteMapping("/api/v1/surveys/{id}/sections/{sectionId}")
    SurveyJson removeSection(@PathVariable long id, @PathVariable long sectionId) {
        return SurveyJson.of(service.removeSection(id, sectionId));
    }

    @Operation(summary = "Moves a section to index (from 0; drafts only)")
    @PostMapping("/api/v1/surveys/{id}/sections/{sectionId}/move")
    SurveyJson moveSection(@PathVariable long id, @PathVariable long sectionId, @RequestParam(defaultValue = "0") int index) {
        return SurveyJson.of(service.moveSection(id, sectionId, index));
    }

    @Operation(summary = "Adds a question to the section at index (default: last; drafts only)")
    @PostMapping("/api/v1/surveys/{id}/sections/{sectionId}/questions")
    @ResponseStatus(HttpStatus.CREATED)
    SurveyJson.QuestionJson addQuestion(@PathVariable long id, @PathVariable long sectionId,
            @RequestParam(required = false) Integer index, @RequestBody QuestionSpec body) {
        return SurveyJson.question(service.addQuestion(id, sectionId, body, index));
    }

    @Operation(summary = "Changes a question (once sent only its texts may differ: survey-structure-frozen)")
    @PutMapping("/api/v1/surveys/{id}/questions/{questionId}")
    SurveyJson.QuestionJson changeQuestion(@PathVariable long id, @PathVariable long questionId,
            @RequestParam(required = false) Long version, @RequestBody QuestionSpec body) {
        return SurveyJson.question(service.changeQuestion(id, questionId, body, version));
    }

    @Operation(summary = "Deletes a question (drafts only)")
    @DeleteMapping("/api/v1/surveys/{id}/questions/{questionId}")
    SurveyJson removeQuestion(@PathVariable long id, @PathVariable long questionId) {
        return SurveyJson.of(service.removeQuestion(id, questionId));
    }

    @Operation(summary = "Moves a question to index (from 0) within its section (drafts only)")
    @PostMapping("/api/v1/surveys/{id}/questions/{questionId}/move")
    SurveyJson moveQuestion(@PathVariable long id, @PathVariable long questionId, @RequestParam(defaultValue = "0") int index) {
        return SurveyJson.of(service.moveQuestion(id, questionId, index));
    }

    @Operation(summary = "The shipped survey templates (needs, effect, event-feedback, nps)")
    @GetMapping("/api/v1/survey-templates")
    List<TemplateJson> templates() {
        service.requireManager();
        String lang = LocaleContextHolder.getLocale().getLanguage();
        return templates.all().stream().map(t -> new TemplateJson(t.code(), t.spec().kind(),
                SurveyDefinitions.text(t.spec().titles(), lang, t.spec().fallbackLanguage()), t.spec().titles(),
                t.spec().sections().stream().mapToInt(s -> s.questions().size()).sum())).toList();
    }

    @Operation(summary = "Creates a draft survey of the own organisation from a template")
    @PostMapping("/api/v1/survey-templates/{code}/surveys")
    @ResponseStatus(HttpStatus.CREATED)
    SurveyJson fromTemplate(@PathVariable String code, @RequestBody(required = false) FromTemplateBody body) {
        FromTemplateBody b = body == null ? new FromTemplateBody(null, null, null) : body;
        return SurveyJson.of(service.createFromTemplate(code, b.partnershipId(), b.projectId(), b.closesOn()));
    }
}
