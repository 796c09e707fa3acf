package no.kobling.indicator.funder.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.kobling.indicator.application.ResultsService;
import no.kobling.indicator.application.ResultsService.IndicatorResult;
import no.kobling.indicator.application.ResultsService.Results;
import no.kobling.indicator.domain.Suppression;
import no.kobling.project.FundingFigures;
import no.kobling.project.ProjectRef;
import no.kobling.project.Projects;
import no.kobling.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funder's view (issue 14 point 5): the projects the caller's organisation funds ({@code Projects.funded()}),
 * each with its results against targets, the pyramid and budget against actual, aggregates only. A project the
 * caller's organisation does not fund answers 404, even when the caller could see it otherwise.
 */
@Service
public class FundingService {

    static final String READ = "hasAuthority('VIEW_REPORTS')";

    /** The pyramid's levels from the widest to the narrowest. */
    public static final List<String> PYRAMID = List.of("companies-reached", "companies-participating",
            "companies-intensive", "companies-deep-dive");

    private final Projects projects;
    private final ResultsService results;
    private final FundingFigures figures;

    FundingService(Projects projects, ResultsService results, FundingFigures figures) {
        this.projects = projects;
        this.results = results;
        this.figures = figures;
    }

    /** A pyramid level: {@code value} null and {@code suppressed} when fewer than three companies stand behind it. */
    public record Level(String code, String name, BigDecimal value, boolean suppressed) {
    }

    /** {@code suppressed}: codes of the pyramid levels below three, shown as "< 3" in the results table too. */
    public record FundedProject(long id, String name, Results results, List<Level> pyramid,
            java.util.Set<String> suppressed, Optional<FundingFigures.Figures> budget) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public List<ProjectRef> funded() {
        return projects.funded();
    }

    /** Whether the caller's organisation funds any project (the navigation link). */
    @Transactional(readOnly = true)
    public boolean fundsAny() {
        return !projects.funded().isEmpty();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public FundedProject project(long projectId, Locale locale) {
        ProjectRef ref = projects.funded().stream().filter(p -> p.id() == projectId).findFirst()
                .orElseThrow(() -> new NotFoundException("project", projectId));
        Results r = results.results(projectId, null, null, locale);
        List<Level> pyramid = PYRAMID.stream().map(code -> r.indicators().stream()
                .filter(i -> i.code().equals(code)).findFirst().map(FundingService::level).orElse(null))
                .filter(java.util.Objects::nonNull).toList();
        java.util.Set<String> suppressed = pyramid.stream().filter(Level::suppressed).map(Level::code)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        return new FundedProject(ref.id(), ref.name(), r, pyramid, suppressed, figures.figures(projectId));
    }

    private static Level level(IndicatorResult i) {
        boolean suppressed = Suppression.suppressed(i.value().longValue());
        return new Level(i.code(), i.name(), suppressed ? null : i.value(), suppressed);
    }
}
