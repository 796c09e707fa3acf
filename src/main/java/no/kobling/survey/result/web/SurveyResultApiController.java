package no.kobling.survey.result.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import no.kobling.survey.result.application.SurveyCompanyService;
import no.kobling.survey.result.application.SurveyExportService;
import no.kobling.survey.result.application.SurveyIndicatorMappingService;
import no.kobling.survey.result.application.SurveyIndicatorMappingService.MappingCommand;
import no.kobling.survey.result.application.SurveyResultService;
import no.kobling.survey.result.application.SurveyResultViews.CrossTabView;
import no.kobling.survey.result.application.SurveyResultViews.ExportTable;
import no.kobling.survey.result.application.SurveyResultViews.NeedSuggestionView;
import no.kobling.survey.result.application.SurveyResultViews.QuestionView;
import no.kobling.survey.result.application.SurveyResultViews.Results;
import no.kobling.survey.result.domain.SurveyAggregates.Count;
import no.kobling.survey.result.domain.SurveyAggregates.ItemResult;
import no.kobling.survey.result.domain.SurveyCrossTab;
import no.kobling.survey.result.domain.SurveyIndicatorMapping;
import no.kobling.survey.result.domain.SurveyIndicatorMapping.Aggregation;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The survey results API (docs/surveys.md "Results" and "Into the work"). */
@RestController
@Tag(name = "Survey results", description = "Results, cross-tabulations, exports and indicator mappings of surveys")
class SurveyResultApiController {

    private final SurveyResultService results;
    private final SurveyExportService exports;
    private final SurveyIndicatorMappingService mappings;
    private final SurveyCompanyService companySurveys;

    SurveyResultApiController(SurveyResultService results, SurveyExportService exports,
            SurveyIndicatorMappingService mappings, SurveyCompanyService companySurveys) {
        this.results = results;
        this.exports = exports;
        this.mappings = mappings;
        this.companySurveys = companySurveys;
    }

    record CountJson(String key, String label, long count, BigDecimal percent) {
    }

    record ItemJson(String code, String label, long answered, BigDecimal mean, List<CountJson> distribution) {
    }

    record TextJson(String text, Long companyId, String company) {
    }

    record QuestionJson(long questionId, String code, String type, String text, long answered,
            List<CountJson> counts, BigDecimal mean, BigDecimal sum, BigDecimal median, List<ItemJson> items,
            List<TextJson> texts) {
    }

    record ResultsJson(long surveyId, String title, boolean anonymous, long recipients, long completed,
            long inProgress, BigDecimal ratePercent, List<QuestionJson> questions) {
    }

    record CellJson(Long count, boolean suppressed, String display) {
    }

    record CrossRowJson(String key, String label, List<CellJson> cells, CellJson total) {
    }

    record CrossTabJson(long surveyId, long questionId, String by, boolean suppression, List<CountJson> columns,
            List<CrossRowJson> rows, List<CellJson> columnTotals, CellJson total) {
    }

    record MappingBody(@NotNull Long questionId, @Size(max = 60) String itemCode, @Size(max = 60) String optionCode,
            @NotNull @Size(max = 50) String slug, @NotNull Aggregation aggregation, @Size(max = 20) String unit,
            Map<String, @Size(max = 200) String> names) {
    }

    record MappingJson(long id, long surveyId, long projectId, long questionId, String itemCode, String optionCode,
            String code, Aggregation aggregation, String unit, Map<String, String> names) {
    }

    record DecisionBody(Long version) {
    }

    @Operation(summary = "A survey's results: response rate and per-question aggregates")
    @GetMapping("/api/v1/surveys/{id}/results")
    ResultsJson results(@PathVariable long id) {
        Results r = results.results(id, LocaleContextHolder.getLocale());
        return new ResultsJson(r.survey().id(), r.title(), r.survey().anonymous(), r.recipients(), r.completed(),
                r.inProgress(), r.ratePercent(), r.questions().stream().map(SurveyResultApiController::json).toList());
    }

    @Operation(summary = "A choice or scale question cross-tabulated by municipality, target-group or country "
            + "(anonymous surveys: cells under three suppressed)")
    @GetMapping("/api/v1/surveys/{id}/results/{questionId}/crosstab")
    CrossTabJson crossTab(@PathVariable long id, @PathVariable long questionId,
            @RequestParam(defaultValue = "municipality") String by) {
        CrossTabView v = results.crossTab(id, questionId, by, LocaleContextHolder.getLocale());
        SurveyCrossTab.Table t = v.table();
        return new CrossTabJson(id, questionId, v.by(), t.suppressed(),
                t.columns().stream().map(c -> new CountJson(c, v.columnLabels().get(c), 0, null)).toList(),
                t.rows().stream().map(r -> new CrossRowJson(r.key(), v.rowLabels().getOrDefault(r.key(), r.key()),
                        r.cells().stream().map(SurveyResultApiController::cell).toList(), cell(r.total()))).toList(),
                t.columnTotals().stream().map(SurveyResultApiController::cell).toList(), cell(t.total()));
    }

    @Operation(summary = "The completed responses as a spreadsheet (one row per response)")
    @GetMapping({"/api/v1/surveys/{id}/responses.xlsx", "/surveys/{id}/responses.xlsx"})
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        ExportTable table = exports.export(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + table.name() + ".xlsx\"")
                .contentType(MediaType.parseMediaType(SurveyResultFiles.XLSX)).body(SurveyResultFiles.xlsx(table));
    }

    @Operation(summary = "The completed responses as CSV (UTF-8 with BOM, semicolon-separated)")
    @GetMapping({"/api/v1/surveys/{id}/responses.csv", "/surveys/{id}/responses.csv"})
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        ExportTable table = exports.export(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + table.name() + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(SurveyResultFiles.csv(table));
    }

    @Operation(summary = "The survey's question-to-indicator mappings (survey-* codes)")
    @GetMapping("/api/v1/surveys/{id}/indicator-mappings")
    List<MappingJson> mappings(@PathVariable long id) {
        return mappings.list(id).stream().map(SurveyResultApiController::json).toList();
    }

    @Operation(summary = "Maps a question of a project survey to a survey-* indicator")
    @PostMapping("/api/v1/surveys/{id}/indicator-mappings")
    @ResponseStatus(HttpStatus.CREATED)
    MappingJson map(@PathVariable long id, @Valid @RequestBody MappingBody body) {
        return json(mappings.create(id, new MappingCommand(body.questionId(), body.itemCode(), body.optionCode(),
                body.slug(), body.aggregation(), body.unit(), body.names())));
    }

    @Operation(summary = "Removes a mapping")
    @DeleteMapping("/api/v1/surveys/{id}/indicator-mappings/{mappingId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unmap(@PathVariable long id, @PathVariable long mappingId) {
        mappings.delete(id, mappingId);
    }

    @Operation(summary = "A company's need suggestions from its survey answers")
    @GetMapping("/api/v1/companies/{companyId}/survey-need-suggestions")
    List<NeedSuggestionView> suggestions(@PathVariable long companyId) {
        return companySurveys.ofCompany(companyId, LocaleContextHolder.getLocale()).suggestions();
    }

    @Operation(summary = "Confirms a need suggestion: the caller's organisation assesses the need (MEDIUM, OPEN)")
    @PostMapping("/api/v1/survey-need-suggestions/{id}/confirm")
    NeedSuggestionView confirm(@PathVariable long id, @RequestBody(required = false) DecisionBody body) {
        return companySurveys.decide(null, id, true, body == null ? null : body.version(), LocaleContextHolder.getLocale());
    }

    @Operation(summary = "Dismisses a need suggestion")
    @PostMapping("/api/v1/survey-need-suggestions/{id}/dismiss")
    NeedSuggestionView dismiss(@PathVariable long id, @RequestBody(required = false) DecisionBody body) {
        return companySurveys.decide(null, id, false, body == null ? null : body.version(), LocaleContextHolder.getLocale());
    }

    static CellJson cell(SurveyCrossTab.Cell c) {
        return new CellJson(c.count(), c.hidden(), c.hidden() ? "< 3" : String.valueOf(c.count()));
    }

    static QuestionJson json(QuestionView v) {
        var r = v.result();
        return new QuestionJson(r.questionId(), r.code(), r.type().name(), v.text(), r.answered(),
                r.counts().stream().map(c -> count(c, v)).toList(), r.mean(), r.sum(), r.median(),
                r.items().stream().map(i -> item(i, v)).toList(),
                v.texts().stream().map(t -> new TextJson(t.text(), t.companyId(), t.company())).toList());
    }

    private static CountJson count(Count c, QuestionView v) {
        return new CountJson(c.key(), v.labels().getOrDefault(c.key(), c.key()), c.count(), c.percent());
    }

    private static ItemJson item(ItemResult i, QuestionView v) {
        return new ItemJson(i.code(), v.labels().getOrDefault(i.code(), i.code()), i.answered(), i.mean(),
                i.distribution().stream().map(c -> new CountJson(c.key(), c.key(), c.count(), c.percent())).toList());
    }

    static MappingJson json(SurveyIndicatorMapping m) {
        return new MappingJson(m.getId(), m.getSurveyId(), m.getProjectId(), m.getQuestionId(), m.getItemCode(),
                m.getOptionCode(), m.getCode(), m.getAggregation(), m.getUnit(), m.names());
    }
}
