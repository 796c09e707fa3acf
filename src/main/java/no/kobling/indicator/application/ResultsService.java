package no.kobling.indicator.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.kobling.actor.ActorZones;
import no.kobling.actor.Visibility;
import no.kobling.company.Companies;
import no.kobling.geo.Geography;
import no.kobling.geo.MunicipalityRef;
import no.kobling.indicator.IndicatorSource;
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
import no.kobling.shared.Paging;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
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
    private final ObjectProvider<IndicatorSource> sources;
    private final MessageSource messages;

    ResultsService(ResultsAccess access, IndicatorCatalogue catalogue, IndicatorEngine engine, TargetService targets,
            Visibility visibility, Geography geography, Companies companies, ActorZones zones, Clock clock,
            ObjectProvider<IndicatorSource> sources, MessageSource messages) {
        this.sources = sources;
        this.messages = messages;
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

    /**
     * One indicator's result: {@code target} is the year's target when the period lies in one year and has one;
     * {@code listable}: the records behind it can be listed ({@link #items}).
     */
    public record IndicatorResult(String code, String name, BigDecimal value, BigDecimal target, Integer targetYear,
            String unit, String unitName, BigDecimal progressPercent, BigDecimal forecast,
            Map<String, BigDecimal> amounts, boolean listable) {
    }

    public record Results(long project, String projectName, LocalDate from, LocalDate to, Counting counting,
            boolean funderView, List<IndicatorResult> indicators) {
    }

    public record Cell(String key, String label, BigDecimal value, boolean suppressed) {
    }

    /** {@code funderView}: the caller sees the project as its funder (suppressed cells, no lists behind them). */
    public record Breakdown(long project, String code, String name, String by, LocalDate from, LocalDate to,
            String unit, String unitName, List<Cell> cells, boolean funderView, boolean listable) {
    }

    /** A page of the records behind a value (or a breakdown cell's value when {@code by} and {@code key} are set). */
    public record Items(long project, String code, String name, LocalDate from, LocalDate to, String by, String key,
            String keyLabel, List<ResultItem> items, long total, int page, int size, int totalPages) {
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
                    v.amounts().isEmpty() ? null : v.amounts(), true));
        }
        for (IndicatorSource source : sources()) {
            Map<String, IndicatorSource.SourceValue> sourceValues = source.values(projectId, period.from(),
                    period.to());
            for (IndicatorSource.Definition def : source.definitions(projectId)) {
                IndicatorSource.SourceValue v = sourceValues.get(def.code());
                BigDecimal value = v == null ? BigDecimal.ZERO : v.value();
                Map<Integer, BigDecimal> t = targetsByCode.getOrDefault(def.code(), Map.of());
                Integer year = period.from().getYear() == period.to().getYear()
                        && t.containsKey(period.from().getYear()) ? period.from().getYear() : null;
                BigDecimal target = t.get(year == null ? Target.WHOLE_PERIOD : year);
                out.add(new IndicatorResult(def.code(), pick(def.names(), locale, def.code()), value, target, year,
                        def.unit(), pick(def.unitNames(), locale, def.unit().toLowerCase(Locale.ROOT)),
                        Forecast.progressPercent(value, target),
                        Forecast.linear(value, period.from(), period.to(), today), null,
                        source instanceof ItemizedIndicatorSource));
            }
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
        Optional<IndicatorCatalogue.Indicator> def = catalogue.find(code);
        SourceIndicator source = def.isPresent() ? null : source(projectId, code);
        checkDimension(by);
        Period period = period(seen.scope(), from, to);
        if (source != null) {
            List<Cell> cells = new ArrayList<>();
            if (!"quarter".equals(by)) {
                if (!snapshot) {
                    throw DomainException.rule("breakdown-not-available", "indicator.error.breakdown-not-available",
                            by);
                }
            } else {
                for (Slice q : quarters(period)) {
                    IndicatorSource.SourceValue v = source.source().values(projectId, q.from(), q.to())
                            .get(code);
                    cells.add(cell(seen, snapshot, q.key(), q.label(),
                            v == null ? BigDecimal.ZERO : v.value(), v == null ? 0 : v.subjects()));
                }
            }
            IndicatorSource.Definition d = source.definition();
            return new Breakdown(projectId, code, pick(d.names(), locale, code), by, period.from(), period.to(),
                    d.unit(), pick(d.unitNames(), locale, d.unit().toLowerCase(Locale.ROOT)), cells, seen.funder(),
                    source.source() instanceof ItemizedIndicatorSource);
        }
        FactsFilter filter = filter(seen, period.from(), period.to());
        List<Cell> cells = new ArrayList<>();
        for (Slice slice : slices(seen, by, period, locale)) {
            Value v = engine.compute(List.of(code), slice.filter(filter), slice.targetGroup(), projectId).get(code);
            cells.add(cell(seen, snapshot, slice.key(), slice.label(), v.value(), v.subjects()));
        }
        return new Breakdown(projectId, code, def.get().name(locale), by, period.from(), period.to(),
                def.get().unit(), def.get().unitName(locale), cells, seen.funder(), true);
    }

    private static void checkDimension(String by) {
        if (by == null || !DIMENSIONS.contains(by)) {
            throw DomainException.rule("breakdown-dimension-unknown", "indicator.error.dimension-unknown", by);
        }
    }

    private static Cell cell(ResultsAccess.Seen seen, boolean snapshot, String key, String label, BigDecimal value,
            long subjects) {
        if (snapshot) {
            return new Cell(key, label, value, Suppression.suppressed(subjects));
        }
        if (seen.funder() && Suppression.suppressed(subjects)) {
            return new Cell(key, label, null, true);
        }
        return new Cell(key, label, value, false);
    }

    /**
     * A part of the scope a breakdown cell is computed over: its municipalities ({@code null}: all), its period
     * ({@code null}: the whole) and its target group.
     */
    private record Slice(String key, String label, Set<Long> municipalities, LocalDate from, LocalDate to,
            String targetGroup) {

        FactsFilter filter(FactsFilter whole) {
            FactsFilter f = municipalities == null ? whole : whole.withMunicipalities(municipalities);
            return from == null ? f : f.withPeriod(from, to);
        }
    }

    /** The cells of a dimension, in order (shared by the breakdown and the lists behind its cells). */
    private List<Slice> slices(ResultsAccess.Seen seen, String by, Period period, Locale locale) {
        List<Slice> out = new ArrayList<>();
        switch (by) {
            case "municipality" -> {
                for (MunicipalityRef m : sorted(geography.municipalities(seen.scope().municipalityIds()))) {
                    out.add(new Slice(String.valueOf(m.id()), m.name(), Set.of(m.id()), null, null, null));
                }
            }
            case "country" -> {
                Map<String, Set<Long>> byCountry = new TreeMap<>();
                geography.municipalities(seen.scope().municipalityIds()).forEach(
                        m -> byCountry.computeIfAbsent(m.countryCode(), k -> new HashSet<>()).add(m.id()));
                byCountry.forEach((country, ids) -> out.add(new Slice(country,
                        new Locale("", country).getDisplayCountry(locale), ids, null, null, null)));
            }
            case "target-group" -> {
                Map<String, String> names = companies.targetGroupNames();
                List<String> groups = seen.scope().targetGroupCodes().isEmpty() ? new ArrayList<>(names.keySet())
                        : names.keySet().stream().filter(seen.scope().targetGroupCodes()::contains).toList();
                for (String group : groups) {
                    out.add(new Slice(group, names.get(group), null, null, null, group));
                }
            }
            default -> out.addAll(quarters(period));
        }
        return out;
    }

    private static List<Slice> quarters(Period period) {
        List<Slice> out = new ArrayList<>();
        for (LocalDate q = quarterStart(period.from()); !q.isAfter(period.to()); q = q.plusMonths(3)) {
            LocalDate qFrom = q.isBefore(period.from()) ? period.from() : q;
            LocalDate qTo = q.plusMonths(3).minusDays(1).isAfter(period.to()) ? period.to()
                    : q.plusMonths(3).minusDays(1);
            String key = q.getYear() + "-Q" + q.get(IsoFields.QUARTER_OF_YEAR);
            out.add(new Slice(key, key, null, qFrom, qTo, null));
        }
        return out;
    }

    // --- the lists behind the numbers ---------------------------------------------------------------------------

    /**
     * The records behind an indicator's value over the period, or behind one breakdown cell ({@code by} and
     * {@code key}), a page of them. Only the project's own staff see lists: a funder gets 403
     * {@code results-list-not-allowed}; a project the caller may not see 404. Catalogue indicators list what the
     * engine counted (the same computation as the number); manual indicators their entries; other source
     * indicators answer 422 {@code items-not-available}. An unknown cell key answers 422
     * {@code breakdown-key-unknown}.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    public Items items(long projectId, String code, LocalDate from, LocalDate to, String by, String key, int page,
            int size, Locale locale) {
        ResultsAccess.Seen seen = access.see(projectId);
        if (!seen.staff()) {
            throw new DomainException(403, "results-list-not-allowed", "indicator.error.results-list-not-allowed");
        }
        Optional<IndicatorCatalogue.Indicator> def = catalogue.find(code);
        SourceIndicator source = def.isPresent() ? null : source(projectId, code);
        boolean cell = by != null && !by.isBlank();
        if (cell) {
            checkDimension(by);
        }
        Period period = period(seen.scope(), from, to);
        List<ResultItem> all;
        String name;
        String keyLabel = null;
        if (source != null) {
            name = pick(source.definition().names(), locale, code);
            if (!(source.source() instanceof ItemizedIndicatorSource itemized)) {
                throw DomainException.rule("items-not-available", "indicator.error.items-not-available", code);
            }
            LocalDate f = period.from();
            LocalDate t = period.to();
            if (cell) {
                if (!"quarter".equals(by)) {
                    throw DomainException.rule("breakdown-not-available",
                            "indicator.error.breakdown-not-available", by);
                }
                Slice q = quarters(period).stream().filter(s -> s.key().equals(key)).findFirst()
                        .orElseThrow(() -> keyUnknown(key));
                f = q.from();
                t = q.to();
                keyLabel = q.label();
            }
            all = itemized.items(projectId, code, f, t, locale);
        } else {
            name = def.get().name(locale);
            FactsFilter filter = filter(seen, period.from(), period.to());
            String group = null;
            if (cell) {
                Slice slice = slices(seen, by, period, locale).stream().filter(s -> s.key().equals(key)).findFirst()
                        .orElseThrow(() -> keyUnknown(key));
                filter = slice.filter(filter);
                group = slice.targetGroup();
                keyLabel = slice.label();
            }
            all = labelled(engine.items(code, filter, group, projectId), locale);
        }
        int safeSize = Math.max(1, Math.min(size <= 0 ? 50 : size, Paging.MAX_SIZE));
        int safePage = Math.max(0, page);
        List<ResultItem> content = all.stream().skip((long) safePage * safeSize).limit(safeSize).toList();
        int pages = (all.size() + safeSize - 1) / safeSize;
        return new Items(projectId, code, name, period.from(), period.to(), cell ? by : null, cell ? key : null,
                keyLabel, content, all.size(), safePage, safeSize, pages);
    }

    private static DomainException keyUnknown(String key) {
        return DomainException.rule("breakdown-key-unknown", "indicator.error.breakdown-key-unknown", key);
    }

    /** Labels, municipality names and page addresses for the engine's records. */
    private List<ResultItem> labelled(List<IndicatorEngine.Item> items, Locale locale) {
        Set<Long> companyIds = new HashSet<>();
        Set<Long> municipalityIds = new HashSet<>();
        items.forEach(i -> {
            companyIds.addAll(i.companyIds());
            if (i.municipalityId() != null) {
                municipalityIds.add(i.municipalityId());
            }
        });
        Map<Long, String> names = new HashMap<>();
        companies.refs(companyIds).forEach(c -> names.put(c.id(), c.name()));
        Map<Long, String> municipalities = new HashMap<>();
        geography.municipalities(municipalityIds).forEach(m -> municipalities.put(m.id(), m.name()));
        List<ResultItem> out = new ArrayList<>();
        for (IndicatorEngine.Item i : items) {
            String companiesLabel = i.companyIds().stream().limit(3).map(id -> names.getOrDefault(id, "#" + id))
                    .collect(Collectors.joining(" – ")) + (i.companyIds().size() > 3 ? " …" : "");
            String label = switch (i.kind()) {
                case "activity" -> join(messages.getMessage("indicator.items.activity." + i.detail(), null,
                        i.detail(), locale), companiesLabel);
                case "event" -> join(messages.getMessage("indicator.items.event-label", new Object[] {i.id()},
                        locale), companiesLabel);
                case "network" -> i.detail();
                case "outcome" -> i.detail() == null ? companiesLabel : companiesLabel + " (" + i.detail() + ")";
                default -> companiesLabel;
            };
            String link = switch (i.kind()) {
                case "activity" -> "/advisory/activities/" + i.pageId();
                case "event", "meeting" -> "/events/" + i.pageId();
                case "network" -> "/networks/" + i.pageId();
                case "outcome" -> "/cases/" + i.pageId();
                default -> "/companies/" + i.pageId();
            };
            out.add(new ResultItem(i.kind(), i.id(), label,
                    i.date(), i.municipalityId() == null ? null : municipalities.get(i.municipalityId()), link,
                    i.value()));
        }
        return out;
    }

    private static String join(String head, String tail) {
        return tail.isEmpty() ? head : head + ": " + tail;
    }

    // --- indicator sources --------------------------------------------------------------------------------------

    record SourceIndicator(IndicatorSource source, IndicatorSource.Definition definition) {
    }

    private List<IndicatorSource> sources() {
        return sources.orderedStream().toList();
    }

    /** The source offering the code for the project; an unknown code answers 404. */
    private SourceIndicator source(long projectId, String code) {
        for (IndicatorSource s : sources()) {
            for (IndicatorSource.Definition d : s.definitions(projectId)) {
                if (d.code().equals(code)) {
                    return new SourceIndicator(s, d);
                }
            }
        }
        throw new NotFoundException("indicator", code);
    }

    /** The text in the locale's language (Norwegian "no" as Bokmål), else English, else the fallback. */
    static String pick(Map<String, String> texts, Locale locale, String fallback) {
        String lang = locale == null ? "en" : locale.getLanguage();
        if ("no".equals(lang)) {
            lang = "nb";
        }
        String t = texts.get(lang);
        if (t == null) {
            t = texts.get("en");
        }
        if (t == null && !texts.isEmpty()) {
            t = texts.values().iterator().next();
        }
        return t == null ? fallback : t;
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
