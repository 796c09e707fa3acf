package no.kobling.partnering.profile.matching.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.kobling.partnering.profile.matching.ConceptDictionary;
import no.kobling.partnering.profile.matching.TextAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Word forms (issue 17, point 1): every form of an inflection table, written by hand from the grammar of the language,
 * must reduce to one term, and different words must not. No Spring.
 */
class WordFormsTest {

    static final ConceptDictionary DICTIONARY = ConceptDictionary.standard();
    static final TextAnalysis ANALYSIS = DICTIONARY.analysis();

    /** The term of one word (the word itself comes first; compound parts follow it). */
    static String term(String word, String language) {
        List<TextAnalysis.Term> terms = ANALYSIS.terms(word, language);
        assertThat(terms).as("terms of %s (%s)", word, language).isNotEmpty();
        return terms.get(0).term();
    }

    /** Each row: the forms of one word, all of which must give the same term; rows must differ from each other. */
    static void table(String language, String... rows) {
        Map<String, String> termOfRow = new TreeMap<>();
        for (String row : rows) {
            String[] forms = row.split(" ");
            String first = term(forms[0], language);
            for (String form : forms) {
                assertThat(term(form, language)).as("%s: %s like %s", language, form, forms[0]).isEqualTo(first);
            }
            assertThat(termOfRow.put(first, row)).as("%s: %s apart from %s", language, row, termOfRow.get(first))
                    .isNull();
        }
    }

    @Test
    void bokmaalNounsInSingularPluralDefiniteAndGenitiveAndTheirVerbs() {
        table("nb",
                // sveising (verbal noun), sveiser (agent noun), sveise (verb: infinitive, present, past)
                "sveising sveisingen sveisinga sveisinger sveisingene sveisingens sveiser sveiseren sveisere "
                        + "sveiserne sveiserens sveise sveiset",
                "leverandør leverandøren leverandører leverandørene leverandørens leverandørers",
                "tjeneste tjenesten tjenester tjenestene tjenestens",
                "skip skipet skipene skipets",
                "gruve gruva gruven gruver gruvene gruvas",
                "utdanning utdanningen utdanninger utdanningene");
    }

    @Test
    void nynorskNounsWithTheirOwnEndings() {
        table("nn",
                "leverandør leverandøren leverandørar leverandørane",
                "teneste tenesta tenester tenestene",
                "bedrift bedrifta bedrifter bedriftene",
                "båt båten båtar båtane",
                "sveising sveisinga sveisingar sveisingane");
    }

    @Test
    void swedishNounsAndVerbsIncludingTheDefiniteSingular() {
        table("sv",
                "utbildning utbildningen utbildningar utbildningarna utbildningens utbildar utbilda",
                "gruva gruvan gruvor gruvorna gruvans gruvornas",
                "simulator simulatorn simulatorer simulatorerna simulatorns",
                "fartyg fartyget fartygen fartygets",
                "svetsning svetsningen svetsare svetsaren svetsar",
                "leverantör leverantören leverantörer leverantörerna leverantörens");
    }

    @Test
    void finnishCasesPartitiveGenitiveInessiveElativeIllativeAndPlurals() {
        table("fi",
                // nominative, genitive, partitive, inessive, elative, illative, adessive; plural nom, gen, part,
                // inessive, elative
                "marja marjan marjaa marjassa marjasta marjaan marjalla marjat marjojen marjoja marjoissa marjoista",
                // consonant gradation -us / -uksen
                "hitsaus hitsauksen hitsausta hitsauksessa hitsauksesta hitsaukseen hitsaukset hitsauksia",
                "kaivos kaivoksen kaivosta kaivoksessa kaivoksesta kaivokset kaivoksia",
                "laiva laivan laivaa laivassa laivasta laivat laivojen laivoja laivoissa",
                "koulutus koulutuksen koulutusta koulutuksessa koulutukset koulutuksia",
                "palvelu palvelun palvelua palvelussa palvelut palveluiden palveluja palveluissa",
                "toimittaja toimittajan toimittajaa toimittajat toimittajien toimittajia");
    }

    @Test
    void englishPluralsPossessivesAndVerbForms() {
        table("en",
                "weld welds welded welding",
                "supplier suppliers supplier's",
                "company companies company's",
                "mine mines mining",
                "vessel vessels");
    }

    @Test
    void compoundsAreSplitIntoTheVocabularysWords() {
        assertThat(ANALYSIS.terms("sveiseoppdrag", "nb")).extracting(TextAnalysis.Term::term)
                .contains(term("sveis", "nb"), term("oppdrag", "nb"));
        assertThat(ANALYSIS.terms("gruvutrustning", "sv")).extracting(TextAnalysis.Term::term)
                .contains(term("gruva", "sv"), term("utrustning", "sv"));
        assertThat(ANALYSIS.terms("hitsauspalvelut", "fi")).extracting(TextAnalysis.Term::term)
                .contains(term("hitsaus", "fi"), term("palvelu", "fi"));
        // the part keeps the compound as its word (what "why" shows)
        assertThat(ANALYSIS.terms("hitsauspalvelut", "fi")).extracting(TextAnalysis.Term::word)
                .containsOnly("hitsauspalvelut");
    }

    @Test
    void formsAndCompoundsReachTheConcepts() {
        assertThat(ids("Vi söker utbildare och simulatorer för gruvor", "sv")).contains("training", "mining");
        assertThat(ids("Tarjoamme hitsauspalveluja ja marjoja", "fi")).contains("welding");
        assertThat(ids("Myymme marjoja", "fi")).isEqualTo(ids("Myymme marja", "fi"));
        assertThat(ids("Vi utfører sveiseoppdrag for skipsverft", "nb")).contains("welding", "shipbuilding");
        assertThat(ids("Gruvutrustning och underhåll", "sv")).contains("mining", "maintenance");
        assertThat(ids("We supply welded steel structures", "en")).contains("welding", "steel-structures");
    }

    static List<String> ids(String text, String language) {
        return DICTIONARY.analyse(text, language).keySet().stream().map(DICTIONARY::id).toList();
    }
}
