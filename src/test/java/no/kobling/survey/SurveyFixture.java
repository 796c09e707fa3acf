package no.kobling.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.actor.Actors;
import no.kobling.actor.MemberRole;
import no.kobling.actor.OrganisationData;
import no.kobling.actor.OrganisationKind;
import no.kobling.actor.PartnershipData;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.UserAdministration.NewUser;
import no.kobling.survey.definition.SurveyDefinitions.Kind;
import no.kobling.survey.definition.SurveyDefinitions.QuestionType;
import no.kobling.survey.definition.application.SurveyBuilderService;
import no.kobling.survey.definition.domain.SurveySpec;
import no.kobling.survey.definition.domain.SurveySpec.ChoiceSpec;
import no.kobling.survey.definition.domain.SurveySpec.QuestionSpec;
import no.kobling.survey.definition.domain.SurveySpec.SectionSpec;
import org.springframework.context.ApplicationContext;

/**
 * Test data for every survey test: an organisation with a partnership and a survey manager, and a survey with one
 * question of every type in two sections, a condition, and texts in nb, sv, fi and en (fallback nb).
 * <p>
 * Section 1: {@code sector} (single choice: retail, industry, services; required), {@code industry-detail} (text,
 * shown only when sector = industry), {@code needs} (multiple choice: EXPORT, RECRUITMENT, FINANCING),
 * {@code satisfaction} (scale 1–5, required). Section 2: {@code nps} (scale 0–10), {@code employees} (number 0–10000),
 * {@code started} (date), {@code comment} (text), {@code matrix} (matrix 1–5, items quality, speed, price).
 */
public final class SurveyFixture {

    private SurveyFixture() {
    }

    /** An organisation (Norway, home Ålesund), one partnership it owns and a user with MANAGE_SURVEYS. */
    public record Staff(long organisationId, long partnershipId, String username) {
    }

    /** A new organisation, its partnership and a coordinator and advisor (MANAGE_SURVEYS) of the organisation. */
    public static Staff staff(ApplicationContext ctx, String prefix) {
        Actors actors = ctx.getBean(Actors.class);
        UserAdministration admin = ctx.getBean(UserAdministration.class);
        long alesund = ctx.getBean(Geography.class).municipalityByCode("NO", "1508").orElseThrow().id();
        long org = SystemAccess.run(() -> actors.createOrganisation(new OrganisationData(TestUsers.unique(prefix),
                OrganisationKind.BUSINESS_GARDEN, "NO", alesund, null, null, null, null, null, null)));
        long partnership = SystemAccess.run(() -> actors.createPartnership(new PartnershipData(
                TestUsers.unique(prefix + "P"), null, LocalDate.of(2025, 1, 1), null, Set.of(alesund),
                Map.of(org, MemberRole.OWNER))));
        String username = TestUsers.unique(prefix.toLowerCase(java.util.Locale.ROOT));
        SystemAccess.run(() -> admin.createUser(new NewUser(username, "Test " + username, username + "@example.org",
                TestUsers.PASSWORD, org, Set.of("PARTNERSHIP_COORDINATOR", "ADVISOR"), "en")));
        return new Staff(org, partnership, username);
    }

    /** Creates the fixture survey (a DRAFT, no closing date) as {@code username}; returns its id. */
    public static long create(ApplicationContext ctx, TestUsers users, String username) {
        return create(ctx, users, username, spec(null));
    }

    public static long create(ApplicationContext ctx, TestUsers users, String username, SurveySpec spec) {
        SurveyBuilderService builder = ctx.getBean(SurveyBuilderService.class);
        return users.actingAs(username, () -> builder.create(spec).getId());
    }

    /** Creates the fixture survey and opens it until {@code closesOn}; returns its id. */
    public static long createOpen(ApplicationContext ctx, TestUsers users, String username, LocalDate closesOn) {
        SurveyBuilderService builder = ctx.getBean(SurveyBuilderService.class);
        return users.actingAs(username, () -> {
            long id = builder.create(spec(closesOn)).getId();
            builder.open(id, closesOn);
            return id;
        });
    }

    /** The fixture survey's definition. */
    public static SurveySpec spec(LocalDate closesOn) {
        return new SurveySpec(Kind.CUSTOM, false, "nb",
                t("Kundeundersøkelse", "Kundundersökning", "Asiakaskysely", "Customer survey"),
                t("Takk for at du svarer.", "Tack för att du svarar.", "Kiitos vastauksestasi.",
                        "Thank you for answering."),
                closesOn, null, null, List.of(
                        new SectionSpec(t("Om bedriften", "Om företaget", "Yrityksestä", "About the company"),
                                List.of(
                                        choice("sector", QuestionType.SINGLE_CHOICE, true,
                                                t("Bransje", "Bransch", "Toimiala", "Industry"),
                                                List.of(option("retail", "Handel", "Handel", "Kauppa", "Retail"),
                                                        option("industry", "Industri", "Industri", "Teollisuus",
                                                                "Industry"),
                                                        option("services", "Tjenester", "Tjänster", "Palvelut",
                                                                "Services"))),
                                        new QuestionSpec("industry-detail", QuestionType.TEXT, false,
                                                t("Hva slags industri?", "Vilken sorts industri?",
                                                        "Millaista teollisuutta?", "What kind of industry?"),
                                                Map.of(), List.of(), List.of(), null, null, Map.of(), Map.of(), null,
                                                null, "sector", Set.of("industry")),
                                        choice("needs", QuestionType.MULTIPLE_CHOICE, false,
                                                t("Hva trenger dere hjelp med?", "Vad behöver ni hjälp med?",
                                                        "Missä tarvitsette apua?", "What do you need help with?"),
                                                List.of(option("EXPORT", "Eksport", "Export", "Vienti", "Export"),
                                                        option("RECRUITMENT", "Rekruttering", "Rekrytering",
                                                                "Rekrytointi", "Recruitment"),
                                                        option("FINANCING", "Finansiering", "Finansiering",
                                                                "Rahoitus", "Financing"))),
                                        scale("satisfaction", true, 1, 5,
                                                t("Hvor fornøyd er du?", "Hur nöjd är du?", "Kuinka tyytyväinen olet?",
                                                        "How satisfied are you?"),
                                                t("Lite", "Lite", "Vähän", "Little"),
                                                t("Svært", "Mycket", "Erittäin", "Very")))),
                        new SectionSpec(t("Mer om dere", "Mer om er", "Lisää teistä", "More about you"), List.of(
                                scale("nps", false, 0, 10,
                                        t("Hvor sannsynlig er det at du anbefaler oss?",
                                                "Hur troligt är det att du rekommenderar oss?",
                                                "Kuinka todennäköisesti suosittelisit meitä?",
                                                "How likely are you to recommend us?"),
                                        t("Lite sannsynlig", "Inte troligt", "Epätodennäköistä", "Not likely"),
                                        t("Svært sannsynlig", "Mycket troligt", "Erittäin todennäköistä",
                                                "Very likely")),
                                new QuestionSpec("employees", QuestionType.NUMBER, false,
                                        t("Antall ansatte", "Antal anställda", "Työntekijöiden määrä",
                                                "Number of employees"),
                                        t("Omtrent er nok.", "Ungefär räcker.", "Arvio riittää.",
                                                "An estimate will do."),
                                        List.of(), List.of(), null, null, Map.of(), Map.of(), BigDecimal.ZERO,
                                        new BigDecimal("10000"), null, null),
                                new QuestionSpec("started", QuestionType.DATE, false,
                                        t("Når startet bedriften?", "När startade företaget?", "Milloin yritys aloitti?",
                                                "When did the company start?"),
                                        Map.of(), List.of(), List.of(), null, null, Map.of(), Map.of(), null, null,
                                        null, null),
                                new QuestionSpec("comment", QuestionType.TEXT, false,
                                        t("Andre kommentarer", "Övriga kommentarer", "Muita kommentteja",
                                                "Other comments"),
                                        Map.of(), List.of(), List.of(), null, null, Map.of(), Map.of(), null, null,
                                        null, null),
                                new QuestionSpec("matrix", QuestionType.MATRIX, false,
                                        t("Vurder oss", "Bedöm oss", "Arvioi meidät", "Rate us"), Map.of(), List.of(),
                                        List.of(option("quality", "Kvalitet", "Kvalitet", "Laatu", "Quality"),
                                                option("speed", "Fart", "Snabbhet", "Nopeus", "Speed"),
                                                option("price", "Pris", "Pris", "Hinta", "Price")),
                                        1, 5, t("Dårlig", "Dålig", "Huono", "Poor"),
                                        t("Svært bra", "Mycket bra", "Erittäin hyvä", "Very good"), null, null, null,
                                        null)))));
    }

    /** Texts in nb, sv, fi and en. */
    public static Map<String, String> t(String nb, String sv, String fi, String en) {
        return Map.of("nb", nb, "sv", sv, "fi", fi, "en", en);
    }

    public static ChoiceSpec option(String code, String nb, String sv, String fi, String en) {
        return new ChoiceSpec(code, t(nb, sv, fi, en));
    }

    public static QuestionSpec choice(String code, QuestionType type, boolean required, Map<String, String> texts,
            List<ChoiceSpec> options) {
        return new QuestionSpec(code, type, required, texts, Map.of(), options, List.of(), null, null, Map.of(),
                Map.of(), null, null, null, null);
    }

    public static QuestionSpec scale(String code, boolean required, int min, int max, Map<String, String> texts,
            Map<String, String> minLabels, Map<String, String> maxLabels) {
        return new QuestionSpec(code, QuestionType.SCALE, required, texts, Map.of(), List.of(), List.of(), min, max,
                minLabels, maxLabels, null, null, null, null);
    }
}
