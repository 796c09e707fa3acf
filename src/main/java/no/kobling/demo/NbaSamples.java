package no.kobling.demo;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The North Business Arena demo's samples: its eight Norrbotten municipalities with their weights, names of people,
 * and the random firm figures (employees, revenue, target groups, Swedish company numbers) that {@link NbaDemoData}
 * draws from its seeded random.
 */
final class NbaSamples {

    /** The municipalities (code, name, organisation of the partnership there, relative weight of activity). */
    record Place(String code, String name, String organisation, int weight) {
    }

    static final List<Place> PLACES = List.of(
            new Place("2584", "Kiruna", "Kiruna kommun", 24),
            new Place("2523", "Gällivare", NbaDemoData.OWNER, 20),
            new Place("2505", "Arvidsjaur", "Arvidsjaurs kommun", 10),
            new Place("2510", "Jokkmokk", "Jokkmokks kommun", 9),
            new Place("2521", "Pajala", "Pajala kommun", 10),
            new Place("2518", "Övertorneå", "Övertorneå kommun", 9),
            new Place("2513", "Överkalix", "Överkalix kommun", 9),
            new Place("2506", "Arjeplog", "Arjeplogs kommun", 9));

    /** Trades (no tourism: tourism companies were not part of the project, says the article). */
    static final String[][] TRADES = {{"Bygg", "41.20"}, {"Snickeri", "16.23"}, {"El & Energi", "43.21"},
            {"Gruvservice", "09.90"}, {"Maskinservice", "33.12"}, {"Åkeri", "49.41"}, {"Redovisning", "69.20"},
            {"IT-konsult", "62.02"}, {"Design", "74.10"}, {"Kafé", "56.10"}, {"Livs", "47.11"}, {"Bageri", "10.71"},
            {"Skogstjänst", "02.20"}, {"Städ", "81.21"}, {"VVS", "43.22"}, {"Catering", "56.21"},
            {"Reklam", "73.11"}, {"Frisör", "96.02"}, {"Hälsa", "86.90"}, {"Hantverk", "32.99"},
            {"Svets", "25.62"}, {"Teknikkonsult", "71.12"}, {"Renkött", "10.13"}, {"Bilservice", "45.20"},
            {"Webbhandel", "47.91"}, {"Utbildning", "85.59"}};

    static final String[] PREFIXES = {"Norrsken", "Fjäll", "Älv", "Myr", "Tjäle", "Polcirkel", "Lappland",
            "Malmfält", "Torne", "Kalix", "Vidsel", "Björk", "Tall", "Ripa", "Järv", "Lodjur", "Midnattssol",
            "Nordkalott", "Vildmark", "Hjortron", "Snö", "Berg", "Sjö", "Fors", "Ström", "Aapa", "Kaamos", "Gran",
            "Stjärn", "Kåta", "Fjällbjörk", "Råvatten", "Kvarts", "Järnmalm", "Inland", "Nord"};

    static final String[] FIRST = {"Anna", "Sara", "Elin", "Maja", "Hanna", "Lina", "Emma", "Ida", "Aino",
            "Sanna", "Amira", "Leila", "Fatima", "Nour", "Johan", "Erik", "Per", "Anders", "Mikael", "Jonas", "Oskar",
            "Niklas", "Tomas", "Pekka", "Ahmed", "Yonas", "Samir", "Omar", "Lars", "Kristin"};

    static final String[] LAST = {"Lindgren", "Nilsson", "Lundberg", "Strömbäck", "Wikström", "Isaksson",
            "Keinänen", "Niemi", "Rova", "Kuoppa", "Pirak", "Labba", "Kitok", "Lantto", "Hedman", "Sundström",
            "Öhman", "Berglund", "Mäkitalo", "Tapio", "Hassan", "Ali", "Tesfaye", "Haddad", "Karimi", "Ylitalo"};

    static BigDecimal revenue(int employees) {
        return BigDecimal.valueOf(400_000L + employees * 1_150_000L);
    }

    static int employees(Random random) {
        int r = random.nextInt(100);
        return r < 35 ? random.nextInt(2) : r < 75 ? 2 + random.nextInt(8) : r < 95 ? 10 + random.nextInt(20)
                : 30 + random.nextInt(60);
    }

    static Set<String> groups(Random random, boolean person) {
        Set<String> out = new HashSet<>();
        if (random.nextInt(100) < (person ? 45 : 30)) {
            out.add("WOMEN");
        }
        if (random.nextInt(100) < (person ? 30 : 12)) {
            out.add("YOUTH");
        }
        if (random.nextInt(100) < (person ? 18 : 8)) {
            out.add("FOREIGN_BORN");
        }
        if (person) {
            out.add("NEW_ENTREPRENEUR");
        }
        return out;
    }

    static String person(Random random) {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    /** A Swedish limited company's number: 559 and six digits, with the Luhn check digit over all ten. */
    static String swedishNumber(Random random) {
        String nine = "559" + String.format("%06d", random.nextInt(1_000_000));
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return nine + (10 - sum % 10) % 10;
    }

    static Place weightedPlace(Random random) {
        int total = PLACES.stream().mapToInt(Place::weight).sum();
        int r = random.nextInt(total);
        for (Place p : PLACES) {
            r -= p.weight();
            if (r < 0) {
                return p;
            }
        }
        return PLACES.get(0);
    }

    static Place place(String code) {
        return PLACES.stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    private NbaSamples() {
    }
}
