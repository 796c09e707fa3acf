package no.kobling.survey.definition.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import no.kobling.shared.DomainException;
import no.kobling.survey.SurveyFixture;
import no.kobling.survey.definition.SurveyDefinitions.QuestionType;
import no.kobling.survey.definition.SurveyDefinitions.Status;
import no.kobling.survey.definition.domain.SurveySpec.ChoiceSpec;
import no.kobling.survey.definition.domain.SurveySpec.QuestionSpec;
import no.kobling.survey.definition.domain.SurveySpec.SectionSpec;
import org.junit.jupiter.api.Test;

/** Each builder rule (docs/surveys.md) broken on purpose, on the fixture survey; plain domain objects, no Spring. */
class SurveyRulesTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    /** The fixture survey with question {@code code} replaced. */
    static SurveySpec with(String code, UnaryOperator<QuestionSpec> change) {
        SurveySpec s = SurveyFixture.spec(null);
        List<SectionSpec> sections = new ArrayList<>();
        for (SectionSpec section : s.sections()) {
            sections.add(new SectionSpec(section.titles(), section.questions().stream()
                    .map(q -> q.code().equals(code) ? change.apply(q) : q).toList()));
        }
        return new SurveySpec(s.kind(), s.anonymous(), s.fallbackLanguage(), s.titles(), s.intros(), s.closesOn(),
                s.partnershipId(), s.projectId(), sections);
    }

    static QuestionSpec q(QuestionSpec q, String code, QuestionType type, List<ChoiceSpec> options,
            List<ChoiceSpec> items, Integer min, Integer max, String condition, Set<String> conditionOptions) {
        return new QuestionSpec(code, type, q.required(), q.texts(), q.helps(), options, items, min, max,
                q.minLabels(), q.maxLabels(), q.numberMin(), q.numberMax(), condition, conditionOptions);
    }

    static void refused(SurveySpec spec, String code) {
        assertThatThrownBy(() -> SurveyRules.check(spec)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.status()).isEqualTo(422);
        });
    }

    @Test
    void theFixtureIsValid() {
        assertThatCode(() -> SurveyRules.check(SurveyFixture.spec(null))).doesNotThrowAnyException();
    }

    @Test
    void aChoiceQuestionWithoutOptionsIsRefused() {
        refused(with("sector", x -> q(x, x.code(), x.type(), List.of(), List.of(), null, null, null, null)),
                "question-options-missing");
        refused(with("needs", x -> q(x, x.code(), x.type(), null, List.of(), null, null, null, null)),
                "question-options-missing");
    }

    @Test
    void aMatrixWithoutItemsIsRefused() {
        refused(with("matrix", x -> q(x, x.code(), x.type(), List.of(), List.of(), 1, 5, null, null)),
                "matrix-items-missing");
    }

    @Test
    void aConditionOnTheSameOrALaterOrANonChoiceQuestionIsRefused() {
        // the same question
        refused(with("sector", x -> q(x, x.code(), x.type(), x.options(), List.of(), null, null, "sector",
                Set.of("retail"))), "condition-not-earlier");
        // a later question (needs comes after industry-detail)
        refused(with("industry-detail", x -> q(x, x.code(), x.type(), List.of(), List.of(), null, null, "needs",
                Set.of("EXPORT"))), "condition-not-earlier");
        // an earlier question that is not a choice (satisfaction is a scale)
        refused(with("nps", x -> q(x, x.code(), x.type(), List.of(), List.of(), 0, 10, "satisfaction",
                Set.of("5"))), "condition-not-earlier");
        // an unknown question
        refused(with("comment", x -> q(x, x.code(), x.type(), List.of(), List.of(), null, null, "nothing",
                Set.of("a"))), "condition-not-earlier");
        // a condition on an earlier multiple choice is fine
        assertThatCode(() -> SurveyRules.check(with("comment", x -> q(x, x.code(), x.type(), List.of(), List.of(),
                null, null, "needs", Set.of("EXPORT", "FINANCING"))))).doesNotThrowAnyException();
    }

    @Test
    void unknownOptionCodesInAConditionAreRefused() {
        refused(with("industry-detail", x -> q(x, x.code(), x.type(), List.of(), List.of(), null, null, "sector",
                Set.of("industry", "farming"))), "condition-option-unknown");
        refused(with("industry-detail", x -> q(x, x.code(), x.type(), List.of(), List.of(), null, null, "sector",
                Set.of())), "condition-option-unknown");
    }

    @Test
    void onlyScalesOneToFiveAndZeroToTenAreAllowed() {
        refused(with("satisfaction", x -> q(x, x.code(), x.type(), List.of(), List.of(), 1, 7, null, null)),
                "scale-invalid");
        refused(with("satisfaction", x -> q(x, x.code(), x.type(), List.of(), List.of(), 0, 5, null, null)),
                "scale-invalid");
        refused(with("satisfaction", x -> q(x, x.code(), x.type(), List.of(), List.of(), null, null, null, null)),
                "scale-invalid");
        refused(with("matrix", x -> q(x, x.code(), x.type(), List.of(), x.items(), 1, 10, null, null)),
                "scale-invalid");
        assertThatCode(() -> SurveyRules.check(with("satisfaction", x -> q(x, x.code(), x.type(), List.of(),
                List.of(), 0, 10, null, null)))).doesNotThrowAnyException();
    }

    @Test
    void aTextMissingInTheFallbackLanguageIsRefused() {
        // a question text without nb (the fallback)
        refused(with("comment", x -> new QuestionSpec(x.code(), x.type(), false, Map.of("en", "Comments"),
                Map.of(), List.of(), List.of(), null, null, Map.of(), Map.of(), null, null, null, null)),
                "survey-text-missing");
        // an option label without nb
        refused(with("sector", x -> q(x, x.code(), x.type(), List.of(new ChoiceSpec("a", Map.of("fi", "A"))),
                List.of(), null, null, null, null)), "survey-text-missing");
        // a help text given only in Swedish
        refused(with("comment", x -> new QuestionSpec(x.code(), x.type(), false, x.texts(), Map.of("sv", "Hjälp"),
                List.of(), List.of(), null, null, Map.of(), Map.of(), null, null, null, null)),
                "survey-text-missing");
        // the survey's title without the fallback language
        SurveySpec s = SurveyFixture.spec(null);
        refused(new SurveySpec(s.kind(), false, "nn", s.titles(), Map.of(), null, null, null, List.of()),
                "survey-text-missing");
        // a language that is not one of the five
        refused(new SurveySpec(s.kind(), false, "de", Map.of("de", "Umfrage"), Map.of(), null, null, null,
                List.of()), "survey-language-unknown");
        refused(new SurveySpec(s.kind(), false, "nb", Map.of("nb", "Tittel", "da", "Titel"), Map.of(), null, null,
                null, List.of()), "survey-language-unknown");
    }

    @Test
    void duplicateQuestionOptionAndItemCodesAreRefused() {
        refused(with("comment", x -> q(x, "sector", x.type(), List.of(), List.of(), null, null, null, null)),
                "question-code-duplicate");
        refused(with("sector", x -> q(x, x.code(), x.type(), List.of(x.options().get(0), x.options().get(0)),
                List.of(), null, null, null, null)), "option-code-duplicate");
        refused(with("matrix", x -> q(x, x.code(), x.type(), List.of(), List.of(x.items().get(1), x.items().get(1)),
                1, 5, null, null)), "item-code-duplicate");
        refused(with("comment", x -> q(x, "two words", x.type(), List.of(), List.of(), null, null, null, null)),
                "survey-code-invalid");
        refused(with("comment", x -> q(x, "a.b", x.type(), List.of(), List.of(), null, null, null, null)),
                "survey-code-invalid");
    }

    @Test
    void aNumberRangeTheWrongWayRoundAndOverlongTextsAreRefused() {
        refused(with("employees", x -> new QuestionSpec(x.code(), x.type(), false, x.texts(), x.helps(), List.of(),
                List.of(), null, null, Map.of(), Map.of(), BigDecimal.TEN, BigDecimal.ONE, null, null)),
                "number-range-invalid");
        refused(with("comment", x -> new QuestionSpec(x.code(), x.type(), false, Map.of("nb", "x".repeat(1001)),
                Map.of(), List.of(), List.of(), null, null, Map.of(), Map.of(), null, null, null, null)),
                "survey-text-too-long");
    }

    @Test
    void whatATypeDoesNotUseIsDropped() {
        SurveySpec spec = with("comment", x -> q(x, x.code(), x.type(), List.of(new ChoiceSpec("a", Map.of())),
                List.of(), 1, 7, null, null));
        Survey survey = new Survey(1, spec, null, null, NOW, "u");
        QuestionSpec comment = survey.toSpec().sections().get(1).questions().get(3);
        assertThat(comment.options()).isEmpty();
        assertThat(comment.scaleMin()).isNull();
    }

    @Test
    void onceSentTheStructureIsFrozenButTextsMayBeCorrected() {
        Survey survey = new Survey(1, SurveyFixture.spec(null), null, null, NOW, "u");
        survey.open(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 1), NOW);
        assertThat(survey.getStatus()).isEqualTo(Status.OPEN);
        SurveySpec s = survey.toSpec();
        assertThatThrownBy(() -> survey.addSection(new SectionSpec(Map.of(), List.of()), null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("survey-structure-frozen"));
        // kind and anonymity freeze; the title and the closing date may change
        assertThatThrownBy(() -> survey.describe(new SurveySpec(s.kind(), true, "nb", s.titles(), s.intros(),
                s.closesOn(), null, null, null))).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("survey-structure-frozen"));
        survey.describe(new SurveySpec(s.kind(), false, "nb", Map.of("nb", "Rettet tittel"), s.intros(),
                LocalDate.of(2026, 5, 1), null, null, null));
        assertThat(survey.titles()).containsEntry("nb", "Rettet tittel");
        assertThat(survey.getClosesOn()).isEqualTo(LocalDate.of(2026, 5, 1));
        survey.close(NOW);
        assertThatThrownBy(survey::requireDeletable).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("survey-not-draft"));
        // closed: still frozen; reopening needs a closing date today or later
        assertThatThrownBy(() -> survey.open(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1), NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("survey-closing-date-past"));
        survey.open(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1), NOW);
        assertThat(survey.getStatus()).isEqualTo(Status.OPEN);
    }

    @Test
    void openingNeedsAClosingDateAndAQuestion() {
        Survey survey = new Survey(1, SurveyFixture.spec(null), null, null, NOW, "u");
        assertThatThrownBy(() -> survey.open(null, LocalDate.of(2026, 3, 1), NOW))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("survey-closing-date-missing"));
        SurveySpec s = SurveyFixture.spec(null);
        Survey empty = new Survey(1, new SurveySpec(s.kind(), false, "nb", s.titles(), Map.of(), null, null, null,
                List.of()), null, null, NOW, "u");
        assertThatThrownBy(() -> empty.open(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 1), NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("survey-empty"));
    }
}
