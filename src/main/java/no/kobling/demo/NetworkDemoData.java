package no.kobling.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.actor.Actors;
import no.kobling.company.Companies;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.UserAdministration;
import no.kobling.project.Networks;
import no.kobling.project.Networks.MeetingData;
import no.kobling.project.Networks.NetworkData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo business networks (issue 13 point 7): two in North Business Arena — women entrepreneurs in Gällivare and
 * Kiruna, mining suppliers of the inland — and a maritime suppliers' network on Sunnmøre in Nordvestlandet, with
 * member companies of the demo register and a few meetings, dated relative to today. Runs after
 * {@link CompanyDemoData}; idempotent (a network of the same name in the partnership is not made again).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "kobling.demo.enabled", havingValue = "true", matchIfMissing = true)
@Order(180)
public class NetworkDemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkDemoData.class);

    private final Networks networks;
    private final Actors actors;
    private final Companies companies;
    private final Geography geography;
    private final UserAdministration users;
    private final Clock clock;

    NetworkDemoData(Networks networks, Actors actors, Companies companies, Geography geography,
            UserAdministration users, Clock clock) {
        this.networks = networks;
        this.actors = actors;
        this.companies = companies;
        this.geography = geography;
        this.users = users;
        this.clock = clock;
    }

    private record Meeting(int monthsAgo, String place, String municipality, String topic, String notes) {
    }

    private record Demo(String partnership, String name, String purpose, String organiser, String facilitator,
            List<String> municipalities, int startedMonthsAgo, List<String> members, List<Meeting> meetings) {
    }

    static List<Demo> demos() {
        return List.of(
                new Demo(DemoSeeds.NORTH_BUSINESS_ARENA, "Kvinnliga företagare i Malmfälten",
                        "Ett nätverk för kvinnor som driver eller startar företag i Gällivare och Kiruna: erfarenhetsutbyte,"
                                + " mentorskap och gemensamma aktiviteter.",
                        "Gällivare Näringsliv", "handledare", List.of("SE:2523", "SE:2584"), 14,
                        List.of("SE:5594628199"),
                        List.of(new Meeting(13, "Gällivare Näringsliv", "SE:2523", "Uppstartsträff",
                                        "Presentationsrunda och önskemål om teman för året."),
                                new Meeting(7, null, "SE:2584", "Finansiering och bokslut", null),
                                new Meeting(1, "Kiruna stadshus", "SE:2584", "Mentorskväll", null))),
                new Demo(DemoSeeds.NORTH_BUSINESS_ARENA, "Gruvleverantörer i inlandet",
                        "Underleverantörer till gruvindustrin i Gällivare, Kiruna och Jokkmokk samarbetar om upphandlingar,"
                                + " kompetens och hållbarhetskrav.",
                        "Gällivare Näringsliv", "handledare", List.of("SE:2523", "SE:2584", "SE:2510"), 8,
                        List.of("SE:5594821992", "SE:5594628199"),
                        List.of(new Meeting(6, "Gällivare Näringsliv", "SE:2523", "Leverantörskrav och certifiering",
                                        null),
                                new Meeting(2, null, "SE:2584", "Gemensamt anbud", "Två företag undersöker ett"
                                        + " gemensamt anbud."))),
                new Demo(DemoSeeds.NORDVESTLANDET, "Maritimt leverandørnettverk Sunnmøre",
                        "Leverandørar til havvind, sjømat og maritim næring på Sunnmøre deler kompetanse og møter"
                                + " innkjøparar saman.",
                        DemoSeeds.MARKER, "koordinator", List.of("NO:1516", "NO:1508", "NO:1532", "NO:1531"), 10,
                        List.of("NO:966131861", "NO:952601814", "NO:959083010"),
                        List.of(new Meeting(9, "ÅKP, Ålesund", "NO:1508", "Oppstart og kartlegging", null),
                                new Meeting(4, null, "NO:1516", "Innkjøparmøte havvind", "Tre innkjøparar deltok."),
                                new Meeting(1, "Giske", "NO:1532", "Digitale verktøy i verdikjeda", null))));
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAccess.run(() -> demos().forEach(this::load));
    }

    private void load(Demo demo) {
        Optional<Long> partnership = actors.partnershipIdByName(demo.partnership());
        Optional<Long> organiser = actors.organisationIdByName(demo.organiser());
        Optional<Long> facilitator = users.userByUsername(demo.facilitator()).map(UserAdministration.UserRef::id);
        if (partnership.isEmpty() || organiser.isEmpty() || facilitator.isEmpty()
                || networks.idByName(partnership.get(), demo.name()).isPresent()) {
            return;
        }
        LocalDate today = no.kobling.shared.LocalDay.today(clock, no.kobling.shared.Zones.DEFAULT);
        LocalDate start = today.minusMonths(demo.startedMonthsAgo()).withDayOfMonth(1);
        long id = networks.create(new NetworkData(partnership.get(), demo.name(), demo.purpose(), organiser.get(),
                facilitator.get(), demo.municipalities().stream().map(this::municipality).flatMap(Optional::stream)
                        .collect(Collectors.toSet()), start, null, null));
        List<Long> members = demo.members().stream().map(this::company).flatMap(Optional::stream).toList();
        members.forEach(c -> networks.addMember(id, c, start));
        for (Meeting m : demo.meetings()) {
            LocalDate day = today.minusMonths(m.monthsAgo());
            networks.recordMeeting(id, new MeetingData(day.isBefore(start) ? start : day, m.place(),
                    municipality(m.municipality()).orElse(null), m.topic(), Set.copyOf(members), m.notes()));
        }
        LOG.info("Demo network {} ({})", id, demo.name());
    }

    private Optional<Long> municipality(String code) {
        return geography.municipalityByCode(code.substring(0, 2), code.substring(3)).map(m -> m.id());
    }

    private Optional<Long> company(String code) {
        return companies.idByOrgNumber(code.substring(0, 2), code.substring(3));
    }
}
