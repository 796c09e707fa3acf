package no.kobling.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import no.kobling.actor.Actors;
import no.kobling.company.Companies;
import no.kobling.identity.SystemAccess;
import no.kobling.partnering.PartnerCases;
import no.kobling.partnering.PartnerCases.MeetingHeld;
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
 * Demo partner cases in Nordic Business Link (seed 002): two Norwegian–Swedish pairs that met at a matchmaking
 * event, so the facilitators samtalepart and fasilitaattori find cases at the follow-up stage, one with an overdue
 * follow-up. Runs after {@link CompanyDemoData}; idempotent (a held meeting with the same reference is recorded once).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "kobling.demo.enabled", havingValue = "true", matchIfMissing = true)
@Order(150)
public class CaseDemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CaseDemoData.class);

    private final PartnerCases cases;
    private final Companies companies;
    private final Actors actors;
    private final Clock clock;
    private final TransactionTemplate transaction;

    CaseDemoData(PartnerCases cases, Companies companies, Actors actors, Clock clock, PlatformTransactionManager tm) {
        this.cases = cases;
        this.companies = companies;
        this.actors = actors;
        this.clock = clock;
        this.transaction = new TransactionTemplate(tm);
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAccess.run(() -> {
            Optional<Long> partnership = actors.partnershipIdByName(DemoSeeds.NORDIC_BUSINESS_LINK);
            if (partnership.isEmpty()) {
                return;
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.HOURS);
            meeting(partnership.get(), "966131861", "5594821992", now.minus(20, ChronoUnit.DAYS), "demo-case-1");
            meeting(partnership.get(), "952601814", "5594628199", now.minus(3, ChronoUnit.DAYS), "demo-case-2");
        });
    }

    private void meeting(long partnership, String norwegian, String swedish, Instant heldAt, String reference) {
        Optional<Long> a = companies.idByOrgNumber("NO", norwegian);
        Optional<Long> b = companies.idByOrgNumber("SE", swedish);
        if (a.isEmpty() || b.isEmpty()) {
            return;
        }
        Long id = transaction.execute(s -> cases.meetingHeld(new MeetingHeld(a.get(), b.get(), partnership, heldAt,
                "event", reference)));
        LOG.info("Demo partner case {} ({})", id, reference);
    }
}
