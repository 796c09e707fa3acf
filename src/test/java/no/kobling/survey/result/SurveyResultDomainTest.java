package no.kobling.survey.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import no.kobling.survey.definition.SurveyDefinitions.ItemDef;
import no.kobling.survey.definition.SurveyDefinitions.OptionDef;
import no.kobling.survey.definition.SurveyDefinitions.QuestionDef;
import no.kobling.survey.definition.SurveyDefinitions.QuestionType;
import no.kobling.survey.definition.SurveyDefinitions.Scale;
import no.kobling.survey.result.domain.SurveyAggregates;
import no.kobling.survey.result.domain.SurveyAggregates.QuestionResult;
import no.kobling.survey.result.domain.SurveyCrossTab;
import no.kobling.survey.result.domain.SurveyResponseData;
import no.kobling.survey.result.domain.SurveyResponseData.Answer;
import org.junit.jupiter.api.Test;

/** The pure calculators of the results: aggregates per question type and the cross-tab suppression rule. */
class SurveyResultDomainTest {

    static long answerIds = 1;

    static QuestionDef q(long id, QuestionType type, List<String> options, List<String> items, Scale scale) {
        return new QuestionDef(id, "q" + id, (int) id, type, false, Map.of("en", "Q" + id), Map.of(),
                options.stream().map(o -> new OptionDef(0, o, Map.of("en", o.toUpperCase()))).toList(),
                items.stream().map(i -> new ItemDef(0, i, Map.of("en", i))).toList(), scale, null);
    }

    static Answer option(long q, String code) {
        return new Answer(answerIds++, q, null, code, null, null, null);
    }

    static Answer number(long q, String item, String n) {
        return new Answer(answerIds++, q, item, null, new BigDecimal(n), null, null);
    }

    static SurveyResponseData response(long id, Long municipality, String country, Set<String> groups,
            Answer... answers) {
        return new SurveyResponseData(id, id + 100, null, municipality, country, groups, "nb",
                Instant.parse("2026-03-01T10:00:00Z"), List.of(answers));
    }

    @Test
    void aggregatesOfEveryType() {
        Scale five = new Scale(1, 5, Map.of(), Map.of());
        QuestionDef single = q(1, QuestionType.SINGLE_CHOICE, List.of("yes", "no"), List.of(), null);
        QuestionDef multi = q(2, QuestionType.MULTIPLE_CHOICE, List.of("a", "b", "c"), List.of(), null);
        QuestionDef scale = q(3, QuestionType.SCALE, List.of(), List.of(), five);
        QuestionDef num = q(4, QuestionType.NUMBER, List.of(), List.of(), null);
        QuestionDef matrix = q(5, QuestionType.MATRIX, List.of(), List.of("x", "y"), five);
        QuestionDef date = q(6, QuestionType.DATE, List.of(), List.of(), null);
        List<SurveyResponseData> rs = List.of(
                response(1, 1L, "NO", Set.of(), option(1, "yes"), option(2, "a"), option(2, "b"), number(3, null, "5"),
                        number(4, null, "10"), number(5, "x", "4"), number(5, "y", "2"),
                        new Answer(answerIds++, 6, null, null, null, LocalDate.of(2026, 1, 31), null)),
                response(2, 1L, "NO", Set.of(), option(1, "no"), option(2, "a"), number(3, null, "4"),
                        number(4, null, "3"), number(5, "x", "5"),
                        new Answer(answerIds++, 6, null, null, null, LocalDate.of(2026, 1, 2), null)),
                response(3, 2L, "SE", Set.of(), option(1, "yes"), number(3, null, "4"), number(4, null, "4"),
                        new Answer(answerIds++, 6, null, null, null, LocalDate.of(2026, 2, 2), null)),
                response(4, 2L, "SE", Set.of(), number(4, null, "1")));

        QuestionResult s = SurveyAggregates.of(single, rs);
        assertThat(s.answered()).isEqualTo(3);
        assertThat(s.counts()).extracting(c -> c.key() + "=" + c.count() + "/" + c.percent())
                .containsExactly("yes=2/66.7", "no=1/33.3");
        QuestionResult m = SurveyAggregates.of(multi, rs);
        assertThat(m.answered()).isEqualTo(2);
        assertThat(m.counts()).extracting(c -> c.key() + "=" + c.count() + "/" + c.percent())
                .containsExactly("a=2/100.0", "b=1/50.0", "c=0/0.0");
        QuestionResult sc = SurveyAggregates.of(scale, rs);
        assertThat(sc.counts()).extracting(c -> c.key() + "=" + c.count())
                .containsExactly("1=0", "2=0", "3=0", "4=2", "5=1");
        assertThat(sc.mean()).isEqualByComparingTo("4.33");
        QuestionResult n = SurveyAggregates.of(num, rs);
        assertThat(n.sum()).isEqualByComparingTo("18");
        assertThat(n.mean()).isEqualByComparingTo("4.5");
        assertThat(n.median()).isEqualByComparingTo("3.5"); // 1, 3, 4, 10
        QuestionResult mx = SurveyAggregates.of(matrix, rs);
        assertThat(mx.items()).extracting(i -> i.code() + ":" + i.answered() + ":" + i.mean())
                .containsExactly("x:2:4.50", "y:1:2.00");
        assertThat(mx.items().get(0).distribution()).extracting(c -> c.count()).containsExactly(0L, 0L, 0L, 1L, 1L);
        QuestionResult d = SurveyAggregates.of(date, rs);
        assertThat(d.counts()).extracting(c -> c.key() + "=" + c.count()).containsExactly("2026-01=2", "2026-02=1");
    }

    @Test
    void crossTabCountsEveryResponseInItsCellsAndTotals() {
        QuestionDef single = q(1, QuestionType.SINGLE_CHOICE, List.of("yes", "no"), List.of(), null);
        List<SurveyResponseData> rs = List.of(response(1, 1L, "NO", Set.of("WOMEN", "YOUTH"), option(1, "yes")),
                response(2, 1L, "NO", Set.of("WOMEN"), option(1, "no")),
                response(3, 2L, "NO", Set.of(), option(1, "yes")), response(4, null, null, Set.of()));
        SurveyCrossTab.Table t = SurveyCrossTab.build(rs, List.of("yes", "no"), List.of("WOMEN", "YOUTH"),
                SurveyResponseData::targetGroups, r -> r.to(1).stream().map(Answer::optionCode)
                        .collect(java.util.stream.Collectors.toSet()), false);
        assertThat(t.rows()).extracting(r -> r.key() + ":" + r.cells().get(0).count() + "," + r.cells().get(1).count()
                + "=" + r.total().count()).containsExactly("WOMEN:1,1=2", "YOUTH:1,0=1", ":1,0=1");
        assertThat(t.columnTotals()).extracting(SurveyCrossTab.Cell::count).containsExactly(2L, 1L);
        assertThat(t.total().count()).isEqualTo(3L);
    }

    @Test
    void suppressionHidesSmallCellsAndEveryCellATotalWouldReveal() {
        // rows: 5 3 | 8 ; 1 4 | 5 ; 6 7 | 13  → the 1 is hidden, so its row and column need a second hidden entry
        long[][] n = {{5, 3, 8}, {1, 4, 5}, {6, 7, 13}};
        boolean[][] h = SurveyCrossTab.suppression(n);
        assertThat(h[1][0]).isTrue();
        assertLinesSafe(n, h);
        Random random = new Random(42);
        for (int run = 0; run < 500; run++) {
            int rows = 1 + random.nextInt(4);
            int cols = 1 + random.nextInt(4);
            long[][] m = new long[rows + 1][cols + 1];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    m[i][j] = random.nextInt(7);
                    m[i][cols] += m[i][j];
                    m[rows][j] += m[i][j];
                    m[rows][cols] += m[i][j];
                }
            }
            assertLinesSafe(m, SurveyCrossTab.suppression(m));
        }
    }

    /** Every entry under three is hidden, and no line (row or column with its total) has exactly one hidden entry. */
    static void assertLinesSafe(long[][] n, boolean[][] h) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < n.length; i++) {
            for (int j = 0; j < n[0].length; j++) {
                if (n[i][j] < 3 && !h[i][j]) {
                    problems.add("shown " + i + "," + j);
                }
            }
        }
        for (int i = 0; i < n.length; i++) {
            int hidden = 0;
            for (int j = 0; j < n[0].length; j++) {
                hidden += h[i][j] ? 1 : 0;
            }
            if (hidden == 1 && n[0].length > 1) {
                problems.add("row " + i);
            }
        }
        for (int j = 0; j < n[0].length; j++) {
            int hidden = 0;
            for (int i = 0; i < n.length; i++) {
                hidden += h[i][j] ? 1 : 0;
            }
            if (hidden == 1 && n.length > 1) {
                problems.add("column " + j);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void anonymousTextsComeInAStableOrderThatIsNotTheOrderOfAnswering() {
        List<SurveyAggregates.TextAnswer> texts = new ArrayList<>();
        for (long i = 1; i <= 20; i++) {
            texts.add(new SurveyAggregates.TextAnswer(i, i, null, "t" + i));
        }
        List<SurveyAggregates.TextAnswer> once = SurveyAggregates.shuffledStable(texts);
        List<SurveyAggregates.TextAnswer> reversed = new ArrayList<>(texts);
        java.util.Collections.reverse(reversed);
        assertThat(SurveyAggregates.shuffledStable(reversed)).isEqualTo(once);
        assertThat(once).isNotEqualTo(texts).containsExactlyInAnyOrderElementsOf(texts);
    }
}
