package no.kobling.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.kobling.actor.Actors;
import no.kobling.advisory.Advisory;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration;
import no.kobling.indicator.application.ResultsService;
import no.kobling.indicator.application.TargetService;
import no.kobling.indicator.domain.Counting;
import no.kobling.indicator.report.application.ReportService;
import no.kobling.indicator.report.domain.Report;
import no.kobling.project.ProjectPlans;
import no.kobling.project.ProjectScope;
import no.kobling.project.Projects;
import no.kobling.shared.LocalDay;
import no.kobling.shared.Zones;
import no.kobling.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The North Business Arena demo project (issue 14 point 7): a believable mid-period programme against the article's
 * targets, its reporting history, and a second load that adds nothing.
 */
@IntegrationTest
class NbaDemoDataTest {

    @Autowired
    NbaDemoData nba;
    @Autowired
    ProjectPlans plans;
    @Autowired
    Projects projects;
    @Autowired
    Actors actors;
    @Autowired
    Advisory advisory;
    @Autowired
    ResultsService results;
    @Autowired
    TargetService targets;
    @Autowired
    ReportService reports;
    @Autowired
    UserAdministration userAdministration;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    Clock clock;

    TestUsers users;
    long project;

    @BeforeEach
    void find() {
        users = new TestUsers(userAdministration, userDetails, tokens);
        long partnership = SystemAccess.run(() -> actors.partnershipIdByName(DemoSeeds.NORTH_BUSINESS_ARENA))
                .orElseThrow();
        project = SystemAccess.run(() -> plans.projectIdByName(partnership, NbaDemoData.NAME)).orElseThrow();
    }

    @Test
    void theProjectRunsThreeYearsWithTodayAboutTheMiddleForTheEightMunicipalitiesFundedByTillvaxtverket() {
        ProjectScope scope = SystemAccess.run(() -> projects.scope(project)).orElseThrow();
        LocalDate today = LocalDay.today(clock, Zones.STOCKHOLM);
        assertThat(scope.endDate()).isEqualTo(scope.startDate().plusYears(3).minusDays(1));
        assertThat(scope.startDate()).isBetween(today.minusMonths(19), today.minusMonths(16));
        assertThat(scope.municipalityIds()).hasSize(8);
        assertThat(scope.partyOrganisationIds()).hasSize(8); // the owner and the seven municipalities
        assertThat(scope.targetGroupCodes()).containsExactlyInAnyOrder("NEW_ENTREPRENEUR", "WOMEN", "YOUTH",
                "FOREIGN_BORN");
        assertThat(scope.ownerOrganisationId()).isEqualTo(
                SystemAccess.run(() -> actors.organisationIdByName(NbaDemoData.OWNER)).orElseThrow());
        assertThat(scope.funderOrganisationId()).isEqualTo(
                SystemAccess.run(() -> actors.organisationIdByName(DemoSeeds.TILLVAXTVERKET)).orElseThrow());
        assertThat(userAdministration.usernameExists(NbaDemoData.FUNDER_USER)).isTrue();
    }

    @Test
    void theResultsLookLikeARealMidPeriodProgrammeAgainstTheTargetsOf600And200() {
        ResultsService.Results r = users.actingAs(NbaDemoData.FUNDER_USER,
                () -> results.results(project, null, null, Locale.ENGLISH));
        assertThat(r.funderView()).isTrue();
        assertThat(r.counting()).isEqualTo(Counting.PARTNERSHIP);
        Map<String, ResultsService.IndicatorResult> byCode = new HashMap<>();
        r.indicators().forEach(i -> byCode.put(i.code(), i));
        assertThat(byCode.get("companies-participating").target()).isEqualByComparingTo("600");
        assertThat(byCode.get("jobs-created").target()).isEqualByComparingTo("200");
        // about half of the article's final table (423, 490, 219, 257, 17, 15; pyramid 1200/220/70/20)
        assertRange(byCode, "companies-reached", 380, 700);
        assertRange(byCode, "companies-participating", 200, 300);
        assertRange(byCode, "companies-intensive", 55, 90);
        assertRange(byCode, "companies-deep-dive", 15, 30);
        assertRange(byCode, "startup-advisories", 170, 300);
        assertRange(byCode, "companies-started", 70, 130);
        assertRange(byCode, "local-activities", 80, 160);
        assertRange(byCode, "networks-started", 6, 12);
        assertRange(byCode, "joint-activities", 6, 12);
        assertRange(byCode, "jobs-created", 70, 150);
        // the pyramid narrows
        assertThat(value(byCode, "companies-reached")).isGreaterThan(value(byCode, "companies-participating"));
        assertThat(value(byCode, "companies-participating")).isGreaterThan(value(byCode, "companies-intensive"));
        assertThat(value(byCode, "companies-intensive")).isGreaterThan(value(byCode, "companies-deep-dive"));
    }

    @Test
    void targetsForTheWholePeriodAndPerYear() {
        List<TargetService.TargetView> list = users.actingAs(NbaDemoData.FUNDER_USER,
                () -> targets.targets(project, Locale.ENGLISH));
        assertThat(list).filteredOn(t -> t.year() == null).extracting(TargetService.TargetView::code)
                .containsExactlyInAnyOrderElementsOf(NbaDemoData.TARGETS.keySet());
        BigDecimal participatingPerYear = list.stream().filter(t -> t.year() != null)
                .filter(t -> t.code().equals("companies-participating")).map(TargetService.TargetView::value)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(participatingPerYear.intValue()).isBetween(598, 602);
    }

    @Test
    void theFirstYearsReportIsAcknowledgedAndTheCurrentYearsIsADraft() {
        List<Report> list = users.actingAs(NbaDemoData.FUNDER_USER,
                () -> reports.list(project, Pageable.ofSize(10)).getContent());
        assertThat(list).hasSize(2);
        Report draft = list.get(0);
        Report first = list.get(1);
        assertThat(first.getStatus().name()).isEqualTo("ACKNOWLEDGED");
        assertThat(draft.getStatus().name()).isEqualTo("DRAFT");
        assertThat(first.getTo().plusDays(1)).isEqualTo(draft.getFrom());
        assertThat(users.actingAs(NbaDemoData.FUNDER_USER, () -> reports.get(project, first.getId()).report()
                .getFigures())).isNotEmpty();
    }

    @Test
    void loadingAgainAddsNothing() {
        long activities = SystemAccess.run(advisory::countActivities);
        assertThat(nba.load()).isFalse();
        assertThat(SystemAccess.run(advisory::countActivities)).isEqualTo(activities);
    }

    @Test
    void generatedNumbersAreValidSwedishNumbersAndTheGenerationIsDeterministic() {
        java.util.Random a = new java.util.Random(NbaDemoData.SEED);
        java.util.Random b = new java.util.Random(NbaDemoData.SEED);
        for (int i = 0; i < 50; i++) {
            String number = NbaSamples.swedishNumber(a);
            assertThat(number).isEqualTo(NbaSamples.swedishNumber(b));
            assertThat(no.kobling.company.OrganisationNumbers.normalise("SE", number)).isPresent();
        }
    }

    private static void assertRange(Map<String, ResultsService.IndicatorResult> byCode, String code, int min,
            int max) {
        assertThat(value(byCode, code)).as(code).isBetween(min, max);
    }

    private static int value(Map<String, ResultsService.IndicatorResult> byCode, String code) {
        return byCode.get(code).value().intValue();
    }
}
