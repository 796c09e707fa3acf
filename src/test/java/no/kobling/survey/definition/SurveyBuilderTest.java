package no.kobling.survey.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import no.kobling.identity.TestUsers;
import no.kobling.survey.SurveyFixture;
import no.kobling.survey.definition.SurveyDefinitions.QuestionDef;
import no.kobling.survey.definition.SurveyDefinitions.QuestionType;
import no.kobling.survey.definition.SurveyDefinitions.SurveyDef;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The builder through its service: the fixture survey as the read model shows it, and its preview. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyBuilderTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    MockMvc mvc;
    @Autowired
    SurveyDefinitions definitions;

    TestUsers users;
    SurveyFixture.Staff staff;
    SurveyFixture.Staff other;

    @BeforeAll
    void setUp() {
        users = new TestUsers(ctx.getBean(no.kobling.identity.UserAdministration.class),
                ctx.getBean(org.springframework.security.core.userdetails.UserDetailsService.class),
                ctx.getBean(no.kobling.identity.application.ApiTokenService.class));
        staff = SurveyFixture.staff(ctx, "SB");
        other = SurveyFixture.staff(ctx, "SO");
    }

    @Test
    void fixtureSurveyReadsBackWithEveryTypeAndTheCondition() {
        long id = SurveyFixture.create(ctx, users, staff.username());
        SurveyDef def = definitions.find(id).orElseThrow();
        assertThat(def.ownerOrganisationId()).isEqualTo(staff.organisationId());
        assertThat(def.status()).isEqualTo(SurveyDefinitions.Status.DRAFT);
        assertThat(def.sections()).hasSize(2);
        assertThat(def.questions()).extracting(QuestionDef::type).containsExactlyInAnyOrder(
                QuestionType.SINGLE_CHOICE, QuestionType.TEXT, QuestionType.MULTIPLE_CHOICE, QuestionType.SCALE,
                QuestionType.SCALE, QuestionType.NUMBER, QuestionType.DATE, QuestionType.TEXT, QuestionType.MATRIX);
        assertThat(def.questions()).extracting(QuestionDef::code).containsExactly("sector", "industry-detail", "needs",
                "satisfaction", "nps", "employees", "started", "comment", "matrix");
        QuestionDef sector = def.questions().get(0);
        QuestionDef detail = def.questions().get(1);
        assertThat(detail.condition().questionId()).isEqualTo(sector.id());
        assertThat(detail.condition().optionCodes()).containsExactly("industry");
        assertThat(sector.options()).extracting(SurveyDefinitions.OptionDef::code)
                .containsExactly("retail", "industry", "services");
        assertThat(def.title("fi")).isEqualTo("Asiakaskysely");
        assertThat(def.title("nn")).isEqualTo("Kundeundersøkelse"); // falls back to nb
        QuestionDef matrix = def.questions().get(8);
        assertThat(matrix.items()).extracting(SurveyDefinitions.ItemDef::code).containsExactly("quality", "speed",
                "price");
        assertThat(matrix.scale().min()).isEqualTo(1);
        assertThat(matrix.scale().max()).isEqualTo(5);
        assertThat(definitions.numberRanges(id)).containsValue(
                new SurveyDefinitions.NumberRange(new java.math.BigDecimal("0.0000"),
                        new java.math.BigDecimal("10000.0000")));
    }

    @Test
    void previewRendersEveryQuestionTypeInTheChosenLanguage() throws Exception {
        long id = SurveyFixture.create(ctx, users, staff.username());
        SurveyDef def = definitions.find(id).orElseThrow();
        String first = mvc.perform(get("/surveys/{id}/preview", id).param("lang", "fi").with(users.as(staff.username())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long sector = def.questions().get(0).id();
        assertThat(first).contains("Asiakaskysely", "Toimiala", "type=\"radio\"", "name=\"q" + sector + "\"",
                "value=\"industry\"", "type=\"checkbox\"", "Kuinka tyytyväinen olet?", "Vähän");
        String second = mvc.perform(get("/surveys/{id}/preview", id).param("lang", "fi").param("page", "1")
                .with(users.as(staff.username()))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        long matrix = def.questions().get(8).id();
        assertThat(second).contains("inputmode=\"decimal\"", "type=\"date\"", "<textarea",
                "name=\"q" + matrix + ".quality\"", "Laatu", "Epätodennäköistä");
        for (String lang : List.of("nb", "nn", "sv", "en")) {
            mvc.perform(get("/surveys/{id}/preview", id).param("lang", lang).with(users.as(staff.username())))
                    .andExpect(status().isOk());
        }
        // another organisation's staff does not see it
        mvc.perform(get("/surveys/{id}/preview", id).with(users.as(other.username())))
                .andExpect(status().isNotFound());
        assertThat(Map.of()).isEmpty();
    }
}
