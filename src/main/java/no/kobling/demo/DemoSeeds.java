package no.kobling.demo;

import static no.kobling.actor.MemberRole.HUB;
import static no.kobling.actor.MemberRole.MEMBER;
import static no.kobling.actor.MemberRole.OWNER;
import static no.kobling.actor.NetworkRole.ADVISOR;
import static no.kobling.actor.NetworkRole.FACILITATOR;
import static no.kobling.actor.NetworkRole.MENTOR_EXPERT;
import static no.kobling.actor.OrganisationKind.BUSINESS_GARDEN;
import static no.kobling.actor.OrganisationKind.CHAMBER_OF_COMMERCE;
import static no.kobling.actor.OrganisationKind.COUNTY;
import static no.kobling.actor.OrganisationKind.FUNDER;
import static no.kobling.actor.OrganisationKind.INNOVATION_COMPANY;
import static no.kobling.actor.OrganisationKind.MUNICIPALITY_ADMINISTRATION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.kobling.actor.MemberRole;
import no.kobling.actor.NetworkRole;
import no.kobling.actor.OrganisationKind;

/**
 * The demo data: organisations and partnerships from the seed articles (public facts), people invented (no real
 * names), one login per role. Municipalities by country and national code, e.g. "NO:1508" (Ålesund).
 */
final class DemoSeeds {

    static final String PASSWORD = "kobling-demo";

    /** The organisation whose existence means the demo data is loaded. */
    static final String MARKER = "ÅKP";

    static final String NORDVESTLANDET = "Regionalt partnerskap for entreprenørskap og vekst på Nordvestlandet";
    static final String SOR_TRONDELAG = "Samarbeid mellom næringshagene i Sør-Trøndelag";
    static final String NORDIC_BUSINESS_LINK = "Nordic Business Link";
    static final String NORTH_BUSINESS_ARENA = "North Business Arena";
    /** The funder of the North Business Arena project (NbaDemoData), with the demo login {@code finansiar}. */
    static final String TILLVAXTVERKET = "Tillväxtverket";

    record Org(String name, OrganisationKind kind, String municipality, String description) {
        String country() {
            return municipality.substring(0, 2);
        }
    }

    record Partnership(String name, String purpose, LocalDate start, LocalDate end, List<String> municipalities,
            Map<String, MemberRole> members) {
    }

    record Person(String name, String organisation, Set<NetworkRole> roles, String municipality,
            Set<String> languages, Set<String> competences, String email, String phone, boolean shared,
            String username) {
    }

    record User(String username, String displayName, String role, String organisation, String locale) {
    }

    /** The 14 municipalities of the Nordvestlandet partnership (codes checked against norway_municipalities.csv). */
    static final Map<String, String> NORDVESTLANDET_MUNICIPALITIES = ordered(
            "Ålesund", "1508", "Haram", "1580", "Giske", "1532", "Sula", "1531", "Hareid", "1517", "Ulstein", "1516",
            "Herøy", "1515", "Sande", "1514", "Vanylven", "1511", "Volda", "1577", "Ørsta", "1520", "Stranda", "1525",
            "Sykkylven", "1528", "Fjord", "1578");

    static final List<String> NBA_MUNICIPALITIES = List.of("SE:2584", "SE:2523", "SE:2510", "SE:2505", "SE:2506",
            "SE:2521", "SE:2518", "SE:2513");

    static List<Org> organisations() {
        List<Org> list = new ArrayList<>();
        list.add(new Org(MARKER, INNOVATION_COMPANY, "NO:1508",
                "Innovasjonssystem i Ålesund for gründere, vekstbedrifter og internasjonalt næringsliv."));
        list.add(new Org("Møre og Romsdal fylkeskommune", COUNTY, "NO:1506", null));
        NORDVESTLANDET_MUNICIPALITIES.forEach((name, code) ->
                list.add(new Org(name + " kommune", MUNICIPALITY_ADMINISTRATION, "NO:" + code, null)));
        list.add(new Org("Trøndersk Kystkompetanse", BUSINESS_GARDEN, "NO:5056", "Næringshage for Hitra og Frøya."));
        list.add(new Org("Næringshagen i Orkdalsregionen", BUSINESS_GARDEN, "NO:5059", null));
        list.add(new Org("Nasjonalparken Næringshage", BUSINESS_GARDEN, "NO:5021", null));
        list.add(new Org("Rørosregionen Næringshage", BUSINESS_GARDEN, "NO:5025", null));
        list.add(new Org("Næringsforeningen i Tromsøregionen", CHAMBER_OF_COMMERCE, "NO:5501", null));
        list.add(new Org("Bedriftskompetanse", INNOVATION_COMPANY, "NO:5501", null));
        list.add(new Org("Norrbottens Handelskammare", CHAMBER_OF_COMMERCE, "SE:2580", null));
        list.add(new Org("Business Oulu", INNOVATION_COMPANY, "FI:564", null));
        list.add(new Org("Gällivare Näringsliv", INNOVATION_COMPANY, "SE:2523", null));
        for (String[] m : new String[][] {{"Kiruna kommun", "2584"}, {"Jokkmokks kommun", "2510"},
                {"Arvidsjaurs kommun", "2505"}, {"Arjeplogs kommun", "2506"}, {"Pajala kommun", "2521"},
                {"Övertorneå kommun", "2518"}, {"Överkalix kommun", "2513"}}) {
            list.add(new Org(m[0], MUNICIPALITY_ADMINISTRATION, "SE:" + m[1], null));
        }
        list.add(new Org(TILLVAXTVERKET, FUNDER, "SE:0180",
                "Myndigheten för ekonomisk och regional tillväxt; finansierar North Business Arena."));
        return list;
    }

    static List<Partnership> partnerships() {
        Map<String, MemberRole> nordvest = new LinkedHashMap<>();
        nordvest.put("Ålesund kommune", OWNER);
        nordvest.put(MARKER, HUB);
        nordvest.put("Møre og Romsdal fylkeskommune", MEMBER);
        NORDVESTLANDET_MUNICIPALITIES.keySet().forEach(n -> nordvest.putIfAbsent(n + " kommune", MEMBER));

        Map<String, MemberRole> nba = new LinkedHashMap<>();
        nba.put("Gällivare Näringsliv", OWNER);
        for (String m : List.of("Kiruna kommun", "Jokkmokks kommun", "Arvidsjaurs kommun", "Arjeplogs kommun",
                "Pajala kommun", "Övertorneå kommun", "Överkalix kommun")) {
            nba.put(m, MEMBER);
        }
        return List.of(
                new Partnership(NORDVESTLANDET,
                        "Fjorten kommuner på Sunnmøre går sammen med ÅKP for å få flere gründere som lykkes i "
                                + "regionen. Alle kommunene får tilgang til hele tilbudet til ÅKP, Hoppid.no-kontaktene "
                                + "i førstelinjen samarbeider på tvers av kommunegrensene, og aktiviteten spres ut til "
                                + "kommuner uten egne ressurser for innovasjon og nyskaping.",
                        LocalDate.of(2019, 9, 1), null,
                        NORDVESTLANDET_MUNICIPALITIES.values().stream().map(c -> "NO:" + c).toList(), nordvest),
                new Partnership(SOR_TRONDELAG,
                        "Fire næringshager deler nettverk, metodikk, kompetanse og kapasitet, samarbeider om "
                                + "arrangementer og kompetansetiltak og inngår egne avtaler når de løser konkrete "
                                + "prosjekter sammen. Målet er økt verdiskaping i næringslivet i distriktene.",
                        LocalDate.of(2015, 6, 1), null,
                        List.of("NO:5056", "NO:5014", "NO:5059", "NO:5021", "NO:5025"),
                        ordered("Trøndersk Kystkompetanse", OWNER, "Næringshagen i Orkdalsregionen", OWNER,
                                "Nasjonalparken Næringshage", OWNER, "Rørosregionen Næringshage", OWNER)),
                new Partnership(NORDIC_BUSINESS_LINK,
                        "Partnersøk over landegrensene i nord: en grundig flertrinnsprosess med individuell "
                                + "oppfølging gjennom en egen samtalepart gir varige B2B-samarbeid mellom små og "
                                + "mellomstore bedrifter i Troms, Norrbotten og Nord-Österbotten.",
                        LocalDate.of(2011, 1, 1), null, // the seeds' first period ran to 2013; the demo runs it today
                        List.of("NO:5501", "NO:5532", "NO:5534", "SE:2580", "SE:2582", "SE:2581", "FI:564",
                                "FI:244", "FI:425"),
                        ordered("Næringsforeningen i Tromsøregionen", OWNER, "Bedriftskompetanse", MEMBER,
                                "Norrbottens Handelskammare", MEMBER, "Business Oulu", MEMBER)),
                new Partnership(NORTH_BUSINESS_ARENA,
                        "Åtta inlandskommuner i Norrbotten samarbetar över kommungränserna för tillväxt: fler nya "
                                + "företag, egna produkter och innovationer. Målgrupper är nya företagare, "
                                + "entreprenörer, kvinnor, unga och utrikes födda.",
                        LocalDate.of(2016, 1, 1), null, NBA_MUNICIPALITIES, nba)); // first period to 2018; runs in the demo
    }

    static List<Person> people() {
        return List.of(
                new Person("Marte Solheim", MARKER, Set.of(FACILITATOR, MENTOR_EXPERT), "NO:1508",
                        Set.of("nb", "nn", "en"), Set.of("innovation", "financing", "business-planning"),
                        "marte.solheim@akp.example", "+47 700 10 001", true, "koordinator"),
                new Person("Tore Lillebø", MARKER, Set.of(MENTOR_EXPERT), "NO:1531", Set.of("nb", "en", "de"),
                        Set.of("export", "aquaculture-marine", "manufacturing-welding"), "tore.lillebo@akp.example",
                        null, true, null),
                new Person("Eirik Haugland", "Giske kommune", Set.of(ADVISOR), "NO:1532", Set.of("nn", "nb", "en"),
                        Set.of("business-planning", "financing", "recruitment"), "eirik.haugland@giske.example",
                        "+47 700 10 002", true, "radgiver"),
                new Person("Synnøve Rise", "Volda kommune", Set.of(ADVISOR), "NO:1577", Set.of("nn", "en"),
                        Set.of("tourism", "food"), "synnove.rise@volda.example", null, false, null),
                new Person("Guro Aunet", "Rørosregionen Næringshage", Set.of(MENTOR_EXPERT), "NO:5025",
                        Set.of("nb", "sv", "en"), Set.of("tourism", "food", "gender-equality"),
                        "guro.aunet@roroshage.example", null, true, "mentor"),
                new Person("Håkon Strand", "Trøndersk Kystkompetanse", Set.of(ADVISOR, FACILITATOR), "NO:5014",
                        Set.of("nb", "en"), Set.of("aquaculture-marine", "export", "logistics"),
                        "hakon.strand@kystkompetanse.example", null, true, null),
                new Person("Ingeborg Kvam", "Nasjonalparken Næringshage", Set.of(ADVISOR), "NO:5021",
                        Set.of("nb"), Set.of("digitalisation", "financing"), "ingeborg.kvam@nasjonalparken.example",
                        null, false, null),
                new Person("Sindre Mikalsen", "Bedriftskompetanse", Set.of(FACILITATOR), "NO:5501",
                        Set.of("nb", "sv", "en"), Set.of("export", "industry-cooperation", "market-analysis"),
                        "sindre.mikalsen@bedriftskompetanse.example", "+47 700 10 003", true, "samtalepart"),
                new Person("Ellen Hætta", "Næringsforeningen i Tromsøregionen", Set.of(ADVISOR), "NO:5501",
                        Set.of("nb", "se", "en"), Set.of("financing", "recruitment"), "ellen.haetta@tromso.example",
                        null, true, null),
                new Person("Aino Korhonen", "Business Oulu", Set.of(FACILITATOR), "FI:564", Set.of("fi", "sv", "en"),
                        Set.of("export", "digitalisation", "industry-cooperation"), "aino.korhonen@oulu.example",
                        "+358 40 000 0001", true, "fasilitaattori"),
                new Person("Johan Lindqvist", "Norrbottens Handelskammare", Set.of(ADVISOR), "SE:2580",
                        Set.of("sv", "fi", "en"), Set.of("export", "suppliers", "mining-minerals"),
                        "johan.lindqvist@handelskammare.example", null, false, null),
                new Person("Maria Lantto", "Gällivare Näringsliv", Set.of(ADVISOR), "SE:2523",
                        Set.of("sv", "fi", "se", "en"), Set.of("business-planning", "budgeting", "gender-equality"),
                        "maria.lantto@gallivare.example", "+46 970 000 01", true, "handledare"),
                new Person("Erik Pohjanen", "Kiruna kommun", Set.of(ADVISOR), "SE:2584", Set.of("sv", "fi"),
                        Set.of("mining-minerals", "energy", "recruitment"), "erik.pohjanen@kiruna.example", null,
                        true, null),
                new Person("Lena Blind", "Jokkmokks kommun", Set.of(MENTOR_EXPERT), "SE:2510", Set.of("sv", "se"),
                        Set.of("tourism", "food"), "lena.blind@jokkmokk.example", null, false, null));
    }

    /** One login per role (the README documents them). */
    static List<User> users() {
        return List.of(
                new User("admin", "Kobling-administrator", "ADMINISTRATOR", null, "nb"),
                new User("koordinator", "Marte Solheim", "PARTNERSHIP_COORDINATOR", MARKER, "nb"),
                new User("radgiver", "Eirik Haugland", "ADVISOR", "Giske kommune", "nn"),
                new User("samtalepart", "Sindre Mikalsen", "FACILITATOR", "Bedriftskompetanse", "nb"),
                new User("fasilitaattori", "Aino Korhonen", "FACILITATOR", "Business Oulu", "fi"),
                new User("handledare", "Maria Lantto", "ADVISOR", "Gällivare Näringsliv", "sv"),
                new User("mentor", "Guro Aunet", "MENTOR", "Rørosregionen Næringshage", "nb"),
                new User("bedrift", "Jonas Fjellheim", "COMPANY_REPRESENTATIVE", null, "nb"),
                new User("finansierer", "Randi Vestre", "FUNDER", "Møre og Romsdal fylkeskommune", "nb"),
                new User("finansiar", "Annika Holmström", "FUNDER", TILLVAXTVERKET, "sv"));
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(Object... pairs) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (V) pairs[i + 1]);
        }
        return map;
    }

    private DemoSeeds() {
    }
}
