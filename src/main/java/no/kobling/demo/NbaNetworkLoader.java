package no.kobling.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.demo.NbaRun.Plan;
import no.kobling.project.Networks;
import no.kobling.project.Networks.MeetingData;
import no.kobling.project.Networks.NetworkData;

/** The North Business Arena's networks (tagged with the project), their member firms and meetings. */
final class NbaNetworkLoader {

    private final Networks networks;

    NbaNetworkLoader(Networks networks) {
        this.networks = networks;
    }

    /** Six networks of the project with member firms and one to three meetings each. */
    void networksOf(NbaRun run) {
        String[][] demos = {
                {"Jämställda företag i inlandet", "Företag som arbetar med jämställdhet delar erfarenheter och "
                        + "metoder.", "2523,2584,2510,2505"},
                {"Tornedalens företagarnätverk", "Företagare i Pajala, Övertorneå och Överkalix samarbetar över "
                        + "kommungränserna.", "2521,2518,2513"},
                {"Unga företagare i Norrbottens inland", "Unga som driver eller startar företag möts och lär av "
                        + "varandra.", "2505,2506,2510"},
                {"Byggföretag i Malmfälten", "Byggföretag i Kiruna och Gällivare samarbetar om större uppdrag.",
                        "2584,2523"},
                {"Livsmedelsproducenter i inlandet", "Lokala livsmedelsproducenter samordnar försäljning och "
                        + "logistik.", "2510,2505,2513"},
                {"Nyföretagare i Kiruna", "Ett nätverk för dem som startat företag under projektet.", "2584"}};
        long organiser = run.organisations.get("2523");
        for (String[] d : demos) {
            Set<String> codes = Set.of(d[2].split(","));
            LocalDate started = run.day(run.start.plusDays(14), run.today.minusDays(45));
            long network = networks.create(new NetworkData(run.partnership, d[0], d[1], organiser, run.advisor,
                    codes.stream().map(run.municipalities::get).collect(Collectors.toSet()),
                    started, null, run.project));
            List<Long> members = new ArrayList<>(run.firms.stream().filter(f -> f.plan != Plan.CONTACTED)
                    .filter(f -> codes.contains(f.place.code())).map(f -> f.id).toList());
            Collections.shuffle(members, run.random);
            members = members.subList(0, Math.min(members.size(), 4 + run.random.nextInt(5)));
            members.forEach(c -> networks.addMember(network, c, started));
            for (int m = 0, n = 1 + run.random.nextInt(3); m < n; m++) {
                networks.recordMeeting(network, new MeetingData(run.day(started, run.today), null,
                        run.municipalities.get(d[2].split(",")[m % codes.size()]), "Nätverksträff " + (m + 1),
                        Set.copyOf(members), null));
            }
        }
    }
}
