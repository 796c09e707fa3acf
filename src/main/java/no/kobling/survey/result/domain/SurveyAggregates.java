package no.kobling.survey.result.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import no.kobling.survey.definition.SurveyDefinitions.ItemDef;
import no.kobling.survey.definition.SurveyDefinitions.OptionDef;
import no.kobling.survey.definition.SurveyDefinitions.QuestionDef;
import no.kobling.survey.definition.SurveyDefinitions.QuestionType;

/**
 * The aggregates of one question over completed responses (docs/surveys.md "Results"). {@code answered}: responses
 * with at least one answer to the question; percentages are of {@code answered}, one decimal; means two decimals.
 * Choices: a count per option; scale: the distribution over every value of the scale and the mean; number: sum, mean,
 * median; matrix: per item the distribution and mean; date: counts per month; text: the texts (the caller decides
 * what to show beside them).
 */
public final class SurveyAggregates {

    private SurveyAggregates() {
    }

    public record Count(String key, long count, BigDecimal percent) {
    }

    public record ItemResult(String code, long answered, BigDecimal mean, List<Count> distribution) {
    }

    /** A free-text answer with the response it came from (the caller strips who for anonymous surveys). */
    public record TextAnswer(long answerId, long responseId, Long companyId, String text) {
    }

    public record QuestionResult(long questionId, String code, QuestionType type, long answered,
            List<Count> counts, BigDecimal mean, BigDecimal sum, BigDecimal median, List<ItemResult> items,
            List<TextAnswer> texts) {
    }

    public static QuestionResult of(QuestionDef q, List<SurveyResponseData> responses) {
        List<List<SurveyResponseData.Answer>> per = responses.stream().map(r -> r.to(q.id()))
                .filter(a -> !a.isEmpty()).toList();
        long answered = per.size();
        List<Count> counts = List.of();
        BigDecimal mean = null;
        BigDecimal sum = null;
        BigDecimal median = null;
        List<ItemResult> items = List.of();
        List<TextAnswer> texts = List.of();
        switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                Map<String, Long> c = new LinkedHashMap<>();
                q.options().forEach(o -> c.put(o.code(), 0L));
                per.forEach(list -> list.stream().map(SurveyResponseData.Answer::optionCode).filter(Objects::nonNull)
                        .distinct().forEach(code -> c.merge(code, 1L, Long::sum)));
                counts = counts(c, answered);
            }
            case SCALE -> {
                List<BigDecimal> values = per.stream().flatMap(List::stream).map(SurveyResponseData.Answer::number)
                        .filter(Objects::nonNull).toList();
                counts = distribution(q, values);
                mean = mean(values);
            }
            case NUMBER -> {
                List<BigDecimal> values = per.stream().flatMap(List::stream).map(SurveyResponseData.Answer::number)
                        .filter(Objects::nonNull).toList();
                sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                mean = mean(values);
                median = median(values);
            }
            case MATRIX -> {
                List<ItemResult> list = new ArrayList<>();
                for (ItemDef item : q.items()) {
                    List<BigDecimal> values = per.stream().flatMap(List::stream)
                            .filter(a -> item.code().equals(a.itemCode())).map(SurveyResponseData.Answer::number)
                            .filter(Objects::nonNull).toList();
                    list.add(new ItemResult(item.code(), values.size(), mean(values), distribution(q, values)));
                }
                items = list;
            }
            case DATE -> {
                Map<String, Long> c = new TreeMap<>();
                per.stream().flatMap(List::stream).map(SurveyResponseData.Answer::date).filter(Objects::nonNull)
                        .forEach(d -> c.merge(YearMonth.from(d).toString(), 1L, Long::sum));
                counts = counts(c, answered);
            }
            case TEXT -> {
                List<TextAnswer> list = new ArrayList<>();
                for (SurveyResponseData r : responses) {
                    for (SurveyResponseData.Answer a : r.to(q.id())) {
                        if (a.text() != null && !a.text().isBlank()) {
                            list.add(new TextAnswer(a.id(), r.id(), r.companyId(), a.text()));
                        }
                    }
                }
                texts = list;
            }
            default -> {
            }
        }
        return new QuestionResult(q.id(), q.code(), q.type(), answered, counts, mean, sum, median, items, texts);
    }

    /** Texts in a random but stable order (anonymous surveys: the order tells nothing about who or when). */
    public static List<TextAnswer> shuffledStable(List<TextAnswer> texts) {
        return texts.stream().sorted(Comparator.comparingLong((TextAnswer t) -> mix(t.answerId()))
                .thenComparingLong(TextAnswer::answerId)).toList();
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static List<Count> distribution(QuestionDef q, List<BigDecimal> values) {
        Map<String, Long> c = new LinkedHashMap<>();
        if (q.scale() != null) {
            for (int v = q.scale().min(); v <= q.scale().max(); v++) {
                c.put(String.valueOf(v), 0L);
            }
        }
        values.forEach(v -> c.merge(v.stripTrailingZeros().toPlainString(), 1L, Long::sum));
        return counts(c, values.size());
    }

    private static List<Count> counts(Map<String, Long> c, long total) {
        return c.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue(), percent(e.getValue(), total)))
                .toList();
    }

    public static BigDecimal percent(long part, long total) {
        return total == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(total), 1,
                RoundingMode.HALF_UP);
    }

    static BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    static BigDecimal median(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        BigDecimal m = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP);
        return m.stripTrailingZeros();
    }

    /** Option labels by code in a language (with the survey's fallback). */
    public static Map<String, String> labels(List<OptionDef> options, java.util.function.Function<Map<String, String>, String> text) {
        Map<String, String> m = new LinkedHashMap<>();
        options.forEach(o -> m.put(o.code(), text.apply(o.labels())));
        return m;
    }
}
