package no.kobling.survey.definition.application;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.kobling.survey.definition.SurveyDefinitions.Kind;
import no.kobling.survey.definition.SurveyDefinitions.QuestionType;
import no.kobling.survey.definition.domain.SurveySpec;
import no.kobling.survey.definition.domain.SurveySpec.ChoiceSpec;
import no.kobling.survey.definition.domain.SurveySpec.QuestionSpec;
import no.kobling.survey.definition.domain.SurveySpec.SectionSpec;
import org.springframework.stereotype.Component;

/**
 * The shipped survey templates, every text in all five languages (docs/surveys.md): {@code needs} (the needs taxonomy
 * of advisory work: the option codes of question {@code needs} ARE the advisory module's need codes), {@code effect}
 * (question codes {@code new-customers}, {@code new-jobs}, {@code revenue-change}, {@code new-partners},
 * {@code satisfaction}), {@code event-feedback} and {@code nps}. Creating from a template copies it into a new draft.
 */
@Component
public class SurveyTemplates {

    /** A template: its code and its survey. */
    public record Template(String code, SurveySpec spec) {
    }

    /** The need codes of the advisory module's taxonomy (advisory_need_type), in taxonomy order. */
    public static final List<String> NEED_CODES = List.of("EXPORT", "INDUSTRY_COOPERATION", "RECRUITMENT",
            "BUSINESS_PLANNING", "BUDGETING", "MARKET_ANALYSIS", "SUPPLIERS", "FINANCING", "INNOVATION",
            "DIGITALISATION", "INTERNATIONALISATION", "COMPETENCE", "GENDER_EQUALITY");

    private final Map<String, Template> templates = new LinkedHashMap<>();

    public SurveyTemplates() {
        add(new Template("needs", needs()));
        add(new Template("effect", effect()));
        add(new Template("event-feedback", eventFeedback()));
        add(new Template("nps", nps()));
    }

    private void add(Template template) {
        templates.put(template.code(), template);
    }

    public List<Template> all() {
        return List.copyOf(templates.values());
    }

    public Optional<Template> find(String code) {
        return Optional.ofNullable(templates.get(code));
    }

    /** Texts in nb, nn, sv, fi, en. */
    static Map<String, String> t(String nb, String nn, String sv, String fi, String en) {
        return Map.of("nb", nb, "nn", nn, "sv", sv, "fi", fi, "en", en);
    }

    private static ChoiceSpec c(String code, Map<String, String> labels) {
        return new ChoiceSpec(code, labels);
    }

    private static QuestionSpec choice(String code, QuestionType type, boolean required, Map<String, String> text,
            Map<String, String> help, List<ChoiceSpec> options) {
        return new QuestionSpec(code, type, required, text, help, options, List.of(), null, null, Map.of(), Map.of(),
                null, null, null, null);
    }

    private static QuestionSpec text(String code, Map<String, String> text, String conditionQuestion,
            Set<String> conditionOptions) {
        return new QuestionSpec(code, QuestionType.TEXT, false, text, Map.of(), List.of(), List.of(), null, null,
                Map.of(), Map.of(), null, null, conditionQuestion, conditionOptions);
    }

    private static QuestionSpec number(String code, boolean required, Map<String, String> text,
            Map<String, String> help) {
        return new QuestionSpec(code, QuestionType.NUMBER, required, text, help, List.of(), List.of(), null, null,
                Map.of(), Map.of(), BigDecimal.ZERO, null, null, null);
    }

    private static QuestionSpec scale(String code, boolean required, int min, int max, Map<String, String> text,
            Map<String, String> minLabel, Map<String, String> maxLabel) {
        return new QuestionSpec(code, QuestionType.SCALE, required, text, Map.of(), List.of(), List.of(), min, max,
                minLabel, maxLabel, null, null, null, null);
    }

    private static final Map<String, String> YES = t("Ja", "Ja", "Ja", "Kyllä", "Yes");
    private static final Map<String, String> NO = t("Nei", "Nei", "Nej", "Ei", "No");

    private static SurveySpec needs() {
        List<ChoiceSpec> needs = List.of(
                c("EXPORT", t("Eksport ut over egen kommune", "Eksport ut over eigen kommune",
                        "Export utanför den egna kommunen", "Myynti oman kunnan ulkopuolelle",
                        "Export beyond the own municipality")),
                c("INDUSTRY_COOPERATION", t("Samarbeid i bransjen", "Samarbeid i bransjen",
                        "Samarbete inom branschen", "Toimialan sisäinen yhteistyö", "Cooperation within the industry")),
                c("RECRUITMENT", t("Rekruttering", "Rekruttering", "Rekrytering", "Rekrytointi", "Recruitment")),
                c("BUSINESS_PLANNING", t("Forretningsplan", "Forretningsplan", "Affärsplan",
                        "Liiketoimintasuunnitelma", "Business planning")),
                c("BUDGETING", t("Budsjettering", "Budsjettering", "Budgetering", "Budjetointi", "Budgeting")),
                c("MARKET_ANALYSIS", t("Markeds- og omverdensanalyse", "Marknads- og omverdsanalyse",
                        "Marknads- och omvärldsanalys", "Markkina- ja toimintaympäristöanalyysi",
                        "Market and environment analysis")),
                c("SUPPLIERS", t("Finne leverandører", "Finne leverandørar", "Hitta leverantörer",
                        "Toimittajien löytäminen", "Finding suppliers")),
                c("FINANCING", t("Finansiering", "Finansiering", "Finansiering", "Rahoitus", "Financing")),
                c("INNOVATION", t("Innovasjon", "Innovasjon", "Innovation", "Innovaatio", "Innovation")),
                c("DIGITALISATION", t("Digitalisering", "Digitalisering", "Digitalisering", "Digitalisaatio",
                        "Digitalisation")),
                c("INTERNATIONALISATION", t("Internasjonalisering", "Internasjonalisering", "Internationalisering",
                        "Kansainvälistyminen", "Internationalisation")),
                c("COMPETENCE", t("Kompetanse", "Kompetanse", "Kompetens", "Osaaminen", "Competence")),
                c("GENDER_EQUALITY", t("Likestilling", "Likestilling", "Jämställdhet", "Tasa-arvo",
                        "Gender equality")));
        return new SurveySpec(Kind.NEEDS, false, "nb",
                t("Hva trenger bedriften?", "Kva treng verksemda?", "Vad behöver företaget?",
                        "Mitä yrityksenne tarvitsee?", "What does your company need?"),
                t("Svarene hjelper oss å tilby riktig rådgivning. Det tar om lag tre minutter.",
                        "Svara hjelper oss å tilby rett rådgiving. Det tek om lag tre minutt.",
                        "Svaren hjälper oss att erbjuda rätt rådgivning. Det tar ungefär tre minuter.",
                        "Vastaukset auttavat meitä tarjoamaan oikeanlaista neuvontaa. Vastaaminen vie noin kolme "
                                + "minuuttia.",
                        "Your answers help us offer the right advice. It takes about three minutes."),
                null, null, null, List.of(new SectionSpec(t("Behov", "Behov", "Behov", "Tarpeet", "Needs"), List.of(
                        choice("needs", QuestionType.MULTIPLE_CHOICE, true,
                                t("Hva trenger bedriften hjelp med det neste året?",
                                        "Kva treng verksemda hjelp med det neste året?",
                                        "Vad behöver företaget hjälp med det kommande året?",
                                        "Missä yrityksenne tarvitsee apua seuraavan vuoden aikana?",
                                        "What does your company need help with in the coming year?"),
                                t("Velg alt som passer.", "Vel alt som passar.", "Välj allt som passar.",
                                        "Valitse kaikki sopivat.", "Choose all that apply."),
                                needs),
                        choice("most-important", QuestionType.SINGLE_CHOICE, false,
                                t("Hvilket behov er viktigst?", "Kva behov er viktigast?", "Vilket behov är viktigast?",
                                        "Mikä tarve on tärkein?", "Which need is the most important?"),
                                Map.of(), needs),
                        text("needs-other", t("Andre behov eller kommentarer", "Andre behov eller kommentarar",
                                "Andra behov eller kommentarer", "Muita tarpeita tai kommentteja",
                                "Other needs or comments"), null, null),
                        choice("contact", QuestionType.SINGLE_CHOICE, true,
                                t("Vil dere at en rådgiver tar kontakt?", "Vil de at ein rådgivar tek kontakt?",
                                        "Vill ni att en rådgivare kontaktar er?",
                                        "Haluatteko, että neuvoja ottaa yhteyttä?",
                                        "Would you like an advisor to contact you?"),
                                Map.of(), List.of(c("yes", YES), c("no", NO)))))));
    }

    private static SurveySpec effect() {
        return new SurveySpec(Kind.EFFECT, false, "nb",
                t("Hva ga programmet dere?", "Kva gav programmet dykk?", "Vad gav programmet er?",
                        "Mitä ohjelma antoi teille?", "What did the programme give you?"),
                t("Vi vil vite hva deltakelsen har betydd for bedriften. Svarene brukes i rapporteringen til "
                                + "finansiørene.",
                        "Vi vil vite kva deltakinga har hatt å seie for verksemda. Svara blir brukte i "
                                + "rapporteringa til finansiørane.",
                        "Vi vill veta vad deltagandet har betytt för företaget. Svaren används i rapporteringen "
                                + "till finansiärerna.",
                        "Haluamme tietää, mitä osallistuminen on merkinnyt yrityksellenne. Vastauksia käytetään "
                                + "raportoinnissa rahoittajille.",
                        "We would like to know what taking part has meant for your company. The answers are used in "
                                + "reporting to the funders."),
                null, null, null, List.of(new SectionSpec(t("Resultater", "Resultat", "Resultat", "Tulokset",
                        "Results"), List.of(
                        number("new-customers", true,
                                t("Hvor mange nye kunder har dere fått gjennom programmet?",
                                        "Kor mange nye kundar har de fått gjennom programmet?",
                                        "Hur många nya kunder har ni fått genom programmet?",
                                        "Kuinka monta uutta asiakasta olette saaneet ohjelman kautta?",
                                        "How many new customers have you gained through the programme?"),
                                t("Skriv 0 om dere ikke har fått noen.", "Skriv 0 om de ikkje har fått nokon.",
                                        "Skriv 0 om ni inte har fått några.", "Kirjoita 0, jos ette ole saaneet yhtään.",
                                        "Enter 0 if none.")),
                        number("new-jobs", true,
                                t("Hvor mange nye arbeidsplasser (årsverk) har det gitt?",
                                        "Kor mange nye arbeidsplassar (årsverk) har det gitt?",
                                        "Hur många nya arbetstillfällen (årsarbeten) har det gett?",
                                        "Kuinka monta uutta työpaikkaa (henkilötyövuotta) se on tuonut?",
                                        "How many new jobs (full-time equivalents) has it created?"),
                                t("Skriv 0 om ingen.", "Skriv 0 om ingen.", "Skriv 0 om inga.",
                                        "Kirjoita 0, jos ei yhtään.", "Enter 0 if none.")),
                        choice("revenue-change", QuestionType.SINGLE_CHOICE, true,
                                t("Hvordan har omsetningen endret seg siden dere startet i programmet?",
                                        "Korleis har omsetnaden endra seg sidan de starta i programmet?",
                                        "Hur har omsättningen förändrats sedan ni började i programmet?",
                                        "Miten liikevaihtonne on muuttunut ohjelman alun jälkeen?",
                                        "How has your revenue changed since you joined the programme?"),
                                Map.of(), List.of(
                                        c("decrease", t("Gått ned", "Gått ned", "Minskat", "Laskenut",
                                                "Decreased")),
                                        c("unchanged", t("Omtrent uendret", "Om lag uendra", "Ungefär oförändrad",
                                                "Pysynyt suunnilleen ennallaan", "About the same")),
                                        c("up-0-10", t("Økt med inntil 10 %", "Auka med inntil 10 %",
                                                "Ökat med upp till 10 %", "Kasvanut enintään 10 %",
                                                "Increased by up to 10%")),
                                        c("up-10-25", t("Økt med 10–25 %", "Auka med 10–25 %", "Ökat med 10–25 %",
                                                "Kasvanut 10–25 %", "Increased by 10–25%")),
                                        c("up-25", t("Økt med mer enn 25 %", "Auka med meir enn 25 %",
                                                "Ökat med mer än 25 %", "Kasvanut yli 25 %",
                                                "Increased by more than 25%")),
                                        c("unknown", t("Vet ikke", "Veit ikkje", "Vet inte", "En tiedä",
                                                "Don't know")))),
                        number("new-partners",
                                true, t("Hvor mange nye samarbeidspartnere har dere fått?",
                                        "Kor mange nye samarbeidspartnarar har de fått?",
                                        "Hur många nya samarbetspartner har ni fått?",
                                        "Kuinka monta uutta yhteistyökumppania olette saaneet?",
                                        "How many new partners have you gained?"),
                                t("Skriv 0 om ingen.", "Skriv 0 om ingen.", "Skriv 0 om inga.",
                                        "Kirjoita 0, jos ei yhtään.", "Enter 0 if none.")),
                        scale("satisfaction", true, 1, 5,
                                t("Hvor fornøyd er dere med programmet?", "Kor nøgde er de med programmet?",
                                        "Hur nöjda är ni med programmet?", "Kuinka tyytyväisiä olette ohjelmaan?",
                                        "How satisfied are you with the programme?"),
                                t("Svært misfornøyd", "Svært misnøgd", "Mycket missnöjd", "Erittäin tyytymätön",
                                        "Very dissatisfied"),
                                t("Svært fornøyd", "Svært nøgd", "Mycket nöjd", "Erittäin tyytyväinen",
                                        "Very satisfied")),
                        text("comment", t("Hva kunne vært bedre?", "Kva kunne vore betre?", "Vad kunde ha varit bättre?",
                                "Mitä olisi voinut tehdä paremmin?", "What could have been better?"), null, null)))));
    }

    private static SurveySpec eventFeedback() {
        Map<String, String> poor = t("Dårlig", "Dårleg", "Dåligt", "Huono", "Poor");
        Map<String, String> excellent = t("Svært bra", "Svært bra", "Mycket bra", "Erinomainen", "Excellent");
        return new SurveySpec(Kind.EVENT_FEEDBACK, false, "nb",
                t("Hva syntes du om arrangementet?", "Kva synest du om arrangementet?", "Vad tyckte du om evenemanget?",
                        "Mitä pidit tapahtumasta?", "What did you think of the event?"),
                t("Takk for at du deltok! Tilbakemeldingen din gjør neste arrangement bedre.",
                        "Takk for at du deltok! Tilbakemeldinga di gjer neste arrangement betre.",
                        "Tack för att du deltog! Din återkoppling gör nästa evenemang bättre.",
                        "Kiitos osallistumisesta! Palautteesi auttaa tekemään seuraavasta tapahtumasta paremman.",
                        "Thank you for taking part! Your feedback makes the next event better."),
                null, null, null, List.of(new SectionSpec(Map.of(), List.of(
                        scale("overall", true, 1, 5,
                                t("Hvor godt likte du arrangementet alt i alt?",
                                        "Kor godt likte du arrangementet alt i alt?",
                                        "Hur bra tyckte du om evenemanget som helhet?",
                                        "Kuinka hyvä tapahtuma oli kaiken kaikkiaan?",
                                        "Overall, how did you like the event?"),
                                poor, excellent),
                        new QuestionSpec("aspects", QuestionType.MATRIX, false,
                                t("Vurder disse delene av arrangementet", "Vurder desse delane av arrangementet",
                                        "Bedöm de här delarna av evenemanget", "Arvioi tapahtuman osat",
                                        "Rate these parts of the event"),
                                Map.of(), List.of(), List.of(
                                        c("content", t("Faglig innhold", "Fagleg innhald", "Innehåll",
                                                "Sisältö", "Content")),
                                        c("meetings", t("Møter med andre bedrifter", "Møte med andre verksemder",
                                                "Möten med andra företag", "Tapaamiset muiden yritysten kanssa",
                                                "Meetings with other companies")),
                                        c("organisation", t("Organisering", "Organisering", "Organisering",
                                                "Järjestelyt", "Organisation")),
                                        c("venue", t("Lokaler og servering", "Lokale og servering",
                                                "Lokaler och förtäring", "Tilat ja tarjoilu", "Venue and catering"))),
                                1, 5, poor, excellent, null, null, null, null),
                        choice("again", QuestionType.SINGLE_CHOICE, false,
                                t("Vil du delta neste gang?", "Vil du delta neste gong?", "Vill du delta nästa gång?",
                                        "Osallistuisitko uudelleen?", "Would you take part again?"),
                                Map.of(), List.of(c("yes", YES), c("no", NO),
                                        c("unsure", t("Usikker", "Usikker", "Osäker", "En ole varma",
                                                "Not sure")))),
                        text("comment", t("Hva kan vi gjøre bedre?", "Kva kan vi gjere betre?",
                                "Vad kan vi göra bättre?", "Mitä voisimme tehdä paremmin?",
                                "What could we do better?"), null, null)))));
    }

    private static SurveySpec nps() {
        return new SurveySpec(Kind.SATISFACTION, false, "nb",
                t("Hvor fornøyd er du med oss?", "Kor nøgd er du med oss?", "Hur nöjd är du med oss?",
                        "Kuinka tyytyväinen olet meihin?", "How satisfied are you with us?"),
                t("To korte spørsmål.", "To korte spørsmål.", "Två korta frågor.", "Kaksi lyhyttä kysymystä.",
                        "Two short questions."),
                null, null, null, List.of(new SectionSpec(Map.of(), List.of(
                        scale("recommend", true, 0, 10,
                                t("Hvor sannsynlig er det at du vil anbefale oss til en annen bedrift?",
                                        "Kor sannsynleg er det at du vil tilrå oss til ei anna verksemd?",
                                        "Hur troligt är det att du skulle rekommendera oss till ett annat företag?",
                                        "Kuinka todennäköisesti suosittelisit meitä toiselle yritykselle?",
                                        "How likely are you to recommend us to another company?"),
                                t("Svært usannsynlig", "Svært usannsynleg", "Inte alls troligt",
                                        "Erittäin epätodennäköisesti", "Not at all likely"),
                                t("Svært sannsynlig", "Svært sannsynleg", "Mycket troligt",
                                        "Erittäin todennäköisesti", "Extremely likely")),
                        text("reason", t("Hva er den viktigste grunnen til svaret ditt?",
                                "Kva er den viktigaste grunnen til svaret ditt?",
                                "Vad är den viktigaste anledningen till ditt svar?",
                                "Mikä on tärkein syy vastaukseesi?",
                                "What is the main reason for your score?"), null, null)))));
    }
}
