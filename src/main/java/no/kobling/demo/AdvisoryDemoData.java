package no.kobling.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import no.kobling.actor.Actors;
import no.kobling.advisory.Advisory;
import no.kobling.advisory.Advisory.ActivityData;
import no.kobling.company.Companies;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.UserAdministration;
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
 * Demo advisory work in the Nordvestlandet partnership: visits and advice by the Giske advisor (radgiver) and the
 * hub ÅKP (koordinator), one follow-up overdue and one due soon, a deep dive, and a needs assessment. Sula Kafé og
 * Bakeri is left without activities so a journey can move it up the pyramid. Idempotent (nothing when any activity
 * exists).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "kobling.demo.enabled", havingValue = "true", matchIfMissing = true)
@Order(130)
public class AdvisoryDemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AdvisoryDemoData.class);

    private final Advisory advisory;
    private final Actors actors;
    private final Companies companies;
    private final UserAdministration users;
    private final Clock clock;
    private final TransactionTemplate transaction;

    AdvisoryDemoData(Advisory advisory, Actors actors, Companies companies, UserAdministration users, Clock clock,
            PlatformTransactionManager tm) {
        this.advisory = advisory;
        this.actors = actors;
        this.companies = companies;
        this.users = users;
        this.clock = clock;
        this.transaction = new TransactionTemplate(tm);
    }

    @Override
    public void run(ApplicationArguments args) {
        Boolean loaded = SystemAccess.run(() -> transaction.execute(status -> load()));
        if (Boolean.TRUE.equals(loaded)) {
            LOG.info("Demo advisory activities and needs loaded");
        }
    }

    private boolean load() {
        if (advisory.countActivities() > 0) {
            return false;
        }
        var giske = actors.organisationIdByName("Giske kommune");
        var hub = actors.organisationIdByName(DemoSeeds.MARKER);
        var advisor = users.userByUsername("radgiver");
        var coordinator = users.userByUsername("koordinator");
        var giskeDigital = companies.idByOrgNumber("NO", "959083010");
        var fjordkanten = companies.idByOrgNumber("NO", CompanyDemoData.FIRST_NUMBER);
        var ulstein = companies.idByOrgNumber("NO", "966131861");
        if (giske.isEmpty() || hub.isEmpty() || advisor.isEmpty() || coordinator.isEmpty() || giskeDigital.isEmpty()
                || fjordkanten.isEmpty() || ulstein.isEmpty()) {
            return false;
        }
        LocalDate today = no.kobling.shared.LocalDay.today(clock, no.kobling.shared.Zones.OSLO);
        Set<Long> me = Set.of(advisor.get().id());
        Set<Long> hubAdvisor = Set.of(coordinator.get().id());
        long g = giske.get();
        long a = hub.get();
        advisory.logActivity(new ActivityData("VISIT", today.minusDays(40), BigDecimal.valueOf(1.5), g, me,
                Set.of(giskeDigital.get()), "Første besøk: vil vekse, treng folk.", false, null));
        long advice = advisory.logActivity(new ActivityData("INDIVIDUAL_ADVISORY", today.minusDays(20),
                BigDecimal.valueOf(3), g, me, Set.of(giskeDigital.get()), "Rekrutteringsplan og budsjett.", true,
                today.plusDays(5)));
        advisory.logActivity(new ActivityData("VISIT", today.minusDays(10), BigDecimal.ONE, g, me,
                Set.of(fjordkanten.get()), "Eksportplanar til Tyskland.", false, today.minusDays(3)));
        advisory.logActivity(new ActivityData("SEMINAR", today.minusDays(25), BigDecimal.valueOf(2), a, hubAdvisor,
                Set.of(fjordkanten.get(), ulstein.get(), giskeDigital.get()), "Frokostseminar om finansiering.", true,
                null));
        advisory.logActivity(new ActivityData("DEEP_DIVE", today.minusDays(15), BigDecimal.valueOf(6), a, hubAdvisor,
                Set.of(ulstein.get()), "Dypdykk: havvind-leverandørkjede.", true, today.plusDays(30)));
        long need = advisory.assessNeed(giskeDigital.get(), "RECRUITMENT", "HIGH", "OPEN", g);
        advisory.linkNeedToActivity(need, advice);
        advisory.assessNeed(giskeDigital.get(), "DIGITALISATION", "MEDIUM", "OPEN", g);
        advisory.assessNeed(fjordkanten.get(), "EXPORT", "HIGH", "OPEN", g);
        return true;
    }
}
