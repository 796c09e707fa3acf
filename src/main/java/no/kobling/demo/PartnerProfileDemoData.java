package no.kobling.demo;

import java.util.Optional;
import java.util.Set;
import no.kobling.actor.Actors;
import no.kobling.company.Companies;
import no.kobling.company.Companies.CompanyData;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import no.kobling.partnering.PartnerProfiles;
import no.kobling.partnering.PartnerProfiles.ProfileData;
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
 * Demo partner profiles in several languages (seed 002, Nordic Business Link): a Norwegian yard service company
 * seeking welding subcontractors and a Finnish welding workshop offering exactly that, a seafood exporter and a Finnish
 * fish wholesaler, a Swedish mining-services firm, a tourism company. Two Finnish companies are added to the register.
 * Idempotent (does nothing once the Finnish welding workshop exists).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "kobling.demo.enabled", havingValue = "true", matchIfMissing = true)
@Order(140)
public class PartnerProfileDemoData implements ApplicationRunner {

    static final String WELDING_NUMBER = "2841507-2";
    private static final Logger LOG = LoggerFactory.getLogger(PartnerProfileDemoData.class);

    private final PartnerProfiles profiles;
    private final Companies companies;
    private final Actors actors;
    private final Geography geography;
    private final TransactionTemplate transaction;

    PartnerProfileDemoData(PartnerProfiles profiles, Companies companies, Actors actors, Geography geography,
            PlatformTransactionManager tm) {
        this.profiles = profiles;
        this.companies = companies;
        this.actors = actors;
        this.geography = geography;
        this.transaction = new TransactionTemplate(tm);
    }

    @Override
    public void run(ApplicationArguments args) {
        Boolean loaded = SystemAccess.run(() -> transaction.execute(status -> load()));
        if (Boolean.TRUE.equals(loaded)) {
            LOG.info("Demo partner profiles loaded");
        }
    }

    private boolean load() {
        if (companies.idByOrgNumber("FI", WELDING_NUMBER).isPresent()) {
            return false;
        }
        Long tromso = actors.organisationIdByName("Bedriftskompetanse").orElse(null);
        Long oulu = actors.organisationIdByName("Business Oulu").orElse(null);
        Long giskeOrg = actors.organisationIdByName("Giske kommune").orElse(null);
        Long gallivareOrg = actors.organisationIdByName("Gällivare Näringsliv").orElse(null);
        long welding = companies.register(new CompanyData("FI", WELDING_NUMBER, "Oulun Hitsaus ja Konepaja Oy", "OY",
                "25.62", municipality("FI", "564"), 24, "Hitsaus- ja koneistuspalvelut alihankintana.", Set.of()));
        long wholesale = companies.register(new CompanyData("FI", "3115526-7", "Kemin Kalatukku Oy", "OY", "46.38",
                municipality("FI", "240"), 9, "Kalan ja äyriäisten tukkukauppa Pohjois-Suomessa.", Set.of()));
        profiles.saveProfile(new ProfileData(welding, oulu,
                "Tarjoamme hitsauspalveluja alihankintana: teräsrakenteet, ruostumaton teräs ja CNC-koneistus. "
                        + "Meillä on vapaata kapasiteettia keväällä.",
                "Etsimme asiakkaita Norjasta, erityisesti laivanrakennus, offshore ja vesiviljely.",
                Set.of("welding", "machining", "steel-structures"), Set.of("shipbuilding", "offshore"),
                Set.of("CUSTOMER", "CAPACITY"), Set.of("30.11", "33.15"), Set.of("NO"), Set.of("fi", "sv", "en"),
                true));
        profiles.saveProfile(new ProfileData(wholesale, oulu,
                "Tukkukauppa ja jakelu kaloille Pohjois-Suomessa ja Ruotsissa; meillä on kylmävarasto Kemissä.",
                "Etsimme norjalaisia lohen ja valkokalan toimittajia.", Set.of("wholesale", "distribution"),
                Set.of("seafood"), Set.of("SUPPLIER", "DISTRIBUTION"), Set.of("10.20"), Set.of("NO"),
                Set.of("fi", "sv", "en"), true));
        byNumber("NO", "966131861").ifPresent(ulstein -> profiles.saveProfile(new ProfileData(ulstein, tromso,
                "Vi har oppdrag innen service og vedlikehold av fartøy for havvind og skipsbygging, og gir tilgang til "
                        + "kunder i offshore.",
                "Vi søker underleverandør av sveiseoppdrag og stålkonstruksjoner, gjerne fra Finland eller Sverige.",
                Set.of("maintenance", "offshore"), Set.of("welding", "subcontracting"), Set.of("SUPPLIER"),
                Set.of("25.62", "25.11"), Set.of("FI", "SE"), Set.of("nb", "en"), true)));
        byNumber("NO", "952601814").ifPresent(fjord -> profiles.saveProfile(new ProfileData(fjord, giskeOrg,
                "Foredling og eksport av laks og hvitfisk fra Sunnmøre.",
                "Vi søker distributører og grossister i Finland og Sverige.", Set.of("seafood", "export"),
                Set.of("distribution", "wholesale"), Set.of("CUSTOMER", "DISTRIBUTION"), Set.of("46.38"),
                Set.of("FI", "SE"), Set.of("nb", "en"), true)));
        byNumber("SE", "5594821992").ifPresent(gruv -> profiles.saveProfile(new ProfileData(gruv, gallivareOrg,
                "Vi erbjuder tekniska tjänster, underhåll och reparation till gruvindustrin i Malmfälten.",
                "Vi söker underleverantörer inom svetsning och automation samt partner för gemensamma anbud.",
                Set.of("mining", "maintenance"), Set.of("welding", "automation"), Set.of("SUPPLIER", "JOINT_TENDER"),
                Set.of("25.62", "28.92"), Set.of("FI", "NO"), Set.of("sv", "fi", "en"), false)));
        byNumber("SE", "5594628199").ifPresent(tour -> profiles.saveProfile(new ProfileData(tour, gallivareOrg,
                "Guidade upplevelser under midnattssolen och norrsken i Kiruna.",
                "Vi söker researrangörer och hotell i Norge och Finland för paketresor.", Set.of("tourism"),
                Set.of("tourism", "hospitality"), Set.of("MARKET_ACCESS", "DISTRIBUTION"), Set.of("79.12"),
                Set.of("NO", "FI"), Set.of("sv", "en"), true)));
        return true;
    }

    private Optional<Long> byNumber(String country, String number) {
        return companies.idByOrgNumber(country, number);
    }

    private Long municipality(String country, String code) {
        return geography.municipalityByCode(country, code).map(m -> m.id()).orElse(null);
    }
}
