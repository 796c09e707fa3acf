package no.kobling.demo;

import static no.kobling.demo.NbaSamples.*;

import java.time.LocalTime;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.kobling.demo.NbaRun.Firm;
import no.kobling.demo.NbaRun.Plan;
import no.kobling.demo.NbaSamples.Place;
import no.kobling.event.Events;
import no.kobling.event.Events.EventData;

/** The North Business Arena's events, most organised across municipalities, with the firms registered for them. */
final class NbaEventLoader {

    private final Events events;

    NbaEventLoader(Events events) {
        this.events = events;
    }

    /** Twelve events of the partnership, eight of them organised jointly across municipalities. */
    void jointEvents(NbaRun run) {
        String[][] titles = {
                {"Företagarmässa i Malmfälten", "Business fair in Malmfälten"},
                {"Matchmaking: leverantörer till gruvnäringen", "Matchmaking: suppliers to the mining industry"},
                {"Jämställdhetsforum för inlandets företag", "Gender equality forum for inland companies"},
                {"Partnersmöte i Tornedalen", "Partner meeting in the Torne Valley"},
                {"Sälja utanför den egna kommunen", "Selling beyond your own municipality"},
                {"Rekryteringsdag i Norrbottens inland", "Recruitment day in inland Norrbotten"},
                {"Innovationsdag i Arvidsjaur", "Innovation day in Arvidsjaur"},
                {"Unga företagare i inlandet", "Young entrepreneurs of the inland"},
                {"Nyföretagardag i Kiruna", "Start-up day in Kiruna"},
                {"Höstträff om budget och verksamhetsplanering", "Autumn meeting on budgets and business plans"},
                {"Nya leverantörer i inlandet", "New suppliers of the inland"},
                {"Företagsgala i Jokkmokk", "Business gala in Jokkmokk"}};
        List<Firm> pool = run.firms.stream().filter(f -> f.plan != Plan.CONTACTED).toList();
        for (int i = 0; i < titles.length; i++) {
            Place place = PLACES.get(i % PLACES.size());
            long organiser = run.organisations.get(place.code());
            Set<Long> co = new LinkedHashSet<>();
            if (i < 8) { // joint: one or two co-organisers from other municipalities
                for (int n = 1 + run.random.nextInt(2); co.size() < n; ) {
                    long other = run.organisations.get(PLACES.get(run.random.nextInt(PLACES.size())).code());
                    if (other != organiser) {
                        co.add(other);
                    }
                }
            }
            long event = events.createEvent(new EventData(organiser, co, run.partnership, "PLACE",
                    place.name(), 72, null, "Europe/Stockholm", Map.of(
                    "sv", new String[] {titles[i][0], "North Business Arena: " + titles[i][0].toLowerCase(
                            Locale.forLanguageTag("sv")) + "."},
                    "en", new String[] {titles[i][1], "North Business Arena: " + titles[i][1].toLowerCase(
                            Locale.ENGLISH) + "."})));
            events.openForRegistration(event);
            events.addSession(event, run.day(run.start.plusDays(30), run.today.minusDays(10)), LocalTime.of(9, 0),
                    20, 9, 5);
            Set<Long> registered = new HashSet<>();
            for (int n = 6 + run.random.nextInt(8); registered.size() < n; ) {
                Firm f = pool.get(run.random.nextInt(pool.size()));
                if (registered.add(f.id)) {
                    events.registerCompany(event, f.id, "PARTNER", person(run.random),
                            "kontakt" + f.id + "@nba-demo.example");
                }
            }
        }
    }
}
