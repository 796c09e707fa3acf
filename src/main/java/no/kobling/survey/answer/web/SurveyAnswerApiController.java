package no.kobling.survey.answer.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kobling.survey.answer.application.SurveyAnswerError;
import no.kobling.survey.answer.application.SurveyAnswerInput;
import no.kobling.survey.answer.application.SurveyAnswerRefused;
import no.kobling.survey.answer.application.SurveyAnswerRules;
import no.kobling.survey.answer.application.SurveyAnswerService;
import no.kobling.survey.answer.application.SurveyAnswerService.ApiResult;
import no.kobling.survey.answer.application.SurveyAnswerService.Key;
import no.kobling.survey.answer.application.SurveyAnswerService.State;
import no.kobling.survey.definition.SurveyDefinitions.QuestionDef;
import no.kobling.survey.definition.SurveyDefinitions.SectionDef;
import no.kobling.survey.definition.SurveyDefinitions.SurveyDef;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The answer pages as JSON, for respondents' own tools: no sign-in, the link's token is the credential. Errors are
 * problem details with a stable {@code code} ({@code survey-closed} 410, {@code link-used} 409, {@code not-found}
 * 404, {@code answer-required}, {@code answer-out-of-scale}, {@code option-unknown} … 422 with {@code errors}).
 */
@RestController
@Tag(name = "Survey answers (public)", description = "Answer a survey through its link, without signing in")
class SurveyAnswerApiController {

    private final SurveyAnswerService service;
    private final MessageSource messages;

    SurveyAnswerApiController(SurveyAnswerService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    record ChoiceJson(String code, String label) {
    }

    record ScaleJson(int min, int max, String minLabel, String maxLabel) {
    }

    record ConditionJson(long questionId, List<String> optionCodes) {
    }

    record QuestionJson(long id, String code, String type, boolean required, boolean visible, String text,
            String help, List<ChoiceJson> options, List<ChoiceJson> items, ScaleJson scale, ConditionJson condition,
            List<String> values, Map<String, String> itemValues) {
    }

    record SectionJson(int index, String title, List<QuestionJson> questions) {
    }

    record SurveyJson(String title, String intro, String language, boolean anonymous, LocalDate closesOn,
            String responseStatus, int currentSection, List<SectionJson> sections) {
    }

    /** Values are text; JSON numbers and booleans are read as their text. */
    record AnswerJson(@NotNull Long questionId, @Size(max = 100) List<Object> values,
            @Size(max = 200) Map<String, Object> items) {
    }

    record AnswersRequest(String language, Integer section, Boolean submit, @Size(max = 200) String resumeToken,
            @NotNull @Size(max = 500) List<@Valid @NotNull AnswerJson> answers) {
    }

    @GetMapping("/public/api/surveys/{token}")
    @Operation(summary = "The survey behind a link, in the recipient's language (or ?lang=nb|nn|sv|fi|en), with "
            + "the answers saved so far (?resumeToken= continues an open link's response)")
    @SecurityRequirements
    SurveyJson describe(@PathVariable String token, @RequestParam(required = false) String lang,
            @RequestParam(required = false) String resumeToken) {
        State s = service.describe(key(token, resumeToken), lang);
        String language = s.language() != null ? s.language()
                : SurveyAnswerService.language(LocaleContextHolder.getLocale().getLanguage()).orElse("nb");
        SurveyDef survey = s.survey();
        List<SectionJson> sections = new ArrayList<>();
        List<SectionDef> pages = s.pages();
        for (int i = 0; i < pages.size(); i++) {
            List<QuestionJson> questions = new ArrayList<>();
            for (QuestionDef q : SurveyAnswerRules.questions(pages.get(i))) {
                SurveyAnswerInput in = s.answers().get(q.id());
                questions.add(new QuestionJson(q.id(), q.code(), q.type().name(), q.required(),
                        s.visible().contains(q.id()), survey.text(q.texts(), language),
                        survey.text(q.helps(), language),
                        q.options().stream().map(o -> new ChoiceJson(o.code(), survey.text(o.labels(), language)))
                                .toList(),
                        q.items().stream().map(o -> new ChoiceJson(o.code(), survey.text(o.labels(), language)))
                                .toList(),
                        q.scale() == null ? null : new ScaleJson(q.scale().min(), q.scale().max(),
                                survey.text(q.scale().minLabels(), language),
                                survey.text(q.scale().maxLabels(), language)),
                        q.condition() == null ? null : new ConditionJson(q.condition().questionId(),
                                q.condition().optionCodes().stream().sorted().toList()),
                        in == null ? List.of() : in.values(), in == null ? Map.of() : in.items()));
            }
            sections.add(new SectionJson(i, survey.text(pages.get(i).titles(), language), questions));
        }
        return new SurveyJson(survey.title(language), survey.text(survey.intros(), language), language,
                survey.anonymous(), survey.closesOn(), s.responseId() == null ? "NOT_STARTED" : "IN_PROGRESS",
                s.page(), sections);
    }

    @PostMapping("/public/api/surveys/{token}/answers")
    @Operation(summary = "Save the answers of one section (section = its index) or of the whole survey (no section); "
            + "submit = true completes the response. An open link's first post answers a resumeToken to send with "
            + "later posts. Values are text: option codes, a number, a date (yyyy-mm-dd) or the text; items holds "
            + "a matrix's values by item code")
    @SecurityRequirements
    ApiResult answer(@PathVariable String token, @Valid @RequestBody AnswersRequest request) {
        Map<Long, SurveyAnswerInput> inputs = new LinkedHashMap<>();
        for (AnswerJson a : request.answers()) {
            List<String> values = a.values() == null ? List.of() : a.values().stream().map(v -> text(v)).toList();
            Map<String, String> items = new LinkedHashMap<>();
            if (a.items() != null) {
                a.items().forEach((k, v) -> items.put(k, text(v)));
            }
            inputs.put(a.questionId(), new SurveyAnswerInput(values, items));
        }
        return service.answerApi(key(token, request.resumeToken()), request.section(), inputs, Boolean.TRUE.equals(request.submit()),
                request.language(), LocaleContextHolder.getLocale().getLanguage());
    }

    private static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof String || v instanceof Number || v instanceof Boolean) {
            return v instanceof java.math.BigDecimal d ? d.toPlainString() : String.valueOf(v);
        }
        throw new no.kobling.shared.DomainException(400, "invalid-body", "error.invalid-body");
    }

    private static Key key(String token, String resumeToken) {
        return resumeToken == null || resumeToken.isBlank() ? Key.link(token) : Key.resume(resumeToken);
    }

    /** 422 with the first refused answer's code, and every refused answer under {@code errors}. */
    @ExceptionHandler(SurveyAnswerRefused.class)
    ProblemDetail refused(SurveyAnswerRefused e) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail p = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        p.setType(URI.create("https://kobling.no/problems/" + e.code()));
        p.setTitle(messages.getMessage("error.title.422", null, "Rule broken", locale));
        p.setDetail(messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        p.setProperty("code", e.code());
        p.setProperty("messageKey", e.messageKey());
        List<Map<String, Object>> errors = new ArrayList<>();
        for (SurveyAnswerError err : e.errors()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("questionId", err.questionId());
            if (err.itemCode() != null) {
                m.put("item", err.itemCode());
            }
            m.put("code", err.code());
            m.put("message", messages.getMessage(err.messageKey(), err.args(), err.messageKey(), locale));
            errors.add(m);
        }
        p.setProperty("errors", errors);
        return p;
    }
}
