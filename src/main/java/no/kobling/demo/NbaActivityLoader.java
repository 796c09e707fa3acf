package no.kobling.demo;

import static no.kobling.demo.NbaSamples.weightedPlace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.kobling.advisory.Advisory;
import no.kobling.advisory.Advisory.ActivityData;
import no.kobling.demo.NbaRun.Firm;
import no.kobling.demo.NbaRun.Plan;
import no.kobling.demo.NbaSamples.Place;

/**
 * The North Business Arena's advisory activities: visits and advice by each firm's plan, local seminars and network
 * meetings, and the start-up advice of the entrepreneurs.
 */
final class NbaActivityLoader {

    private final Advisory advisory;

    NbaActivityLoader(Advisory advisory) {
        this.advisory = advisory;
    }

    /** Visits and advice by plan: participating &lt; 10 hours, intensive with innovation advice, deep dives. */
    void advise(NbaRun run, Firm firm) {
        LocalDate first = run.day(run.start, run.today.minusDays(30));
        log(run, "VISIT", first, 1, firm, "Första besök: behov och planer.");
        String[] topics = {"Verksamhetsplanering och budget.", "Export utanför den egna kommunen.",
                "Rekrytering av personal.", "Samverkan inom branschen.", "Nya leverantörer.", "Omvärldsanalys."};
        log(run, "INDIVIDUAL_ADVISORY", run.day(first, run.today), 2 + run.random.nextInt(2), firm,
                topics[run.random.nextInt(topics.length)]);
        if (firm.plan == Plan.INTENSIVE || firm.plan == Plan.DEEP_DIVE) {
            log(run, "INNOVATION_ADVISORY", run.day(first, run.today), 4 + run.random.nextInt(5), firm,
                    "Innovationsrådgivning: ny produkt eller tjänst.");
            if (run.random.nextBoolean()) {
                log(run, run.random.nextBoolean() ? "MATCHMAKING" : "PARTNER_MEETING", run.day(first, run.today),
                        2, firm, "Matchning med tänkbara samarbetspartner i en annan kommun.");
            }
        }
        if (firm.plan == Plan.DEEP_DIVE) {
            log(run, "DEEP_DIVE", run.day(first, run.today), 8 + run.random.nextInt(9), firm,
                    "Djupdykning i företagets utmaningar och lösningar som passar företaget.");
            boolean equality = run.random.nextInt(2) == 0;
            advisory.assessNeed(firm.id, equality ? "GENDER_EQUALITY" : "EXPORT", "HIGH", "BEING_ADDRESSED",
                    run.organisations.get(firm.place.code()));
        }
    }

    /** Start-up advice around the day the entrepreneur's company was linked: 1..4, each under 2.5 hours. */
    void startUpAdvice(NbaRun run, Firm firm, LocalDate linked) {
        int advices = 1 + run.random.nextInt(4); // stays below 10 hours
        for (int a = 0; a < advices; a++) {
            LocalDate on = linked.minusDays(60).plusDays(run.random.nextInt(120));
            log(run, "STARTUP_ADVISORY", run.clamp(on), 2, firm, a == 0 ? "Nystartsrådgivning: affärsidé "
                    + "och affärsplan." : "Nystartsrådgivning: uppföljning.");
        }
    }

    /** Local seminars and network meetings; the contacted companies not at one get a visit. */
    void seminars(NbaRun run) {
        String[][] kinds = {{"SEMINAR", "Kunskapsseminarium: "}, {"NETWORK_MEETING", "Nätverksträff: "}};
        String[] topics = {"finansiering och företagsstöd", "rekrytering", "export", "digital marknadsföring",
                "jämställdhet i företaget", "hållbarhetskrav från gruvnäringen", "generationsskifte",
                "offentlig upphandling", "budget och bokslut", "innovation och egna produkter"};
        List<Firm> once = new ArrayList<>(run.firms.stream().filter(f -> f.plan == Plan.CONTACTED).toList());
        Collections.shuffle(once, run.random);
        once = new ArrayList<>(once.subList(0, once.size() * 45 / 100)); // the others only get a visit
        for (int i = 0; i < 90; i++) {
            Place place = weightedPlace(run.random);
            Set<Long> attending = new LinkedHashSet<>();
            for (int n = 1 + run.random.nextInt(2), k = 0; k < once.size() && n > 0; k++) {
                if (once.get(k).place == place) {
                    Firm f = once.remove(k);
                    f.seminars++;
                    attending.add(f.id);
                    n--;
                    k--;
                }
            }
            List<Firm> more = new ArrayList<>(run.firms.stream().filter(f -> f.place == place)
                    .filter(f -> (f.plan == Plan.PARTICIPATING && f.seminars == 0) || f.plan == Plan.INTENSIVE
                            || f.plan == Plan.DEEP_DIVE).toList());
            Collections.shuffle(more, run.random);
            for (Firm f : more.subList(0, Math.min(more.size(), 2 + run.random.nextInt(4)))) {
                attending.add(f.id);
                f.seminars++;
            }
            if (attending.isEmpty()) {
                continue;
            }
            String[] kind = kinds[i % 3 == 0 ? 1 : 0];
            logMany(run, kind[0], run.day(run.start, run.today.minusDays(3)), 2, place, attending,
                    kind[1] + topics[run.random.nextInt(topics.length)] + " i " + place.name() + ".");
        }
        // contacted companies not at a seminar: one visit each
        for (Firm f : run.firms) {
            if (f.plan == Plan.CONTACTED && f.seminars == 0) {
                log(run, "VISIT", run.day(run.start, run.today), 1, f, "Besök: presentation av projektet.");
            }
        }
    }

    private void log(NbaRun run, String kind, LocalDate date, int hours, Firm firm, String notes) {
        logMany(run, kind, date, hours, firm.place, Set.of(firm.id), notes);
    }

    private void logMany(NbaRun run, String kind, LocalDate date, int hours, Place place, Set<Long> companyIds,
            String notes) {
        long organisation = run.organisations.get(place.code());
        Set<Long> advisors = "2523".equals(place.code()) ? Set.of(run.advisor) : Set.of();
        advisory.logActivity(new ActivityData(kind, date, BigDecimal.valueOf(hours), organisation, advisors,
                companyIds, notes, true, null));
        run.activities++;
        run.written();
    }
}
