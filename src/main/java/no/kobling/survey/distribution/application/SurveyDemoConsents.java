package no.kobling.survey.distribution.application;

import java.util.List;
import no.kobling.company.Companies;
import no.kobling.identity.SystemAccess;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo data of the survey module (profile {@code demo}): three demo companies — Giske Digital (nb), Malmfältens
 * Turism and Gällivare Gruvteknik (sv) — consent to be contacted for surveys, recorded by staff, so that a demo user
 * can add them to a survey and send it (the invitations go to the outbox; no real mail leaves without an SMTP server).
 * Fjordkanten, Ulstein and Sula are left without consent (the consent step is shown with them). Runs after the demo
 * companies; does nothing for a company that already consents or does not exist.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "kobling.demo.enabled", havingValue = "true", matchIfMissing = true)
@Order(112)
class SurveyDemoConsents implements ApplicationRunner {

    static final List<String[]> CONSENTING = List.of(new String[] {"NO", "959083010"},
            new String[] {"SE", "5594628199"}, new String[] {"SE", "5594821992"});

    private final Companies companies;
    private final SurveyConsentService consents;

    SurveyDemoConsents(Companies companies, SurveyConsentService consents) {
        this.companies = companies;
        this.consents = consents;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAccess.run(() -> {
            for (String[] c : CONSENTING) {
                companies.idByOrgNumber(c[0], c[1]).ifPresent(id -> consents.give(id, "recorded-by-staff",
                        "Demo data: consent given on the registration form"));
            }
            return null;
        });
    }
}
