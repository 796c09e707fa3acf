package no.kobling.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Deterministic generator of realistic companies for one country: the same seed and count always give the same
 * companies. Skew follows the real registers: most companies are sole proprietorships or limited companies with no
 * or few employees, a few are large (long tail to ~20,000); municipalities follow a Zipf law by size (Oslo,
 * Stockholm, Helsinki most); a few industries (holding, real estate, consulting, construction, IT, retail) dominate.
 */
final class CompanyGenerator implements Iterator<SyntheticCompany> {

    static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);
    static final LocalDate REGISTER_START = LocalDate.of(1995, 2, 1);

    /** NACE class prefixes with a higher weight than the default 1 (share of real registrations). */
    private static final Map<String, Double> NACE_BOOST = Map.ofEntries(
            Map.entry("64.20", 60.0), Map.entry("68.20", 70.0), Map.entry("68.10", 15.0), Map.entry("70.22", 55.0),
            Map.entry("41.20", 40.0), Map.entry("43.", 8.0), Map.entry("47.", 4.0), Map.entry("62.01", 25.0),
            Map.entry("62.02", 20.0), Map.entry("56.10", 15.0), Map.entry("96.02", 12.0), Map.entry("86.", 6.0),
            Map.entry("90.0", 12.0), Map.entry("49.41", 10.0), Map.entry("49.32", 8.0), Map.entry("74.", 6.0),
            Map.entry("85.5", 6.0), Map.entry("71.1", 10.0), Map.entry("01.", 3.0), Map.entry("69.", 8.0),
            Map.entry("73.1", 6.0), Map.entry("45.", 4.0), Map.entry("81.", 5.0), Map.entry("93.", 4.0));

    private record LegalForm(String code, String name, double weight, boolean personal, String suffix) {
    }

    private static final Map<String, List<LegalForm>> LEGAL_FORMS = Map.of(
            "NO", List.of(new LegalForm("ENK", "Enkeltpersonforetak", 44, true, ""),
                    new LegalForm("AS", "Aksjeselskap", 40, false, " AS"),
                    new LegalForm("NUF", "Norskregistrert utenlandsk foretak", 3, false, " NUF"),
                    new LegalForm("FLI", "Forening/lag/innretning", 4, false, " FORENING"),
                    new LegalForm("DA", "Ansvarlig selskap med delt ansvar", 1.5, false, " DA"),
                    new LegalForm("ANS", "Ansvarlig selskap med solidarisk ansvar", 1, false, " ANS"),
                    new LegalForm("SA", "Samvirkeforetak", 0.5, false, " SA"),
                    new LegalForm("STI", "Stiftelse", 1, false, " STIFTELSE"),
                    new LegalForm("BRL", "Borettslag", 3, false, " BORETTSLAG"),
                    new LegalForm("ESEK", "Eierseksjonssameie", 1.5, false, " SAMEIE"),
                    new LegalForm("ASA", "Allmennaksjeselskap", 0.05, false, " ASA")),
            "SE", List.of(new LegalForm("E", "Enskild näringsidkare", 35, true, ""),
                    new LegalForm("AB", "Aktiebolag", 50, false, " AB"),
                    new LegalForm("HB", "Handelsbolag", 8, false, " HB"),
                    new LegalForm("KB", "Kommanditbolag", 2, false, " KB"),
                    new LegalForm("EK", "Ekonomisk förening", 2, false, " ek. för."),
                    new LegalForm("BRF", "Bostadsrättsförening", 3, false, " BRF")),
            "FI", List.of(new LegalForm("26", "Yksityinen elinkeinonharjoittaja", 35, true, ""),
                    new LegalForm("16", "Osakeyhtiö", 55, false, " Oy"),
                    new LegalForm("13", "Avoin yhtiö", 4, false, " Ay"),
                    new LegalForm("21", "Kommandiittiyhtiö", 4, false, " Ky"),
                    new LegalForm("14", "Osuuskunta", 2, false, " osk")));

    private final String country;
    private final long count;
    private final boolean allowDeleted;
    private final SplittableRandom random;
    private final OrgNumberSequence orgNumbers;
    private final Words words;
    private final List<Reference.Municipality> municipalities;
    private final double[] municipalityWeights;
    private final List<Reference.NaceClass> naceClasses;
    private final double[] naceWeights;
    private final List<LegalForm> legalForms;
    private final double[] legalFormWeights;
    private long produced;

    CompanyGenerator(String country, long count, long seed, boolean allowDeleted) {
        this.country = country;
        this.count = count;
        this.allowDeleted = allowDeleted;
        this.random = new SplittableRandom(seed * 31 + country.hashCode());
        this.orgNumbers = new OrgNumberSequence(country, seed);
        this.words = Words.of(country);
        this.municipalities = rankBySize(country);
        this.municipalityWeights = cumulative(municipalities.size(), i -> 1.0 / (i + 1));
        this.naceClasses = Reference.naceClasses();
        this.naceWeights = cumulative(naceClasses.size(), i -> boost(naceClasses.get(i).code()));
        this.legalForms = LEGAL_FORMS.get(country);
        this.legalFormWeights = cumulative(legalForms.size(), i -> legalForms.get(i).weight());
    }

    @Override
    public boolean hasNext() {
        return produced < count;
    }

    @Override
    public SyntheticCompany next() {
        produced++;
        LegalForm form = legalForms.get(pick(legalFormWeights));
        Reference.NaceClass nace = naceClasses.get(pick(naceWeights));
        Reference.Municipality municipality = municipalities.get(pick(municipalityWeights));
        String city = municipality.name().toUpperCase(Locale.ROOT);
        String name = name(form, nace, municipality);
        Integer employees = employees(form);
        LocalDate registered;
        LocalDate founded;
        if (random.nextDouble() < 0.1) {
            registered = REGISTER_START.plusDays(random.nextInt(1800));
            founded = LocalDate.of(1890 + random.nextInt(105), 1 + random.nextInt(12), 1 + random.nextInt(28));
        } else {
            registered = LAST_DAY.minusDays((long) (11_000 * Math.pow(random.nextDouble(), 1.6)));
            founded = registered.minusDays(random.nextInt(40));
        }
        String status = "ACTIVE";
        LocalDate statusDate = null;
        double s = random.nextDouble();
        if (s < 0.04) {
            status = s < 0.015 ? "BANKRUPT" : s < 0.03 || !allowDeleted ? "IN_LIQUIDATION" : "DELETED";
            statusDate = registered.plusDays(random.nextInt((int) Math.max(1, registered.until(LAST_DAY).toTotalMonths() * 30)));
            employees = null;
        }
        String street = titleCase(any(words.street()), "") + " " + (1 + random.nextInt(150))
                + (random.nextDouble() < 0.1 ? String.valueOf((char) ('A' + random.nextInt(4))) : "");
        String postBox = random.nextDouble() < 0.15 ? postBoxWord() + " " + (1 + random.nextInt(9000)) : null;
        String website = !form.personal() && random.nextDouble() < 0.25 ? "www." + slug(name) + "." + tld() : null;
        boolean nynorsk = "NO".equals(country)
                && random.nextDouble() < ("46".equals(municipality.regionCode()) || "15".equals(municipality.regionCode()) ? 0.4 : 0.05);
        return new SyntheticCompany(country, orgNumbers.next(), name, form.code(), form.name(), nace, municipality,
                street, postalCode(municipality), city, postBox, website, employees,
                form.personal() && !"FI".equals(country) ? null : founded, registered, status, statusDate,
                purpose(nace), nynorsk);
    }

    private String name(LegalForm form, Reference.NaceClass nace, Reference.Municipality municipality) {
        List<String> industry = words.industryWords(nace.section());
        String word = any(industry);
        String place = municipality.name().toUpperCase(Locale.ROOT);
        String name;
        if (form.personal()) {
            double p = random.nextDouble();
            name = p < 0.5 ? any(words.first()) + " " + any(words.last())
                    : p < 0.8 ? any(words.last()) + " " + word : any(words.first()) + " " + any(words.last()) + " " + word;
        } else {
            double p = random.nextDouble();
            name = p < 0.3 ? any(words.brand()) + " " + word
                    : p < 0.55 ? place + " " + word
                    : p < 0.75 ? any(words.last()) + " " + word
                    : p < 0.9 ? any(words.brand()) + " " + place
                    : any(words.last()) + " & " + any(words.last()) + " " + word;
            name = name + form.suffix().toUpperCase(Locale.ROOT);
        }
        return "NO".equals(country) ? name : titleCase(name, form.suffix());
    }

    private Integer employees(LegalForm form) {
        double u = random.nextDouble();
        if (form.personal()) {
            return u < 0.85 ? null : u < 0.95 ? 0 : 1 + random.nextInt(4);
        }
        if (u < 0.50) {
            return null;
        } else if (u < 0.62) {
            return 0;
        } else if (u < 0.85) {
            return 1 + random.nextInt(4);
        } else if (u < 0.93) {
            return 5 + random.nextInt(5);
        } else if (u < 0.97) {
            return 10 + random.nextInt(10);
        } else if (u < 0.99) {
            return 20 + random.nextInt(30);
        } else if (u < 0.997) {
            return 50 + random.nextInt(200);
        }
        return (int) Math.round(250 * Math.pow(80, random.nextDouble())); // 250 .. 20,000, log-uniform
    }

    private String postalCode(Reference.Municipality m) {
        int code = Integer.parseInt(m.code());
        return switch (country) {
            case "NO" -> String.format("%04d", noPostalBase(m.regionCode()) + code % 37 * 10 + random.nextInt(10));
            case "SE" -> String.format("%05d", 10_000 + code * 37 % 880 * 100 + random.nextInt(100));
            default -> String.format("%05d", code * 97 % 990 * 100 + random.nextInt(100));
        };
    }

    private static int noPostalBase(String county) {
        return switch (county) {
            case "03" -> 150; case "31" -> 1600; case "32" -> 1400; case "33" -> 3000; case "34" -> 2300;
            case "39" -> 3100; case "40" -> 3600; case "42" -> 4500; case "11" -> 4000; case "46" -> 5000;
            case "15" -> 6000; case "50" -> 7000; case "18" -> 8000; case "55" -> 9000; default -> 9500;
        };
    }

    private String purpose(Reference.NaceClass nace) {
        return switch (country) {
            case "NO" -> nace.titleNb() + " og annen virksomhet som naturlig hører sammen med dette.";
            case "SE" -> nace.titleSv() + " samt därmed förenlig verksamhet.";
            default -> nace.titleFi() + " ja siihen liittyvä toiminta.";
        };
    }

    private String postBoxWord() {
        return switch (country) {
            case "NO" -> "Postboks";
            case "SE" -> "Box";
            default -> "PL";
        };
    }

    private String tld() {
        return country.toLowerCase(Locale.ROOT);
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a").replace("ä", "a")
                .replace("ö", "o").replaceAll("[^a-z0-9]+", "");
    }

    private static String titleCase(String name, String suffix) {
        String body = name.substring(0, name.length() - suffix.length());
        StringBuilder b = new StringBuilder();
        for (String w : body.toLowerCase(Locale.ROOT).split(" ")) {
            if (!w.isEmpty()) {
                b.append(b.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return b + suffix;
    }

    private String any(List<String> list) {
        return list.get(random.nextInt(list.size()));
    }

    private int pick(double[] cumulative) {
        double r = random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < r) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double boost(String code) {
        if (code.startsWith("84.") || code.startsWith("97.") || code.startsWith("98.") || code.startsWith("99.")) {
            return 0.05; // public administration, households, extraterritorial bodies: rare in the register
        }
        return NACE_BOOST.entrySet().stream().filter(e -> code.startsWith(e.getKey())).mapToDouble(Map.Entry::getValue)
                .max().orElse(1.0);
    }

    private static double[] cumulative(int n, java.util.function.IntToDoubleFunction weight) {
        double[] c = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += weight.applyAsDouble(i);
            c[i] = sum;
        }
        return c;
    }

    /** Municipalities with the largest first, then the rest in a fixed pseudo-random order. */
    static List<Reference.Municipality> rankBySize(String country) {
        List<Reference.Municipality> all = new ArrayList<>(Reference.municipalities(country));
        List<Reference.Municipality> ranked = new ArrayList<>();
        for (String code : Reference.LARGEST.get(country)) {
            all.stream().filter(m -> m.code().equals(code)).findFirst().ifPresent(m -> {
                ranked.add(m);
                all.remove(m);
            });
        }
        java.util.Collections.shuffle(all, new java.util.Random(42));
        ranked.addAll(all);
        return List.copyOf(ranked);
    }
}
