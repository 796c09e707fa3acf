package no.kobling.survey.answer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import no.kobling.company.Companies;
import no.kobling.company.CompanyTestData;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.shared.LocalDay;
import no.kobling.shared.Zones;
import no.kobling.survey.SurveyFixture;
import no.kobling.survey.definition.SurveyDefinitions;
import no.kobling.survey.definition.SurveyDefinitions.QuestionDef;
import no.kobling.survey.definition.SurveyDefinitions.SurveyDef;
import no.kobling.survey.definition.application.SurveyBuilderService;
import no.kobling.survey.definition.domain.SurveySpec;
import no.kobling.survey.distribution.application.SurveyTokens;
import no.kobling.survey.distribution.domain.SurveyOpenLink;
import no.kobling.survey.distribution.domain.SurveyRecipient;
import no.kobling.survey.distribution.domain.SurveyRecipientToken;
import no.kobling.survey.distribution.persistence.SurveyOpenLinkRepository;
import no.kobling.survey.distribution.persistence.SurveyRecipientRepository;
import no.kobling.survey.distribution.persistence.SurveyRecipientTokenRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test data of the answer pages: surveycore's fixture survey (two sections, every question type, a condition), opened
 * by a survey manager, a register company in Ålesund with a target group, and links made the way distribution makes
 * them (personal: a recipient with a mailed token; open: an active open link). Not a bean.
 */
final class SurveyAnswerWorld {

    final ApplicationContext ctx;
    final TestUsers users;
    final SurveyFixture.Staff staff;
    final long municipalityId;
    final String targetGroup;

    SurveyAnswerWorld(ApplicationContext ctx) {
        this.ctx = ctx;
        this.users = new TestUsers(ctx.getBean(no.kobling.identity.UserAdministration.class),
                ctx.getBean(org.springframework.security.core.userdetails.UserDetailsService.class),
                ctx.getBean(no.kobling.identity.application.ApiTokenService.class));
        this.staff = SurveyFixture.staff(ctx, "Answer");
        this.municipalityId = ctx.getBean(Geography.class).municipalityByCode("NO", "1508").orElseThrow().id();
        this.targetGroup = SystemAccess.run(() -> ctx.getBean(Companies.class).targetGroupNames()).keySet()
                .iterator().next();
    }

    LocalDate today() {
        return LocalDay.today(ctx.getBean(Clock.class), Zones.OSLO);
    }

    /** The fixture survey, open until a month from today. */
    long openSurvey() {
        return openSurvey(false);
    }

    long openSurvey(boolean anonymous) {
        LocalDate closes = today().plusMonths(1);
        SurveySpec base = SurveyFixture.spec(closes);
        SurveySpec spec = new SurveySpec(base.kind(), anonymous, base.fallbackLanguage(), base.titles(),
                base.intros(), closes, base.partnershipId(), base.projectId(), base.sections());
        SurveyBuilderService builder = ctx.getBean(SurveyBuilderService.class);
        return users.actingAs(staff.username(), () -> {
            long id = builder.create(spec).getId();
            builder.open(id, closes);
            return id;
        });
    }

    void close(long surveyId) {
        SurveyBuilderService builder = ctx.getBean(SurveyBuilderService.class);
        users.actingAs(staff.username(), () -> builder.close(surveyId));
    }

    SurveyDef def(long surveyId) {
        return ctx.getBean(SurveyDefinitions.class).find(surveyId).orElseThrow();
    }

    long question(long surveyId, String code) {
        return def(surveyId).questions().stream().filter(q -> q.code().equals(code)).map(QuestionDef::id)
                .findFirst().orElseThrow();
    }

    /** A register company in Ålesund with the first target group. */
    long company() {
        Companies companies = ctx.getBean(Companies.class);
        return SystemAccess.run(() -> companies.register(new Companies.CompanyData("NO",
                CompanyTestData.norwegianNumber(), TestUsers.unique("Svar AS"), "AS", null, municipalityId, 5, null,
                Set.of(targetGroup))));
    }

    /** A personal link of a recipient (a company, or a person with {@code companyId} null); answers the token. */
    String personalLink(long surveyId, Long companyId, String language) {
        String token = SurveyTokens.newToken();
        String hash = SurveyTokens.hash(token);
        tx().executeWithoutResult(s -> {
            var now = ctx.getBean(Clock.class).instant();
            SurveyRecipient r = ctx.getBean(SurveyRecipientRepository.class).save(new SurveyRecipient(surveyId,
                    companyId, "Kari", TestUsers.unique("kari") + "@example.org", language, now, "test"));
            r.sent(hash, now);
            ctx.getBean(SurveyRecipientTokenRepository.class).save(new SurveyRecipientToken(hash, r.getId(), now));
        });
        return token;
    }

    /** An open anonymous link of the survey; answers the token. */
    String openLink(long surveyId) {
        String token = SurveyTokens.newToken();
        tx().executeWithoutResult(s -> ctx.getBean(SurveyOpenLinkRepository.class).save(new SurveyOpenLink(surveyId,
                SurveyTokens.hash(token), ctx.getBean(Clock.class).instant(), "test")));
        return token;
    }

    TransactionTemplate tx() {
        return new TransactionTemplate(ctx.getBean(org.springframework.transaction.PlatformTransactionManager.class));
    }

    /** A random private address, so no two tests share a rate-limit counter. */
    static String address() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    static List<String> list(String... s) {
        return List.of(s);
    }
}
