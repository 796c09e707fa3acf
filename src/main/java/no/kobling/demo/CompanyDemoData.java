package no.kobling.demo;

import java.math.BigDecimal;
import java.util.Set;
import no.kobling.actor.Actors;
import no.kobling.company.Companies;
import no.kobling.company.Companies.CompanyData;
import no.kobling.company.Companies.EntrepreneurData;
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
 * Demo companies (invented names, invented but check-digit-valid organisation numbers) in the Nordvestlandet and
 * North Business Arena municipalities, with yearly figures, target groups and a contact address, and two entrepreneurs. Runs after
 * {@link DemoDataLoader}; idempotent (does nothing when the first demo company exists).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "kobling.demo.enabled", havingValue = "true", matchIfMissing = true)
@Order(110)
public class CompanyDemoData implements ApplicationRunner {

    static final String FIRST_NUMBER = "952601814";
    private static final Logger LOG = LoggerFactory.getLogger(CompanyDemoData.class);

    private final Companies companies;
    private final Actors actors;
    private final Geography geography;
    private final TransactionTemplate transaction;

    CompanyDemoData(Companies companies, Actors actors, Geography geography, PlatformTransactionManager tm) {
        this.companies = companies;
        this.actors = actors;
        this.geography = geography;
        this.transaction = new TransactionTemplate(tm);
    }

    @Override
    public void run(ApplicationArguments args) {
        Boolean loaded = SystemAccess.run(() -> transaction.execute(status -> load()));
        if (Boolean.TRUE.equals(loaded)) {
            LOG.info("Demo companies and entrepreneurs loaded");
        }
    }

    private boolean load() {
        if (companies.idByOrgNumber("NO", FIRST_NUMBER).isPresent()) {
            return false;
        }
        long fjord = company("NO", FIRST_NUMBER, "Fjordkanten Sjømat AS", "AS", "10.20", "1508", 14,
                "post@fjordkanten.example", "Foredling av laks og hvitfisk fra Sunnmøre, eksport til hele Europa.", Set.of("WOMEN"));
        figures(fjord, "NOK", new long[] {18_200_000, 21_500_000, 24_900_000}, new int[] {11, 13, 14});
        long giske = company("NO", "959083010", "Giske Digital AS", "AS", "62.01", "1532", 4,
                "hei@giske-digital.example", "Programvare for fiskeflåten og små verft.", Set.of("YOUTH", "NEW_ENTREPRENEUR"));
        figures(giske, "NOK", new long[] {900_000, 2_400_000, 3_100_000}, new int[] {2, 3, 4});
        // the demo login "bedrift" (Jonas Fjellheim) represents Giske Digital
        companies.addRepresentative(giske, "bedrift");
        long ulstein = company("NO", "966131861", "Ulstein Havvind Service AS", "AS", "33.15", "1516", 62,
                "post@ulstein-havvind.example", "Service og vedlikehold av fartøy for havvind.", Set.of());
        figures(ulstein, "NOK", new long[] {88_000_000, 97_500_000, 104_000_000}, new int[] {55, 60, 62});
        long sula = company("NO", "909139090", "Sula Kafé og Bakeri", "ENK", "56.10", "1531", 0,
                "bakeri@sula-kafe.example", "Kafé med eget bakeri i Langevåg.", Set.of("FOREIGN_BORN", "WOMEN"));
        figures(sula, "NOK", new long[] {450_000, 610_000, 720_000}, new int[] {0, 0, 0});
        long kiruna = company("SE", "5594628199", "Malmfältens Turism AB", "AB", "79.90", "2584", 7,
                "info@malmfaltens-turism.example", "Guidade turer under midnattssolen och norrsken i Kiruna.", Set.of("YOUTH"));
        figures(kiruna, "SEK", new long[] {3_800_000, 4_600_000, 5_200_000}, new int[] {5, 6, 7});
        long gallivare = company("SE", "5594821992", "Gällivare Gruvteknik AB", "AB", "09.90", "2523", 31,
                "kontakt@gruvteknik.example", "Tekniska tjänster till gruvindustrin i Malmfälten.", Set.of());
        figures(gallivare, "SEK", new long[] {41_000_000, 44_500_000, 47_200_000}, new int[] {28, 30, 31});

        actors.organisationIdByName("Giske kommune").ifPresent(org -> {
            long linked = companies.registerEntrepreneur(new EntrepreneurData(org, "Ingrid Vestnes",
                    "ingrid@example.org", municipality("NO", "1532"), "Digitale verktøy for fiskeflåten.", true,
                    true, Set.of("WOMEN", "NEW_ENTREPRENEUR")));
            companies.linkEntrepreneur(linked, giske);
        });
        actors.organisationIdByName("Gällivare Näringsliv").ifPresent(org ->
                companies.registerEntrepreneur(new EntrepreneurData(org, "Nils Pirttimaa", "nils@example.org",
                        municipality("SE", "2523"), "Hundspannsturer för besökare i vinterfjällen.", true, false,
                        Set.of("YOUTH"))));
        return true;
    }

    /** A demo company with a contact address (invented, under .example), so that surveys can be sent to it. */
    private long company(String country, String number, String name, String legalForm, String nace,
            String municipalityCode, int employees, String email, String description, Set<String> groups) {
        return companies.register(new CompanyData(country, number, name, legalForm, nace,
                municipality(country, municipalityCode), employees, description, groups), email, java.util.List.of());
    }

    private void figures(long id, String currency, long[] revenue, int[] employees) {
        for (int i = 0; i < revenue.length; i++) {
            companies.recordFigure(id, 2022 + i, BigDecimal.valueOf(revenue[i]), currency, employees[i]);
        }
    }

    private Long municipality(String country, String code) {
        return geography.municipalityByCode(country, code).map(m -> m.id()).orElse(null);
    }
}
