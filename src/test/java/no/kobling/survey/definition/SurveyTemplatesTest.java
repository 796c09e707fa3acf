package no.kobling.survey.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.kobling.survey.definition.SurveyDefinitions.QuestionType;
import no.kobling.survey.definition.application.SurveyTemplates;
import no.kobling.survey.definition.domain.SurveyRules;
import no.kobling.survey.definition.domain.SurveySpec;
import no.kobling.survey.definition.domain.SurveySpec.ChoiceSpec;
import no.kobling.survey.definition.domain.SurveySpec.QuestionSpec;
import no.kobling.survey.definition.domain.SurveySpec.SectionSpec;
import org.junit.jupiter.api.Test;

/** The shipped templates: valid, every text in all five languages, and the codes other parts rely on. */
class SurveyTemplatesTest {

    final SurveyTemplates templates = new SurveyTemplates();

    @Test
    void fourTemplatesAreShippedAndValid() {
        assertThat(templates.all()).extracting(SurveyTemplates.Template::code)
                .containsExactly("needs", "effect", "event-feedback", "nps");
        for (SurveyTemplates.Template t : templates.all()) {
            assertThatCode(() -> SurveyRules.check(t.spec())).as(t.code()).doesNotThrowAnyException();
        }
    }

    @Test
    void everyTextExistsInAllFiveLanguages() {
        for (SurveyTemplates.Template t : templates.all()) {
            SurveySpec s = t.spec();
            List<Map<String, String>> required = new ArrayList<>(List.of(s.titles(), s.intros()));
            List<Map<String, String>> optional = new ArrayList<>();
            for (SectionSpec section : s.sections()) {
                optional.add(section.titles());
                for (QuestionSpec q : section.questions()) {
                    required.add(q.texts());
                    optional.addAll(List.of(q.helps(), q.minLabels(), q.maxLabels()));
                    q.options().forEach(o -> required.add(o.labels()));
                    q.items().forEach(i -> required.add(i.labels()));
                    if (q.type() == QuestionType.SCALE || q.type() == QuestionType.MATRIX) {
                        required.add(q.minLabels());
                        required.add(q.maxLabels());
                    }
                }
            }
            for (Map<String, String> texts : required) {
                assertThat(texts.keySet()).as(t.code() + " " + texts)
                        .containsExactlyInAnyOrderElementsOf(SurveyDefinitions.LANGUAGES);
                assertThat(texts.values()).as(t.code()).allSatisfy(v -> assertThat(v).isNotBlank());
            }
            for (Map<String, String> texts : optional) {
                if (!texts.isEmpty()) {
                    assertThat(texts.keySet()).as(t.code() + " " + texts)
                            .containsExactlyInAnyOrderElementsOf(SurveyDefinitions.LANGUAGES);
                }
            }
        }
    }

    @Test
    void theNeedsSurveysOptionCodesAreTheAdvisoryNeedCodes() {
        QuestionSpec needs = question("needs", "needs");
        assertThat(needs.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
        // the advisory module's taxonomy (V202612031401__advisory_reference_data.sql), written out here
        assertThat(needs.options()).extracting(ChoiceSpec::code).containsExactly("EXPORT", "INDUSTRY_COOPERATION",
                "RECRUITMENT", "BUSINESS_PLANNING", "BUDGETING", "MARKET_ANALYSIS", "SUPPLIERS", "FINANCING",
                "INNOVATION", "DIGITALISATION", "INTERNATIONALISATION", "COMPETENCE", "GENDER_EQUALITY");
        assertThat(needs.options().get(0).labels()).containsEntry("fi", "Myynti oman kunnan ulkopuolelle");
    }

    @Test
    void theEffectSurveyHasTheStableQuestionCodes() {
        assertThat(question("effect", "new-customers").type()).isEqualTo(QuestionType.NUMBER);
        assertThat(question("effect", "new-jobs").type()).isEqualTo(QuestionType.NUMBER);
        assertThat(question("effect", "revenue-change").type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(question("effect", "new-partners").type()).isEqualTo(QuestionType.NUMBER);
        QuestionSpec satisfaction = question("effect", "satisfaction");
        assertThat(satisfaction.type()).isEqualTo(QuestionType.SCALE);
        assertThat(List.of(satisfaction.scaleMin(), satisfaction.scaleMax())).containsExactly(1, 5);
        QuestionSpec recommend = question("nps", "recommend");
        assertThat(List.of(recommend.scaleMin(), recommend.scaleMax())).containsExactly(0, 10);
        assertThat(question("nps", "reason").type()).isEqualTo(QuestionType.TEXT);
        assertThat(question("event-feedback", "aspects").type()).isEqualTo(QuestionType.MATRIX);
    }

    private QuestionSpec question(String template, String code) {
        return templates.find(template).orElseThrow().spec().sections().stream()
                .flatMap(s -> s.questions().stream()).filter(q -> q.code().equals(code)).findFirst().orElseThrow();
    }
}
