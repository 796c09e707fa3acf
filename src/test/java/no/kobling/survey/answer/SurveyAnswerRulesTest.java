package no.kobling.survey.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.survey.answer.application.SurveyAnswerError;
import no.kobling.survey.answer.application.SurveyAnswerInput;
import no.kobling.survey.answer.application.SurveyAnswerRules;
import no.kobling.survey.answer.application.SurveyAnswerRules.Checked;
import no.kobling.survey.definition.SurveyDefinitions.Condition;
import no.kobling.survey.definition.SurveyDefinitions.ItemDef;
import no.kobling.survey.definition.SurveyDefinitions.Kind;
import no.kobling.survey.definition.SurveyDefinitions.OptionDef;
import no.kobling.survey.definition.SurveyDefinitions.QuestionDef;
import no.kobling.survey.definition.SurveyDefinitions.QuestionType;
import no.kobling.survey.definition.SurveyDefinitions.Scale;
import no.kobling.survey.definition.SurveyDefinitions.SectionDef;
import no.kobling.survey.definition.SurveyDefinitions.Status;
import no.kobling.survey.definition.SurveyDefinitions.SurveyDef;
import org.junit.jupiter.api.Test;

/** The answering rules without a database: each bad input gets its code; conditions hide and show. */
class SurveyAnswerRulesTest {

    static QuestionDef q(long id, QuestionType type, boolean required, Condition condition, String... options) {
        List<OptionDef> opts = java.util.Arrays.stream(options).map(o -> new OptionDef(id * 100 + o.length(), o,
                Map.of("nb", o))).toList();
        List<ItemDef> items = type == QuestionType.MATRIX ? List.of(new ItemDef(1, "quality", Map.of("nb", "K")),
                new ItemDef(2, "speed", Map.of("nb", "F"))) : List.of();
        Scale scale = type == QuestionType.SCALE || type == QuestionType.MATRIX
                ? new Scale(type == QuestionType.SCALE ? 0 : 1, type == QuestionType.SCALE ? 10 : 5, Map.of(), Map.of())
                : null;
        return new QuestionDef(id, "c" + id, (int) id, type, required, Map.of("nb", "Q" + id), Map.of(), opts, items,
                scale, condition);
    }

    static final QuestionDef SECTOR = q(1, QuestionType.SINGLE_CHOICE, true, null, "retail", "industry");
    static final QuestionDef DETAIL = q(2, QuestionType.TEXT, true, new Condition(1, Set.of("industry")));
    static final QuestionDef DEEPER = q(3, QuestionType.SINGLE_CHOICE, false, new Condition(2, Set.of("x")), "x");
    static final QuestionDef NEEDS = q(4, QuestionType.MULTIPLE_CHOICE, false, null, "EXPORT", "FINANCING");
    static final QuestionDef NPS = q(5, QuestionType.SCALE, true, null);
    static final QuestionDef EMPLOYEES = q(6, QuestionType.NUMBER, false, null);
    static final QuestionDef STARTED = q(7, QuestionType.DATE, false, null);
    static final QuestionDef MATRIX = q(8, QuestionType.MATRIX, true, null);

    static final SurveyDef SURVEY = new SurveyDef(1, 1, null, null, Kind.CUSTOM, false, Status.OPEN, null, "nb",
            Map.of("nb", "S"), Map.of(), List.of(
                    new SectionDef(11, 1, Map.of(), List.of(SECTOR, DETAIL, DEEPER, NEEDS)),
                    new SectionDef(12, 2, Map.of(), List.of(NPS, EMPLOYEES, STARTED, MATRIX))));

    static List<String> codes(Checked c) {
        return c.errors().stream().map(SurveyAnswerError::code).toList();
    }

    @Test
    void scaleValuesOutsideTheScaleAreRefused() {
        assertThat(codes(SurveyAnswerRules.check(NPS, SurveyAnswerInput.of("11"), true)))
                .containsExactly("answer-out-of-scale");
        assertThat(codes(SurveyAnswerRules.check(NPS, SurveyAnswerInput.of("-1"), true)))
                .containsExactly("answer-out-of-scale");
        assertThat(codes(SurveyAnswerRules.check(NPS, SurveyAnswerInput.of("4.5"), true)))
                .containsExactly("answer-out-of-scale");
        assertThat(codes(SurveyAnswerRules.check(NPS, SurveyAnswerInput.of("ten"), true)))
                .containsExactly("answer-out-of-scale");
        Checked ok = SurveyAnswerRules.check(NPS, SurveyAnswerInput.of("0"), true);
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.rows().get(0).numberValue()).isEqualByComparingTo("0");
        Checked matrix = SurveyAnswerRules.check(MATRIX, new SurveyAnswerInput(List.of(),
                Map.of("quality", "6", "speed", "3")), true);
        assertThat(codes(matrix)).containsExactly("answer-out-of-scale");
        assertThat(matrix.errors().get(0).itemCode()).isEqualTo("quality");
        assertThat(matrix.rows()).hasSize(1);
    }

    @Test
    void unknownOptionsAndItemsAreRefused() {
        assertThat(codes(SurveyAnswerRules.check(SECTOR, SurveyAnswerInput.of("farming"), true)))
                .containsExactly("option-unknown");
        assertThat(codes(SurveyAnswerRules.check(SECTOR, SurveyAnswerInput.of("retail", "industry"), true)))
                .containsExactly("option-unknown");
        Checked needs = SurveyAnswerRules.check(NEEDS, SurveyAnswerInput.of("EXPORT", "TOURISM"), true);
        assertThat(codes(needs)).containsExactly("option-unknown");
        assertThat(needs.rows()).isEmpty();
        assertThat(codes(SurveyAnswerRules.check(MATRIX, new SurveyAnswerInput(List.of(),
                Map.of("quality", "3", "speed", "3", "colour", "2")), true))).containsExactly("item-unknown");
        Checked two = SurveyAnswerRules.check(NEEDS, SurveyAnswerInput.of("FINANCING", "EXPORT", "EXPORT"), true);
        assertThat(two.rows()).extracting(SurveyAnswerRules.Row::optionCode).containsExactly("EXPORT", "FINANCING");
    }

    @Test
    void requiredAnswersAreRequiredOnlyWhenAsked() {
        assertThat(codes(SurveyAnswerRules.check(SECTOR, null, true))).containsExactly("answer-required");
        assertThat(codes(SurveyAnswerRules.check(SECTOR, SurveyAnswerInput.of("  "), true)))
                .containsExactly("answer-required");
        assertThat(codes(SurveyAnswerRules.check(SECTOR, null, false))).isEmpty();
        assertThat(codes(SurveyAnswerRules.check(NEEDS, null, true))).isEmpty();
        assertThat(codes(SurveyAnswerRules.check(MATRIX, new SurveyAnswerInput(List.of(), Map.of("quality", "3")),
                true))).containsExactly("answer-required");
    }

    @Test
    void numbersDatesAndTextsAreChecked() {
        assertThat(SurveyAnswerRules.check(EMPLOYEES, SurveyAnswerInput.of("1 234,5"), true).rows().get(0)
                .numberValue()).isEqualByComparingTo(new BigDecimal("1234.5"));
        assertThat(codes(SurveyAnswerRules.check(EMPLOYEES, SurveyAnswerInput.of("12a"), true)))
                .containsExactly("answer-not-a-number");
        assertThat(codes(SurveyAnswerRules.check(EMPLOYEES, SurveyAnswerInput.of("1e20"), true)))
                .containsExactly("answer-not-a-number");
        assertThat(codes(SurveyAnswerRules.check(EMPLOYEES, SurveyAnswerInput.of("0.00001"), true)))
                .containsExactly("answer-not-a-number");
        assertThat(SurveyAnswerRules.check(STARTED, SurveyAnswerInput.of("2020-02-29"), true).rows().get(0)
                .dateValue()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(codes(SurveyAnswerRules.check(STARTED, SurveyAnswerInput.of("2021-02-29"), true)))
                .containsExactly("answer-not-a-date");
        assertThat(codes(SurveyAnswerRules.check(DETAIL, SurveyAnswerInput.of("x".repeat(4001)), true)))
                .containsExactly("answer-too-long");
        assertThat(codes(SurveyAnswerRules.check(DETAIL, SurveyAnswerInput.of("x".repeat(4000)), true))).isEmpty();
    }

    @Test
    void conditionsShowQuestionsOnlyForTheirAnswersAndChainThrough() {
        assertThat(SurveyAnswerRules.visible(SURVEY, Map.of())).doesNotContain(2L, 3L).contains(1L, 4L, 5L);
        assertThat(SurveyAnswerRules.visible(SURVEY, Map.of(1L, SurveyAnswerInput.of("retail"))))
                .doesNotContain(2L, 3L);
        assertThat(SurveyAnswerRules.visible(SURVEY, Map.of(1L, SurveyAnswerInput.of("industry"))))
                .contains(2L).doesNotContain(3L);
        // a hidden question hides what depends on it, even with a stored answer that would show it
        assertThat(SurveyAnswerRules.visible(SURVEY, Map.of(1L, SurveyAnswerInput.of("retail"),
                2L, SurveyAnswerInput.of("x")))).doesNotContain(2L, 3L);
    }

    @Test
    void storedRowsComeBackAsInputs() {
        var rows = new java.util.ArrayList<SurveyAnswerRules.Row>();
        rows.addAll(SurveyAnswerRules.check(NEEDS, SurveyAnswerInput.of("EXPORT", "FINANCING"), true).rows());
        rows.addAll(SurveyAnswerRules.check(MATRIX, new SurveyAnswerInput(List.of(), Map.of("quality", "2",
                "speed", "5")), true).rows());
        rows.addAll(SurveyAnswerRules.check(EMPLOYEES, SurveyAnswerInput.of("12.50"), true).rows());
        Map<Long, SurveyAnswerInput> back = SurveyAnswerRules.inputsOf(rows);
        assertThat(back.get(4L).values()).containsExactly("EXPORT", "FINANCING");
        assertThat(back.get(8L).items()).containsEntry("quality", "2").containsEntry("speed", "5");
        assertThat(back.get(6L).values()).containsExactly("12.5");
    }
}
