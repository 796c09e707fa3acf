package no.kobling.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import no.kobling.actor.Actors;
import no.kobling.company.Companies;
import no.kobling.company.Companies.CompanyData;
import no.kobling.event.Events;
import no.kobling.event.Events.EventData;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A joint matchmaking event of the Nordic Business Link partnership in Tromsø (organised by Næringsforeningen i
 * Tromsøregionen with Bedriftskompetanse, Norrbottens Handelskammare and Business Oulu, so the demo logins
 * samtalepart and fasilitaattori manage it): two sessions, ten tables, seven registered companies from Norway, Sweden
 * and Finland (three added here; invented names, check-digit-valid numbers) and meeting requests, some accepted.
 * Giske Digital (the demo login "bedrift") takes part. Idempotent: does nothing when the event exists.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "kobling.demo.enabled", havingValue = "true", matchIfMissing = true)
@Order(160)
public class EventDemoData implements ApplicationRunner {

    static final String SLUG = "nordic-b2b-tromso-2027";
    private static final Logger LOG = LoggerFactory.getLogger(EventDemoData.class);

    private final Events events;
    private final Companies companies;
    private final Actors actors;
    private final Geography geography;
    private final TransactionTemplate transaction;

    EventDemoData(Events events, Companies companies, Actors actors, Geography geography,
            PlatformTransactionManager tm) {
        this.events = events;
        this.companies = companies;
        this.actors = actors;
        this.geography = geography;
        this.transaction = new TransactionTemplate(tm);
    }

    @Override
    public void run(ApplicationArguments args) {
        Boolean loaded = SystemAccess.run(() -> transaction.execute(status -> load()));
        if (Boolean.TRUE.equals(loaded)) {
            LOG.info("Demo matchmaking event loaded");
        }
    }

    private boolean load() {
        if (events.idBySlug(SLUG).isPresent()) {
            return false;
        }
        Long organiser = actors.organisationIdByName("Næringsforeningen i Tromsøregionen").orElse(null);
        Long partnership = actors.partnershipIdByName(DemoSeeds.NORDIC_BUSINESS_LINK).orElse(null);
        if (organiser == null) {
            return false;
        }
        Set<Long> co = new java.util.HashSet<>();
        for (String name : new String[] {"Bedriftskompetanse", "Norrbottens Handelskammare", "Business Oulu"}) {
            actors.organisationIdByName(name).ifPresent(co::add);
        }
        long event = events.createEvent(new EventData(organiser, co, partnership, "HYBRID",
                "Clarion Hotel The Edge, Tromsø", 72, 8, "Europe/Oslo", Map.of(
                "nb", new String[] {"Nordisk B2B-møte Tromsø 2027",
                        "Avtalte én-til-én-møter mellom bedrifter i Troms, Norrbotten og Nord-Österbotten. "
                                + "Hvert møte følges opp av en samtalepart."},
                "sv", new String[] {"Nordiskt B2B-möte Tromsø 2027",
                        "Bokade möten mellan företag i Troms, Norrbotten och Norra Österbotten."},
                "fi", new String[] {"Pohjoismainen B2B-tapaaminen Tromssa 2027",
                        "Sovitut tapaamiset Tromssan, Norrbottenin ja Pohjois-Pohjanmaan yritysten välillä."},
                "en", new String[] {"Nordic B2B meetings Tromsø 2027",
                        "Pre-booked one-to-one meetings between companies in Troms, Norrbotten and Northern "
                                + "Ostrobothnia, each followed up by a facilitator."})));
        events.openForRegistration(event);
        events.addSession(event, LocalDate.of(2027, 2, 10), LocalTime.of(9, 0), 20, 9, 5);
        events.addSession(event, LocalDate.of(2027, 2, 10), LocalTime.of(13, 0), 20, 6, 5);
        events.addTables(event, "Bord", 8, null);
        events.addTables(event, "Digitalt rom", 2, "https://meet.example.org/nordic-b2b");

        long tromso = company("NO", "918345728", "Ishavskysten Sveis AS", "25.62", "5501", 18,
                "Sveising og stålkonstruksjoner for havbruk og verft i Troms.");
        long lulea = company("SE", "5567812341", "Luleå Industriservice AB", "33.12", "2580", 45,
                "Underhåll och reparation av maskiner för gruv- och stålindustrin.");
        long oulu = company("FI", "3124567-6", "Oulun Hitsaus Oy", "25.11", "564", 22,
                "Hitsauspalvelut ja teräsrakenteet alihankintana kaivos- ja energia-alalle.");
        long giske = companies.idByOrgNumber("NO", "959083010").orElseThrow();
        long gallivare = companies.idByOrgNumber("SE", "5594821992").orElseThrow();
        long kiruna = companies.idByOrgNumber("SE", "5594628199").orElseThrow();
        long ulstein = companies.idByOrgNumber("NO", "966131861").orElseThrow();

        long pTromso = events.registerCompany(event, tromso, "SELLER", "Hanne Isaksen", "hanne@ishavskysten.example");
        long pLulea = events.registerCompany(event, lulea, "BUYER", "Per Lundström", "per@luleaindustri.example");
        long pOulu = events.registerCompany(event, oulu, "SELLER", "Mikko Hietala", "mikko@oulunhitsaus.example");
        long pGiske = events.registerCompany(event, giske, "SELLER", "Jonas Fjellheim", "jonas@giske.example");
        long pGallivare = events.registerCompany(event, gallivare, "BUYER", "Anna Kuoksu", "anna@gruvteknik.example");
        long pKiruna = events.registerCompany(event, kiruna, "PARTNER", "Sara Nutti", "sara@malmturism.example");
        long pUlstein = events.registerCompany(event, ulstein, "BUYER", "Ola Vik", "ola@ulstein.example");

        accepted(event, pGallivare, pOulu, "Vi söker underleverantör av svetsuppdrag till gruvindustrin.");
        accepted(event, pGallivare, pTromso, "Intresserade av stålkonstruktioner.");
        accepted(event, pLulea, pOulu, "Samarbete om underhållsuppdrag?");
        accepted(event, pUlstein, pTromso, "Vi trenger sveisekapasitet på verftet i vår.");
        accepted(event, pUlstein, pGiske, "Programvare for servicefartøy?");
        events.requestMeeting(event, pLulea, pTromso, "Can we meet about repair work in Narvik?");
        events.requestMeeting(event, pKiruna, pGiske, "Digital booking for our tours?");
        return true;
    }

    private void accepted(long event, long from, long to, String message) {
        events.answerRequest(event, events.requestMeeting(event, from, to, message), true);
    }

    private long company(String country, String number, String name, String nace, String municipality,
            int employees, String description) {
        return companies.idByOrgNumber(country, number).orElseGet(() -> companies.register(new CompanyData(country,
                number, name, "NO".equals(country) ? "AS" : "SE".equals(country) ? "AB" : "OY", nace,
                geography.municipalityByCode(country, municipality).map(m -> m.id()).orElse(null), employees,
                description, Set.of())));
    }
}
