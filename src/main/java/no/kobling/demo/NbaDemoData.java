package no.kobling.demo;

import static no.kobling.demo.NbaSamples.PLACES;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.kobling.actor.Actors;
import no.kobling.advisory.Advisory;
import no.kobling.company.Companies;
import no.kobling.demo.NbaSamples.Place;
import no.kobling.event.Events;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.UserAdministration;
import no.kobling.indicator.IndicatorSetup;
import no.kobling.project.Networks;
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
 * (nothing when the project exists). One loader per kind of record ({@link NbaCompanyLoader},
 * {@link NbaActivityLoader}, {@link NbaEventLoader}, {@link NbaNetworkLoader}, {@link NbaResultLoader}) draws from the
 * run's seeded random in turn.
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
    private final UserAdministration users;
    private final Geography geography;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final EntityManager entityManager;
    private final NbaActivityLoader activities;
    private final NbaCompanyLoader companies;
    private final NbaEventLoader events;
    private final NbaNetworkLoader networks;
    private final NbaResultLoader results;

    NbaDemoData(ProjectPlans plans, Actors actors, Companies companies, Advisory advisory, Events events,
            Networks networks, IndicatorSetup indicators, UserAdministration users, UserDetailsService userDetails,
            Geography geography, Clock clock, PlatformTransactionManager tm, EntityManager entityManager) {
        this.plans = plans;
        this.actors = actors;
        this.users = users;
        this.geography = geography;
        this.clock = clock;
        this.transaction = new TransactionTemplate(tm);
        this.entityManager = entityManager;
        this.activities = new NbaActivityLoader(advisory);
        this.companies = new NbaCompanyLoader(companies, activities);
        this.events = new NbaEventLoader(events);
        this.networks = new NbaNetworkLoader(networks);
        this.results = new NbaResultLoader(indicators, userDetails);
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
        NbaRun run = new NbaRun(today, start, project, partnership.get(), advisor.get(), entityManager);
        run.organisations.putAll(organisations);
        run.municipalities.putAll(municipalities);
        companies.companiesAndAdvice(run);
        activities.seminars(run);
        companies.startUps(run);
        events.jointEvents(run);
        networks.networksOf(run);
        results.results(run);
        LOG.info("Demo project {} ({}): {} companies, {} activities", project, NAME, run.firms.size(),
                run.activities);
        return true;
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
