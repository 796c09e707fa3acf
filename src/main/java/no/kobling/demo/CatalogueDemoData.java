package no.kobling.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.kobling.actor.Actors;
import no.kobling.actor.ExpertRef;
import no.kobling.advisory.Catalogue;
import no.kobling.advisory.Catalogue.ServiceData;
import no.kobling.company.Companies;
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
 * Demo service catalogue: ÅKP's region-wide programmes for the Nordvestlandet partnership, Giske's own first-line
 * service and a Malmfälten service, referrals of the demo companies in every state, experts' hours per month and
 * one booking. Runs after {@link CompanyDemoData}; idempotent (does nothing when the first service exists).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "kobling.demo.enabled", havingValue = "true", matchIfMissing = true)
@Order(120)
public class CatalogueDemoData implements ApplicationRunner {

    static final String FIRST_SERVICE = "Eksportprogrammet";
    private static final Logger LOG = LoggerFactory.getLogger(CatalogueDemoData.class);

    private final Catalogue catalogue;
    private final Actors actors;
    private final Companies companies;
    private final Geography geography;
    private final Clock clock;
    private final TransactionTemplate transaction;

    CatalogueDemoData(Catalogue catalogue, Actors actors, Companies companies, Geography geography, Clock clock,
            PlatformTransactionManager tm) {
        this.catalogue = catalogue;
        this.actors = actors;
        this.companies = companies;
        this.geography = geography;
        this.clock = clock;
        this.transaction = new TransactionTemplate(tm);
    }

    @Override
    public void run(ApplicationArguments args) {
        Boolean loaded = SystemAccess.run(() -> transaction.execute(status -> load()));
        if (Boolean.TRUE.equals(loaded)) {
            LOG.info("Demo service catalogue loaded");
        }
    }

    private boolean load() {
        if (catalogue.serviceIdByName(FIRST_SERVICE).isPresent()) {
            return false;
        }
        Optional<Long> akp = actors.organisationIdByName(DemoSeeds.MARKER);
        Optional<Long> nordvest = actors.partnershipIdByName(DemoSeeds.NORDVESTLANDET);
        if (akp.isEmpty() || nordvest.isEmpty()) {
            return false;
        }
        long export = catalogue.createService(new ServiceData(akp.get(),
                Map.of("nb", FIRST_SERVICE, "nn", "Eksportprogrammet", "en", "Export programme"),
                Map.of("nb", "Seks samlinger og individuell oppfølging for bedrifter som vil selge utenfor egen "
                        + "kommune og ut i Europa.", "en", "Six sessions and individual follow-up for companies "
                        + "that want to sell beyond their own municipality and into Europe."),
                nordvest.get(), Set.of(), Set.of(), 6));
        long founders = catalogue.createService(new ServiceData(akp.get(),
                Map.of("nb", "Gründerskolen", "nn", "Gründarskulen", "en", "Founders school"),
                Map.of("nb", "Kveldskurs i forretningsmodell, budsjett og markedsanalyse, holdt i alle kommunene "
                        + "i partnerskapet.", "en", "Evening course in business model, budget and market analysis, "
                        + "held in every municipality of the partnership."),
                nordvest.get(), Set.of(), Set.of("NEW_ENTREPRENEUR", "YOUTH", "WOMEN"), 20));
        Long giskeKommune = actors.organisationIdByName("Giske kommune").orElse(null);
        if (giskeKommune != null) {
            catalogue.createService(new ServiceData(giskeKommune,
                    Map.of("nn", "Næringsvennleg Giske – førstelinja", "nb", "Næringsvennlig Giske – førstelinjen"),
                    Map.of("nn", "Første samtale med næringsrådgjevar i kommunen, og vidare til rett tilbod."),
                    null, Set.of(municipality("NO", "1532")), Set.of(), 10));
        }
        actors.organisationIdByName("Gällivare Näringsliv").ifPresent(org -> catalogue.createService(
                new ServiceData(org, Map.of("sv", "Affärsrådgivning i Malmfälten", "fi",
                        "Yritysneuvonta Malmikentillä", "en", "Business advice in Malmfälten"),
                        Map.of("sv", "Kostnadsfri rådgivning för nya och växande företag i Gällivare och Kiruna."),
                        null, Set.of(municipality("SE", "2523"), municipality("SE", "2584")), Set.of(), 8)));

        companies.idByOrgNumber("NO", CompanyDemoData.FIRST_NUMBER).ifPresent(fjord -> {
            long r = catalogue.refer(export, fjord, "Vil inn i det tyske markedet.");
            catalogue.moveReferral(r, "accept");
            catalogue.moveReferral(r, "deliver");
            catalogue.giveFeedback(r, 5, "Konkrete kontakter i Hamburg.");
        });
        companies.idByOrgNumber("NO", "959083010").ifPresent(giske -> {
            catalogue.moveReferral(catalogue.refer(founders, giske, null), "accept");
            catalogue.refer(export, giske, "Programvare for fiskeflåten i Island og Færøyane.");
        });
        companies.idByOrgNumber("NO", "909139090").ifPresent(sula -> {
            long r = catalogue.refer(founders, sula, null);
            catalogue.moveReferral(r, "accept");
            catalogue.moveReferral(r, "deliver");
            catalogue.giveFeedback(r, 4, "Nyttig budsjettdel.");
        });

        YearMonth month = YearMonth.from(no.kobling.shared.LocalDay.today(clock, no.kobling.shared.Zones.OSLO));
        for (ExpertRef expert : actors.experts()) {
            switch (expert.name()) {
                case "Tore Lillebø" -> {
                    catalogue.setExpertCapacity(expert.personId(), 12);
                    companies.idByOrgNumber("NO", CompanyDemoData.FIRST_NUMBER).ifPresent(fjord ->
                            catalogue.bookExpert(expert.personId(), fjord, month, BigDecimal.valueOf(4), "export"));
                }
                case "Marte Solheim" -> catalogue.setExpertCapacity(expert.personId(), 8);
                case "Guro Aunet" -> catalogue.setExpertCapacity(expert.personId(), 16);
                default -> {
                    // other experts keep the default hours per month
                }
            }
        }
        return true;
    }

    private long municipality(String country, String code) {
        return geography.municipalityByCode(country, code).orElseThrow().id();
    }
}
