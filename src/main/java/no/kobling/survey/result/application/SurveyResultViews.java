package no.kobling.survey.result.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.kobling.survey.definition.SurveyDefinitions.QuestionDef;
import no.kobling.survey.definition.SurveyDefinitions.SurveyDef;
import no.kobling.survey.result.domain.SurveyAggregates.QuestionResult;
import no.kobling.survey.result.domain.SurveyCrossTab.Table;

/** What the results pages and API show. */
public final class SurveyResultViews {

    private SurveyResultViews() {
    }

    /**
     * A survey's results: {@code recipients} 0 for an open link (then {@code ratePercent} is null: count only).
     */
    public record Results(SurveyDef survey, String title, long recipients, long completed, long inProgress,
            BigDecimal ratePercent, List<QuestionView> questions) {
    }

    /**
     * One question's results with its texts in the reader's language: {@code labels} of options (choices), items
     * (matrix) and scale values; {@code texts} the free-text answers ({@code company} only for identified surveys
     * and companies the reader may see).
     */
    public record QuestionView(QuestionDef question, String text, QuestionResult result, Map<String, String> labels,
            List<TextView> texts, boolean crossTabulable) {

        /** The chart's bar labels: the options, values or months of the counts (a matrix: its items). */
        public List<String> chartLabels() {
            List<String> keys = result.items().isEmpty() ? result.counts().stream().map(c -> c.key()).toList()
                    : result.items().stream().map(i -> i.code()).toList();
            return keys.stream().map(k -> labels.getOrDefault(k, k).replace('|', '/')).toList();
        }

        /** The chart's values: the counts (a matrix: the items' means, 0 without answers). */
        public List<String> chartValues() {
            return result.items().isEmpty() ? result.counts().stream().map(c -> String.valueOf(c.count())).toList()
                    : result.items().stream().map(i -> i.mean() == null ? "0" : i.mean().toPlainString()).toList();
        }
    }

    public record TextView(String text, Long companyId, String company) {
    }

    /** A cross-tabulation with row and column labels in the reader's language. */
    public record CrossTabView(SurveyDef survey, QuestionView question, String by, Table table,
            Map<String, String> rowLabels, Map<String, String> columnLabels) {
    }

    /** The export: one row per completed response, one column per question, item or option. */
    public record ExportTable(String name, List<String> headers, List<List<Object>> rows) {
    }

    /** The surveys a company answered (identified surveys the reader may see) with the answers. */
    public record CompanySurveys(long companyId, String companyName, List<AnsweredSurvey> surveys,
            List<NeedSuggestionView> suggestions) {
    }

    public record AnsweredSurvey(long surveyId, long responseId, String title, Instant completedAt,
            java.time.LocalDate completedOn, List<AnswerLine> answers) {
    }

    public record AnswerLine(String question, String answer) {
    }

    public record NeedSuggestionView(long id, long surveyId, String surveyTitle, long companyId, String needCode,
            String needLabel, String status, String decidedBy, Instant decidedAt, long version) {
    }
}
