package no.kobling.survey.distribution;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.kobling.actor.Actors;
import no.kobling.actor.OrganisationData;
import no.kobling.actor.OrganisationKind;
import no.kobling.company.CompanyTestData;
import no.kobling.company.OrganisationNumbers;
import no.kobling.company.application.CompanyCommand;
import no.kobling.company.application.CompanyService;
import no.kobling.company.domain.CompanyFacts;
import no.kobling.company.domain.CompanyStatus;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.UserAdministration.NewUser;
import no.kobling.survey.SurveyFixture;
import no.kobling.survey.definition.domain.SurveySpec;
import org.springframework.context.ApplicationContext;

/**
 * Records for the survey distribution tests: an organisation with an advisor (who has {@code MANAGE_SURVEYS}),
 * companies with an address and a language, and surveys owned by the organisation. Not a bean.
 */
public final class SurveySendWorld {

    final ApplicationContext context;
    final TestUsers users;
    final long org;
    final String advisor;

    SurveySendWorld(ApplicationContext context, TestUsers users, String country) {
        this.context = context;
        this.users = users;
        Actors actors = context.getBean(Actors.class);
        this.org = SystemAccess.run(() -> actors.createOrganisation(new OrganisationData(TestUsers.unique("Org"),
                OrganisationKind.BUSINESS_GARDEN, country, null, null, null, null, null, null)));
        this.advisor = TestUsers.unique("surveysend");
        SystemAccess.run(() -> context.getBean(UserAdministration.class).createUser(new NewUser(advisor,
                "Test " + advisor, advisor + "@example.org", TestUsers.PASSWORD, org, Set.of("ADVISOR", "PARTNERSHIP_COORDINATOR"), "en")));
    }

    public static SurveySendWorld of(ApplicationContext context, TestUsers users) {
        return new SurveySendWorld(context, users, "NO");
    }

    /** A register company with this address and registered languages (may be empty). */
    long company(String country, String email, List<String> languages) {
        String number = switch (country) {
            case "SE" -> CompanyTestData.swedishNumber();
            case "FI" -> finnishNumber();
            default -> CompanyTestData.norwegianNumber();
        };
        CompanyFacts facts = new CompanyFacts("AS", null, null, null, null, null, null, null, null, null, email, null,
                5, null, CompanyStatus.ACTIVE, null, null, languages);
        return SystemAccess.run(() -> context.getBean(CompanyService.class).create(new CompanyCommand(country, number,
                TestUsers.unique("Company " + country), facts, null, null, Set.of()))).id();
    }

    static String finnishNumber() {
        return no.kobling.company.TestOrgNumbers.finland();
    }

    /** A draft survey of the organisation with questions (or none) and a closing date (or none). */
    long survey(LocalDate closesOn, boolean withQuestions) {
        SurveySpec spec = SurveyFixture.spec(closesOn);
        if (!withQuestions) {
            spec = new SurveySpec(spec.kind(), spec.anonymous(), spec.fallbackLanguage(), spec.titles(),
                    spec.intros(), closesOn, null, null, List.of());
        }
        return SurveyFixture.create(context, users, advisor, spec);
    }
}
