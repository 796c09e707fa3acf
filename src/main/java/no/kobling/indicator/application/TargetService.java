package no.kobling.indicator.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.kobling.identity.CurrentUsers;
import no.kobling.indicator.IndicatorSource;
import no.kobling.indicator.domain.Counting;
import no.kobling.indicator.domain.ProjectSetting;
import no.kobling.indicator.domain.Target;
import no.kobling.indicator.persistence.ProjectSettingRepository;
import no.kobling.indicator.persistence.TargetRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.StaleVersionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Targets per project and indicator (whole period and per calendar year; catalogue indicators and those an
 * {@link IndicatorSource} offers for the project) and how a project's results are counted.
 * Read by whoever sees the project; changed by its own staff with {@code MANAGE_PROJECTS} ({@link ResultsAccess}).
 */
@Service
public class TargetService {

    private final ResultsAccess access;
    private final IndicatorCatalogue catalogue;
    private final TargetRepository targets;
    private final ProjectSettingRepository settings;
    private final CurrentUsers users;
    private final Clock clock;
    private final ObjectProvider<IndicatorSource> sources;

    TargetService(ResultsAccess access, IndicatorCatalogue catalogue, TargetRepository targets,
            ProjectSettingRepository settings, CurrentUsers users, Clock clock,
            ObjectProvider<IndicatorSource> sources) {
        this.sources = sources;
        this.access = access;
        this.catalogue = catalogue;
        this.targets = targets;
        this.settings = settings;
        this.users = users;
        this.clock = clock;
    }

    /** {@code year} null: the whole period. */
    public record TargetView(String code, String name, Integer year, BigDecimal value, String unit, long version) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ResultsService.READ)
    public List<TargetView> targets(long projectId, Locale locale) {
        access.see(projectId);
        List<Indicator> all = indicators(projectId);
        return targets.findByProjectId(projectId).stream()
                .map(t -> Map.entry(t, all.stream().filter(i -> i.matches(t)).findFirst()))
                .filter(e -> e.getValue().isPresent())
                .sorted(Comparator.comparing((Map.Entry<Target, Optional<Indicator>> e) ->
                        all.indexOf(e.getValue().get()))
                        .thenComparing(e -> e.getKey().getYear() == null ? 0 : e.getKey().getYear()))
                .map(e -> view(e.getKey(), e.getValue().get(), locale)).toList();
    }

    /**
     * Sets (creates or replaces) the target of an indicator for the whole period ({@code year} null) or a year. An
     * unknown indicator answers 422 {@code indicator-unknown}; a stale {@code version} 409.
     */
    @Transactional
    @PreAuthorize("hasAuthority('MANAGE_PROJECTS')")
    public TargetView set(long projectId, String code, Integer year, BigDecimal value, Long expectedVersion,
            Locale locale) {
        access.manage(projectId);
        Indicator def = indicator(projectId, code);
        int scopeYear = Target.checkYear(year);
        Optional<Target> existing = find(projectId, def, scopeYear);
        Target target = existing.orElseGet(() -> def.catalogue() != null
                ? new Target(projectId, def.catalogue().id(), year) : Target.forSource(projectId, code, year));
        if (existing.isPresent() && expectedVersion != null) {
            StaleVersionException.check("indicator.target", target.getId(), expectedVersion, target.getVersion());
        }
        target.set(value, users.require().username(), clock.instant());
        return view(targets.saveAndFlush(target), def, locale);
    }

    @Transactional
    @PreAuthorize("hasAuthority('MANAGE_PROJECTS')")
    public void remove(long projectId, String code, Integer year) {
        access.manage(projectId);
        Indicator def = indicator(projectId, code);
        find(projectId, def, Target.checkYear(year)).ifPresent(targets::delete);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ResultsService.READ)
    public Counting counting(long projectId) {
        return access.see(projectId).counting();
    }

    @Transactional
    @PreAuthorize("hasAuthority('MANAGE_PROJECTS')")
    public Counting count(long projectId, Counting counting) {
        access.manage(projectId);
        ProjectSetting setting = settings.findById(projectId).orElseGet(() -> new ProjectSetting(projectId));
        setting.count(counting);
        return settings.saveAndFlush(setting).getCounting();
    }

    /** Targets by indicator code and scope year (0: the whole period); no access check (callers have checked). */
    Map<String, Map<Integer, BigDecimal>> byCode(long projectId) {
        Map<Long, String> codes = new HashMap<>();
        catalogue.all().forEach(i -> codes.put(i.id(), i.code()));
        Map<String, Map<Integer, BigDecimal>> out = new HashMap<>();
        for (Target t : targets.findByProjectId(projectId)) {
            String code = t.getSourceCode() != null ? t.getSourceCode() : codes.get(t.getIndicatorId());
            if (code != null) {
                out.computeIfAbsent(code, k -> new HashMap<>())
                        .put(t.getYear() == null ? Target.WHOLE_PERIOD : t.getYear(), t.getValue());
            }
        }
        return out;
    }

    /** A catalogue indicator, or one an {@link IndicatorSource} offers for the project. */
    private record Indicator(IndicatorCatalogue.Indicator catalogue, IndicatorSource.Definition source) {

        String code() {
            return catalogue != null ? catalogue.code() : source.code();
        }

        boolean matches(Target t) {
            return catalogue != null ? t.getIndicatorId() != null && t.getIndicatorId() == catalogue.id()
                    : source.code().equals(t.getSourceCode());
        }

        String name(Locale locale) {
            return catalogue != null ? catalogue.name(locale) : ResultsService.pick(source.names(), locale, code());
        }

        String unit() {
            return catalogue != null ? catalogue.unit() : source.unit();
        }
    }

    private List<Indicator> indicators(long projectId) {
        List<Indicator> out = new ArrayList<>();
        catalogue.all().forEach(i -> out.add(new Indicator(i, null)));
        sources.orderedStream().forEach(s -> s.definitions(projectId).forEach(d -> out.add(new Indicator(null, d))));
        return out;
    }

    /** The indicator of the code: the catalogue's, else a source's for the project; else 422 indicator-unknown. */
    private Indicator indicator(long projectId, String code) {
        Optional<IndicatorCatalogue.Indicator> def = catalogue.find(code);
        if (def.isPresent()) {
            return new Indicator(def.get(), null);
        }
        return sources.orderedStream().flatMap(s -> s.definitions(projectId).stream())
                .filter(d -> d.code().equals(code)).findFirst().map(d -> new Indicator(null, d)).orElseThrow(
                        () -> DomainException.rule("indicator-unknown", "indicator.error.indicator-unknown", code));
    }

    private Optional<Target> find(long projectId, Indicator def, int scopeYear) {
        return def.catalogue() != null
                ? targets.findByProjectIdAndIndicatorIdAndScopeYear(projectId, def.catalogue().id(), scopeYear)
                : targets.findByProjectIdAndSourceCodeAndScopeYear(projectId, def.source().code(), scopeYear);
    }

    private static TargetView view(Target t, Indicator def, Locale locale) {
        return new TargetView(def.code(), def.name(locale), t.getYear(), t.getValue(), def.unit(), t.getVersion());
    }
}
