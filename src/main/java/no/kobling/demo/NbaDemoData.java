package no.kobling.demo;

import static no.kobling.demo.NbaSamples.*;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import no.kobling.actor.Actors;
import no.kobling.demo.NbaSamples.Place;
import no.kobling.advisory.Advisory;
import no.kobling.advisory.Advisory.ActivityData;
import no.kobling.company.Companies;
import no.kobling.company.Companies.CompanyData;
import no.kobling.company.Companies.EntrepreneurData;
import no.kobling.event.Events;
import no.kobling.event.Events.EventData;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.UserAdministration;
import no.kobling.indicator.IndicatorSetup;
import no.kobling.project.Networks;
import no.kobling.project.Networks.MeetingData;
import no.kobling.project.Networks.NetworkData;
import no.kobling.project.ProjectPlans;
import no.kobling.shared.LocalDay;
import no.kobling.shared.Zones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The North Business Arena project (issue 14 point 7, seed article 003): eight inland municipalities of Norrbotten,
 * three years with today about the middle, driven by Gällivare Näringsliv, funded by Tillväxtverket (demo login
 * {@code finansiar}), targets of 600 participating companies and 200 new jobs. Its results are counted over all
 * records of the partnership in its municipalities ({@code PARTNERSHIP}), so the generated work needs no tags (the
 * networks started for it are tagged anyway).
 * <p>
 * Generated, deterministic (a seeded {@link Random}, dates relative to today): invented companies in the eight
 * municipalities on every level of the pyramid, their advisory activities of each kind, entrepreneurs linked to the
 * companies they started, local seminars and network meetings, events organised jointly across municipalities,
 * networks with meetings and yearly employee figures. The first project year's report is submitted and acknowledged
 * by the funder; a draft covers the current year. All through the modules' facades, in one transaction; idempotent
 * (nothing when the project exists).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "kobling.demo.enabled", havingValue = "true", matchIfMissing = true)
@Order(190)
public class NbaDemoData implements ApplicationRunner {

    static final String NAME = "North Business Arena – åtta kommuner i samarbete";
    static final String OWNER = "Gällivare Näringsliv";
    static final String ADVISOR = "handledare";
    static final String FUNDER_USER = "finansiar";
    static final String MANAGER = "admin";
    static final long SEED = 20190605L;

    /** Whole-period targets (the article's goals, and what the project plans for the other indicators). */
    static final Map<String, Integer> TARGETS = ordered("companies-participating", 600, "jobs-created", 200,
            "startup-advisories", 450, "companies-started", 200, "local-activities", 240, "networks-started", 15,
            "joint-activities", 15);

    private static final Logger LOG = LoggerFactory.getLogger(NbaDemoData.class);


    private final ProjectPlans plans;
    private final Actors actors;
    private final Companies companies;
    private final Advisory advisory;
    private final Events events;
    private final Networks networks;
    private final IndicatorSetup indicators;
    private final UserAdministration users;
    private final UserDetailsService userDetails;
    private final Geography geography;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;

    NbaDemoData(ProjectPlans plans, Actors actors, Companies companies, Advisory advisory, Events events,
            Networks networks, IndicatorSetup indicators, UserAdministration users, UserDetailsService userDetails,
            Geography geography, Clock clock, PlatformTransactionManager tm, EntityManager entityManager) {
        this.plans = plans;
        this.actors = actors;
        this.companies = companies;
        this.advisory = advisory;
        this.events = events;
        this.networks = networks;
        this.indicators = indicators;
        this.users = users;
        this.userDetails = userDetails;
        this.geography = geography;
        this.clock = clock;
        this.transaction = new TransactionTemplate(tm);
        this.entityManager = entityManager;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    /** Loads the project and its work unless the project exists; true if it loaded. */
    public boolean load() {
        long started = System.nanoTime();
        Boolean loaded = SystemAccess.run(() -> transaction.execute(status -> seed()));
        if (Boolean.TRUE.equals(loaded)) {
            LOG.info("Demo project {} loaded in {} ms", NAME, (System.nanoTime() - started) / 1_000_000);
        }
        return Boolean.TRUE.equals(loaded);
    }

    /** What the generation plans for a company: the highest pyramid level its activities give it. */
    private enum Plan {
        CONTACTED, PARTICIPATING, INTENSIVE, DEEP_DIVE, STARTED
    }

    private static final class Firm {
        final long id;
        final Place place;
        final Plan plan;
        int seminars;

        Firm(long id, Place place, Plan plan) {
            this.id = id;
            this.place = place;
            this.plan = plan;
        }
    }

    /** The state of one generation run. */
    private final class Run {
        final Random random = new Random(SEED);
        final LocalDate today;
        final LocalDate start;
        final LocalDate end;
        final long project;
        final long partnership;
        final Map<String, Long> organisations = new HashMap<>();
        final Map<String, Long> municipalities = new HashMap<>();
        final long advisor;
        final Set<String> numbers = new HashSet<>();
        final Set<String> names = new HashSet<>();
        final List<Firm> firms = new ArrayList<>();
        int activities;
        int writes;

        Run(LocalDate today, LocalDate start, long project, long partnership, long advisor) {
            this.today = today;
            this.start = start;
            this.end = start.plusYears(3).minusDays(1);
            this.project = project;
            this.partnership = partnership;
            this.advisor = advisor;
        }
    }

    private boolean seed() {
        Optional<Long> partnership = actors.partnershipIdByName(DemoSeeds.NORTH_BUSINESS_ARENA);
        Optional<Long> owner = actors.organisationIdByName(OWNER);
        Optional<Long> funder = actors.organisationIdByName(DemoSeeds.TILLVAXTVERKET);
        Optional<Long> advisor = users.userByUsername(ADVISOR).map(UserAdministration.UserRef::id);
        if (partnership.isEmpty() || owner.isEmpty() || funder.isEmpty() || advisor.isEmpty()
                || !users.usernameExists(FUNDER_USER) || !users.usernameExists(MANAGER)
                || plans.projectIdByName(partnership.get(), NAME).isPresent()) {
            return false;
        }
        LocalDate today = LocalDay.today(clock, Zones.STOCKHOLM);
        LocalDate start = today.minusMonths(17).withDayOfMonth(1);
        Map<Long, String> parties = new LinkedHashMap<>();
        Map<String, Long> organisations = new HashMap<>();
        Map<String, Long> municipalities = new HashMap<>();
        for (Place p : PLACES) {
            long org = actors.organisationIdByName(p.organisation()).orElseThrow();
            organisations.put(p.code(), org);
            municipalities.put(p.code(), geography.municipalityByCode("SE", p.code()).orElseThrow().id());
            if (org != owner.get()) {
                parties.put(org, "Företagsrådgivning, lokala aktiviteter och nyföretagande i " + p.name() + ".");
            }
        }
        long project = plans.create(new ProjectPlans.NewProject(NAME, "PLAIN", partnership.get(), owner.get(),
                funder.get(), start, String.join("\n",
                        "Öka tillväxten och utvecklingen i regionen.",
                        "Starta nya företag.",
                        "Få fram fler egna produkter och innovationer.",
                        "Öka samarbetet över kommungränserna.",
                        "Få med 600 företag i projektet.",
                        "Skapa 200 nya jobb."),
                "Ett treårigt Interreg-projekt med en budget på drygt 30 miljoner kronor, finansierat av "
                        + "Tillväxtverket, EU (Interreg), Företagarna, Expandum, Sparbanken Nord och de åtta "
                        + "kommunerna. Målgrupper är nya företagare, entreprenörer, kvinnor, unga och utrikes födda "
                        + "som vill starta eller utveckla företag.",
                new LinkedHashSet<>(municipalities.values()),
                Set.of("NEW_ENTREPRENEUR", "WOMEN", "YOUTH", "FOREIGN_BORN"), parties, start.plusYears(3)
                        .minusDays(1)));
        plans.startPhase(project, 1, start);
        Run run = new Run(today, start, project, partnership.get(), advisor.get());
        run.organisations.putAll(organisations);
        run.municipalities.putAll(municipalities);
        companiesAndAdvice(run);
        seminars(run);
        startUps(run);
        jointEvents(run);
        networksOf(run);
        results(run);
        LOG.info("Demo project {} ({}): {} companies, {} activities", project, NAME, run.firms.size(),
                run.activities);
        return true;
    }

    // --- companies on every level of the pyramid ---------------------------------------------------------------

    private void companiesAndAdvice(Run run) {
        // the two demo companies of the area take part too
        for (String[] known : new String[][] {{"5594628199", "2584"}, {"5594821992", "2523"}}) {
            companies.idByOrgNumber("SE", known[0]).ifPresent(id -> {
                Firm firm = new Firm(id, place(known[1]), Plan.PARTICIPATING);
                run.firms.add(firm);
                advise(run, firm);
            });
        }
        int[][] plan = {{200, 0}, {75, 1}, {45, 2}, {18, 3}}; // contacted, participating, intensive, deep dive
        for (int[] level : plan) {
            for (int i = 0; i < level[0]; i++) {
                Place place = weightedPlace(run.random);
                Plan p = Plan.values()[level[1]];
                int employees = employees(run.random);
                long id = register(run, place, employees, false);
                if (p != Plan.CONTACTED) {
                    figures(run, id, employees);
                }
                Firm firm = new Firm(id, place, p);
                run.firms.add(firm);
                if (p != Plan.CONTACTED) {
                    advise(run, firm);
                }
            }
        }
    }

    /** Visits and advice by plan: participating &lt; 10 hours, intensive with innovation advice, deep dives. */
    private void advise(Run run, Firm firm) {
        LocalDate first = day(run, run.start, run.today.minusDays(30));
        log(run, "VISIT", first, 1, firm, "Första besök: behov och planer.");
        String[] topics = {"Verksamhetsplanering och budget.", "Export utanför den egna kommunen.",
                "Rekrytering av personal.", "Samverkan inom branschen.", "Nya leverantörer.", "Omvärldsanalys."};
        log(run, "INDIVIDUAL_ADVISORY", day(run, first, run.today), 2 + run.random.nextInt(2), firm,
                topics[run.random.nextInt(topics.length)]);
        if (firm.plan == Plan.INTENSIVE || firm.plan == Plan.DEEP_DIVE) {
            log(run, "INNOVATION_ADVISORY", day(run, first, run.today), 4 + run.random.nextInt(5), firm,
                    "Innovationsrådgivning: ny produkt eller tjänst.");
            if (run.random.nextBoolean()) {
                log(run, run.random.nextBoolean() ? "MATCHMAKING" : "PARTNER_MEETING", day(run, first, run.today),
                        2, firm, "Matchning med tänkbara samarbetspartner i en annan kommun.");
            }
        }
        if (firm.plan == Plan.DEEP_DIVE) {
            log(run, "DEEP_DIVE", day(run, first, run.today), 8 + run.random.nextInt(9), firm,
                    "Djupdykning i företagets utmaningar och lösningar som passar företaget.");
            boolean equality = run.random.nextInt(2) == 0;
            advisory.assessNeed(firm.id, equality ? "GENDER_EQUALITY" : "EXPORT", "HIGH", "BEING_ADDRESSED",
                    run.organisations.get(firm.place.code()));
        }
    }

    // --- local seminars and network meetings --------------------------------------------------------------------

    private void seminars(Run run) {
        String[][] kinds = {{"SEMINAR", "Kunskapsseminarium: "}, {"NETWORK_MEETING", "Nätverksträff: "}};
        String[] topics = {"finansiering och företagsstöd", "rekrytering", "export", "digital marknadsföring",
                "jämställdhet i företaget", "hållbarhetskrav från gruvnäringen", "generationsskifte",
                "offentlig upphandling", "budget och bokslut", "innovation och egna produkter"};
        List<Firm> once = new ArrayList<>(run.firms.stream().filter(f -> f.plan == Plan.CONTACTED).toList());
        java.util.Collections.shuffle(once, run.random);
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
            java.util.Collections.shuffle(more, run.random);
            for (Firm f : more.subList(0, Math.min(more.size(), 2 + run.random.nextInt(4)))) {
                attending.add(f.id);
                f.seminars++;
            }
            if (attending.isEmpty()) {
                continue;
            }
            String[] kind = kinds[i % 3 == 0 ? 1 : 0];
            logMany(run, kind[0], day(run, run.start, run.today.minusDays(3)), 2, place, attending,
                    kind[1] + topics[run.random.nextInt(topics.length)] + " i " + place.name() + ".");
        }
        // contacted companies not at a seminar: one visit each
        for (Firm f : run.firms) {
            if (f.plan == Plan.CONTACTED && f.seminars == 0) {
                log(run, "VISIT", day(run, run.start, run.today), 1, f, "Besök: presentation av projektet.");
            }
        }
    }

    // --- entrepreneurs and the companies they started ---------------------------------------------------------

    private void startUps(Run run) {
        String[] ideas = {"Snickeri och inredning i trä.", "Redovisningsbyrå för små företag.",
                "Catering med lokala råvaror.", "Elinstallationer i fritidshus.", "Webbutik för samiskt hantverk.",
                "Svetsuppdrag åt gruvnäringens leverantörer.", "Frisörsalong.", "IT-support för föreningar.",
                "Hemtjänst och städ.", "Bageri med fjällbröd.", "Skogsvård och röjning.", "Bilverkstad."};
        for (int i = 0; i < 85; i++) {
            Place place = weightedPlace(run.random);
            Set<String> groups = groups(run.random, true);
            long entrepreneur = companies.registerEntrepreneur(new EntrepreneurData(
                    run.organisations.get(place.code()), person(run.random), null, run.municipalities.get(
                            place.code()), ideas[run.random.nextInt(ideas.length)], true, true, groups));
            int employees = run.random.nextInt(100) < 60 ? 0 : run.random.nextInt(100) < 70 ? 1 : 2;
            long company = register(run, place, employees, true, groups);
            LocalDate linked = day(run, run.start.plusDays(20), run.today.minusDays(5));
            companies.linkEntrepreneur(entrepreneur, company, linked);
            Firm firm = new Firm(company, place, Plan.STARTED);
            run.firms.add(firm);
            int advices = 1 + run.random.nextInt(4); // 1..4, each under 2.5 hours: stays below 10 hours
            for (int a = 0; a < advices; a++) {
                LocalDate on = linked.minusDays(60).plusDays(run.random.nextInt(120));
                log(run, "STARTUP_ADVISORY", clamp(run, on), 2, firm, a == 0 ? "Nystartsrådgivning: affärsidé "
                        + "och affärsplan." : "Nystartsrådgivning: uppföljning.");
            }
        }
    }

    // --- events organised across municipalities -----------------------------------------------------------------

    private void jointEvents(Run run) {
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
            events.addSession(event, day(run, run.start.plusDays(30), run.today.minusDays(10)), LocalTime.of(9, 0),
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

    // --- networks -----------------------------------------------------------------------------------------------

    private void networksOf(Run run) {
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
            LocalDate started = day(run, run.start.plusDays(14), run.today.minusDays(45));
            long network = networks.create(new NetworkData(run.partnership, d[0], d[1], organiser, run.advisor,
                    codes.stream().map(run.municipalities::get).collect(java.util.stream.Collectors.toSet()),
                    started, null, run.project));
            List<Long> members = new ArrayList<>(run.firms.stream().filter(f -> f.plan != Plan.CONTACTED)
                    .filter(f -> codes.contains(f.place.code())).map(f -> f.id).toList());
            java.util.Collections.shuffle(members, run.random);
            members = members.subList(0, Math.min(members.size(), 4 + run.random.nextInt(5)));
            members.forEach(c -> networks.addMember(network, c, started));
            for (int m = 0, n = 1 + run.random.nextInt(3); m < n; m++) {
                networks.recordMeeting(network, new MeetingData(day(run, started, run.today), null,
                        run.municipalities.get(d[2].split(",")[m % codes.size()]), "Nätverksträff " + (m + 1),
                        Set.copyOf(members), null));
            }
        }
    }

    // --- targets, counting and reports ------------------------------------------------------------------------

    private void results(Run run) {
        as(MANAGER, () -> {
            indicators.count(run.project, "PARTNERSHIP");
            TARGETS.forEach((code, value) -> indicators.setTarget(run.project, code, null, BigDecimal.valueOf(value)));
            // per calendar year: the project's months in each year, as a share of the whole target
            for (int year = run.start.getYear(); year <= run.end.getYear(); year++) {
                LocalDate from = year == run.start.getYear() ? run.start : LocalDate.of(year, 1, 1);
                LocalDate to = year == run.end.getYear() ? run.end : LocalDate.of(year, 12, 31);
                double share = (ChronoUnit.DAYS.between(from, to) + 1)
                        / (double) (ChronoUnit.DAYS.between(run.start, run.end) + 1);
                for (String code : List.of("companies-participating", "jobs-created")) {
                    indicators.setTarget(run.project, code, year,
                            BigDecimal.valueOf(Math.round(TARGETS.get(code) * share)));
                }
            }
            LocalDate yearOneEnd = run.start.plusYears(1).minusDays(1);
            Locale swedish = Locale.forLanguageTag("sv");
            long first = indicators.createReport(run.project, run.start, yearOneEnd, yearOneEnd.plusMonths(6),
                    "North Business Arena, första projektåret: rådgivare i alla åtta kommuner, nätverk mellan affärsutvecklarna på "
                            + "orterna och gemensamma aktiviteter över kommungränserna har kommit igång.", swedish);
            indicators.submitReport(run.project, first, null);
            indicators.createReport(run.project, yearOneEnd.plusDays(1), run.start.plusYears(2).minusDays(1),
                    run.start.plusYears(2).plusMonths(2), "Utkast för projektår två.", swedish);
            as(FUNDER_USER, () -> indicators.acknowledgeReport(run.project, first,
                    "Tack, rapporten är godkänd."));
        });
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private void log(Run run, String kind, LocalDate date, int hours, Firm firm, String notes) {
        logMany(run, kind, date, hours, firm.place, Set.of(firm.id), notes);
    }

    private void logMany(Run run, String kind, LocalDate date, int hours, Place place, Set<Long> companyIds,
            String notes) {
        long organisation = run.organisations.get(place.code());
        Set<Long> advisors = "2523".equals(place.code()) ? Set.of(run.advisor) : Set.of();
        advisory.logActivity(new ActivityData(kind, date, BigDecimal.valueOf(hours), organisation, advisors,
                companyIds, notes, true, null));
        run.activities++;
        written(run);
    }

    /**
     * Every few dozen writes the session is flushed and emptied: the whole load is one transaction, and a session
     * holding thousands of entities makes every query's automatic flush check them all (the load would grow
     * quadratically).
     */
    private void written(Run run) {
        if (++run.writes % 40 == 0) {
            entityManager.flush();
            entityManager.clear();
        }
    }

    private long register(Run run, Place place, int employees, boolean started) {
        return register(run, place, employees, started, groups(run.random, false));
    }

    private long register(Run run, Place place, int employees, boolean started, Set<String> groups) {
        String[] trade = TRADES[run.random.nextInt(TRADES.length)];
        String name = PREFIXES[run.random.nextInt(PREFIXES.length)] + " " + trade[0];
        if (!run.names.add(name)) {
            name = name + " i " + place.name();
            if (!run.names.add(name)) {
                name = name + " " + (run.names.size() + 1);
                run.names.add(name);
            }
        }
        String number;
        do {
            number = swedishNumber(run.random);
        } while (!run.numbers.add(number) || companies.idByOrgNumber("SE", number).isPresent());
        Set<String> companyGroups = new HashSet<>(groups);
        if (started) {
            companyGroups.add("NEW_ENTREPRENEUR");
        }
        written(run);
        return companies.register(new CompanyData("SE", number, name + " AB", "AB", trade[1],
                run.municipalities.get(place.code()), employees, started ? "Nystartat företag i " + place.name()
                        + "." : null, companyGroups));
    }

    /** Employees in the year before the project and in the last closed year: a modest net growth. */
    private void figures(Run run, long companyId, int employees) {
        int before = run.start.getYear() - 1;
        int last = run.today.getYear() - 1;
        int growth = new int[] {-1, 0, 0, 0, 0, 0, 1, 1, 1, 2}[run.random.nextInt(10)];
        int after = Math.max(0, employees + growth);
        companies.recordFigure(companyId, before, revenue(employees), "SEK", employees);
        companies.recordFigure(companyId, last, revenue(after).multiply(BigDecimal.valueOf(106)).movePointLeft(2),
                "SEK", after);
    }

    /** A day in [from, to] (to if the range is empty). */
    private static LocalDate day(Run run, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? to : from.plusDays(run.random.nextInt((int) days + 1));
    }

    private static LocalDate clamp(Run run, LocalDate day) {
        return day.isBefore(run.start) ? run.start : day.isAfter(run.today) ? run.today : day;
    }

    /** Runs work as a demo user (the report and target services check a signed-in user, not the system). */
    private void as(String username, Runnable work) {
        UserDetails user = userDetails.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(Object... pairs) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (V) pairs[i + 1]);
        }
        return map;
    }
}
