package no.kobling.indicator.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import no.kobling.actor.ActorZones;
import no.kobling.actor.Visibility;
import no.kobling.company.Companies;
import no.kobling.geo.Geography;
import no.kobling.geo.MunicipalityRef;
import no.kobling.indicator.application.IndicatorEngine.Value;
import no.kobling.indicator.domain.Counting;
import no.kobling.indicator.domain.Forecast;
import no.kobling.indicator.domain.Suppression;
import no.kobling.indicator.domain.Target;
import no.kobling.project.ProjectScope;
import no.kobling.shared.DomainException;
import no.kobling.shared.FactsFilter;
import no.kobling.shared.LocalDay;
import no.kobling.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's results against its targets, and an indicator's breakdown. Whoever may see the project (its owner's and
 * parties' staff, its funder's users, administrators: {@code Projects.scope}) reads them with {@code VIEW_REPORTS},
 * {@code MANAGE_PROJECTS} or {@code LOG_PROJECT_HOURS}; a project the caller may not see answers 404. A funder (a
 * user of the project's funder organisation that is not one of its parties) gets breakdown cells below three
 * companies or persons suppressed.
 */
@Service
public class ResultsService {

    static final String READ = "hasAnyAuthority('VIEW_REPORTS', 'MANAGE_PROJECTS', 'LOG_PROJECT_HOURS')";

    public static final List<String> DIMENSIONS = List.of("municipality", "country", "target-group", "quarter");

    private final ResultsAccess access;
    private final IndicatorCatalogue catalogue;
    private final IndicatorEngine engine;
    private final TargetService targets;
    private final Visibility visibility;
    private final Geography geography;
    private final Companies companies;
    private final ActorZones zones;
    private final Clock clock;

    ResultsService(ResultsAccess access, IndicatorCatalogue catalogue, IndicatorEngine engine, TargetService targets,
            Visibility visibility, Geography geography, Companies companies, ActorZones zones, Clock clock) {
        this.access = access;
        this.catalogue = catalogue;
        this.engine = engine;
        this.targets = targets;
        this.visibility = visibility;
        this.geography = geography;
        this.companies = companies;
        this.zones = zones;
        this.clock = clock;
    }

    /** One indicator's result: {@code target} is the year's target when the period lies in one year and has one. */
    public record IndicatorResult(String code, String name, BigDecimal value, BigDecimal target, Integer targetYear,
            String unit, String unitName, BigDecimal progressPercent, BigDecimal forecast,
            Map<String, BigDecimal> amounts) {
    }

    public record Results(long project, String projectName, LocalDate from, LocalDate to, Counting counting,
            boolean funderView, List<IndicatorResult> indicators) {
    }

    public record Cell(String key, String label, BigDecimal value, boolean suppressed) {
    }

    public record Breakdown(long project, String code, String name, String by, LocalDate from, LocalDate to,
            String unit, String unitName, List<Cell> cells) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public Results results(long projectId, LocalDate from, LocalDate to, Locale locale) {
        ResultsAccess.Seen seen = access.see(projectId);
        Period period = period(seen.scope(), from, to);
        FactsFilter filter = filter(seen, period.from(), period.to());
        Map<String, Value> values = engine.compute(IndicatorEngine.CODES, filter, null, projectId);
        Map<String, Map<Integer, BigDecimal>> targetsByCode = targets.byCode(projectId);
        LocalDate today = LocalDay.today(clock, zones.partnership(seen.scope().partnershipId()));
        List<IndicatorResult> out = new ArrayList<>();
        for (IndicatorCatalogue.Indicator def : catalogue.all()) {
            Value v = values.get(def.code());
            if (v == null) {
                continue;
            }
            Map<Integer, BigDecimal> t = targetsByCode.getOrDefault(def.code(), Map.of());
            Integer year = period.from().getYear() == period.to().getYear() && t.containsKey(period.from().getYear())
                    ? period.from().getYear() : null;
            BigDecimal target = t.get(year == null ? Target.WHOLE_PERIOD : year);
            out.add(new IndicatorResult(def.code(), def.name(locale), v.value(), target, year, def.unit(),
                    def.unitName(locale), Forecast.progressPercent(v.value(), target),
                    Forecast.linear(v.value(), period.from(), period.to(), today),
                    v.amounts().isEmpty() ? null : v.amounts()));
        }
        return new Results(projectId, seen.scope().name(), period.from(), period.to(), seen.counting(),
                seen.funder(), out);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public Breakdown breakdown(long projectId, String code, String by, LocalDate from, LocalDate to, Locale locale) {
        return breakdown(access.see(projectId), false, code, by, from, to, locale);
    }

    /**
     * For report snapshots (staff of the project only): every cell with its value, {@code suppressed} marking the
     * cells a funder sees as "&lt; 3" (the same rule as {@link #breakdown}).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public Breakdown breakdownForSnapshot(long projectId, String code, String by, LocalDate from, LocalDate to,
            Locale locale) {
        return breakdown(access.manage(projectId), true, code, by, from, to, locale);
    }

    private Breakdown breakdown(ResultsAccess.Seen seen, boolean snapshot, String code, String by, LocalDate from,
            LocalDate to, Locale locale) {
        long projectId = seen.scope().id();
        IndicatorCatalogue.Indicator def = catalogue.find(code)
                .orElseThrow(() -> new NotFoundException("indicator", code));
        if (by == null || !DIMENSIONS.contains(by)) {
            throw DomainException.rule("breakdown-dimension-unknown", "indicator.error.dimension-unknown", by);
        }
        Period period = period(seen.scope(), from, to);
        FactsFilter filter = filter(seen, period.from(), period.to());
        List<Cell> cells = new ArrayList<>();
        switch (by) {
            case "municipality" -> {
                for (MunicipalityRef m : sorted(geography.municipalities(seen.scope().municipalityIds()))) {
                    cells.add(cell(seen, snapshot, code, String.valueOf(m.id()), m.name(),
                            filter.withMunicipalities(Set.of(m.id())), null));
                }
            }
            case "country" -> {
                Map<String, Set<Long>> byCountry = new TreeMap<>();
                geography.municipalities(seen.scope().municipalityIds()).forEach(
                        m -> byCountry.computeIfAbsent(m.countryCode(), k -> new HashSet<>()).add(m.id()));
                byCountry.forEach((country, ids) -> cells.add(cell(seen, snapshot, code, country,
                        new Locale("", country).getDisplayCountry(locale), filter.withMunicipalities(ids), null)));
            }
            case "target-group" -> {
                Map<String, String> names = companies.targetGroupNames();
                List<String> groups = seen.scope().targetGroupCodes().isEmpty() ? new ArrayList<>(names.keySet())
                        : names.keySet().stream().filter(seen.scope().targetGroupCodes()::contains).toList();
                for (String group : groups) {
                    cells.add(cell(seen, snapshot, code, group, names.get(group), filter, group));
                }
            }
            default -> {
                for (LocalDate q = quarterStart(period.from()); !q.isAfter(period.to()); q = q.plusMonths(3)) {
                    LocalDate qFrom = q.isBefore(period.from()) ? period.from() : q;
                    LocalDate qTo = q.plusMonths(3).minusDays(1).isAfter(period.to()) ? period.to()
                            : q.plusMonths(3).minusDays(1);
                    String key = q.getYear() + "-Q" + q.get(IsoFields.QUARTER_OF_YEAR);
                    cells.add(cell(seen, snapshot, code, key, key, filter.withPeriod(qFrom, qTo), null));
                }
            }
        }
        return new Breakdown(projectId, code, def.name(locale), by, period.from(), period.to(), def.unit(),
                def.unitName(locale), cells);
    }

    private Cell cell(ResultsAccess.Seen seen, boolean snapshot, String code, String key, String label,
            FactsFilter filter, String targetGroup) {
        Value v = engine.compute(List.of(code), filter, targetGroup, seen.scope().id()).get(code);
        if (snapshot) {
            return new Cell(key, label, v.value(), Suppression.suppressed(v.subjects()));
        }
        if (seen.funder() && Suppression.suppressed(v.subjects())) {
            return new Cell(key, label, null, true);
        }
        return new Cell(key, label, v.value(), false);
    }

    private static List<MunicipalityRef> sorted(List<MunicipalityRef> list) {
        return list.stream().sorted(java.util.Comparator.comparing(MunicipalityRef::name)).toList();
    }

    private static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
    }

    record Period(LocalDate from, LocalDate to) {
    }

    /**
     * The period asked for; a missing start is the project's start, a missing end the project's end (or today while
     * it has none). A period ending before it starts is refused ({@code period-invalid}).
     */
    Period period(ProjectScope scope, LocalDate from, LocalDate to) {
        LocalDate start = from != null ? from : scope.startDate();
        LocalDate end = to != null ? to
                : scope.endDate() != null ? scope.endDate()
                : LocalDay.today(clock, zones.partnership(scope.partnershipId()));
        if (start == null) {
            start = end.withDayOfYear(1);
        }
        if (end.isBefore(start)) {
            throw DomainException.rule("period-invalid", "indicator.error.period-invalid", start, end);
        }
        return new Period(start, end);
    }

    private FactsFilter filter(ResultsAccess.Seen seen, LocalDate from, LocalDate to) {
        ProjectScope s = seen.scope();
        Set<Long> members = visibility.partnership(s.partnershipId())
                .map(p -> (Set<Long>) new HashSet<>(p.members().keySet())).orElse(Set.of());
        return new FactsFilter(s.partnershipId(), members, s.municipalityIds(), from, to,
                seen.counting() == Counting.TAGGED ? s.id() : null);
    }

    /** For tests and pages: every indicator code with its values as the caller sees them. */
    static Map<String, BigDecimal> values(Results results) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        results.indicators().forEach(i -> out.put(i.code(), i.value()));
        return out;
    }
}
