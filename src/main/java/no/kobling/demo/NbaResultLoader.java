package no.kobling.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import no.kobling.indicator.IndicatorSetup;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The North Business Arena's results: the project counts over the partnership, has whole-period and yearly targets,
 * a first-year report submitted and acknowledged by the funder, and a draft for the second year.
 */
final class NbaResultLoader {

    private final IndicatorSetup indicators;
    private final UserDetailsService userDetails;

    NbaResultLoader(IndicatorSetup indicators, UserDetailsService userDetails) {
        this.indicators = indicators;
        this.userDetails = userDetails;
    }

    /** Counting over the partnership, targets for the period and per year, and the reports so far. */
    void results(NbaRun run) {
        as(NbaDemoData.MANAGER, () -> {
            indicators.count(run.project, "PARTNERSHIP");
            NbaDemoData.TARGETS.forEach((code, value) -> indicators.setTarget(run.project, code, null,
                    BigDecimal.valueOf(value)));
            // per calendar year: the project's months in each year, as a share of the whole target
            for (int year = run.start.getYear(); year <= run.end.getYear(); year++) {
                LocalDate from = year == run.start.getYear() ? run.start : LocalDate.of(year, 1, 1);
                LocalDate to = year == run.end.getYear() ? run.end : LocalDate.of(year, 12, 31);
                double share = (ChronoUnit.DAYS.between(from, to) + 1)
                        / (double) (ChronoUnit.DAYS.between(run.start, run.end) + 1);
                for (String code : List.of("companies-participating", "jobs-created")) {
                    indicators.setTarget(run.project, code, year,
                            BigDecimal.valueOf(Math.round(NbaDemoData.TARGETS.get(code) * share)));
                }
            }
            LocalDate yearOneEnd = run.start.plusYears(1).minusDays(1);
            Locale swedish = Locale.forLanguageTag("sv");
            long first = indicators.createReport(run.project, run.start, yearOneEnd, yearOneEnd.plusMonths(6),
                    "North Business Arena, första projektåret: rådgivare i alla åtta kommuner, nätverk mellan affärsutvecklarna på "
                            + "orterna och gemensamma aktiviteter över kommungränserna har kommit igång.", swedish);
            indicators.submitReport(run.project, first, null);
            indicators.createReport(run.project, yearOneEnd.plusDays(1), run.start.plusYears(2).minusDays(1),
                    run.start.plusYears(2).plusMonths(2), "Utkast för projektår två.", swedish);
            as(NbaDemoData.FUNDER_USER, () -> indicators.acknowledgeReport(run.project, first,
                    "Tack, rapporten är godkänd."));
        });
    }

    /** Runs work as a demo user (the report and target services check a signed-in user, not the system). */
    private void as(String username, Runnable work) {
        UserDetails user = userDetails.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
