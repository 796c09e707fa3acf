package no.kobling.indicator.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.kobling.identity.CurrentUsers;
import no.kobling.indicator.domain.Counting;
import no.kobling.indicator.domain.ProjectSetting;
import no.kobling.indicator.domain.Target;
import no.kobling.indicator.persistence.ProjectSettingRepository;
import no.kobling.indicator.persistence.TargetRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.StaleVersionException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Targets per project and indicator (whole period and per calendar year) and how a project's results are counted.
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

    TargetService(ResultsAccess access, IndicatorCatalogue catalogue, TargetRepository targets,
            ProjectSettingRepository settings, CurrentUsers users, Clock clock) {
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
        Map<Long, IndicatorCatalogue.Indicator> byId = new HashMap<>();
        catalogue.all().forEach(i -> byId.put(i.id(), i));
        return targets.findByProjectId(projectId).stream().filter(t -> byId.containsKey(t.getIndicatorId()))
                .sorted(Comparator.comparing((Target t) -> catalogue.all().indexOf(byId.get(t.getIndicatorId())))
                        .thenComparing(t -> t.getYear() == null ? 0 : t.getYear()))
                .map(t -> view(t, byId.get(t.getIndicatorId()), locale)).toList();
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
        IndicatorCatalogue.Indicator def = indicator(code);
        int scopeYear = Target.checkYear(year);
        Optional<Target> existing = targets.findByProjectIdAndIndicatorIdAndScopeYear(projectId, def.id(), scopeYear);
        Target target = existing.orElseGet(() -> new Target(projectId, def.id(), year));
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
        IndicatorCatalogue.Indicator def = indicator(code);
        targets.findByProjectIdAndIndicatorIdAndScopeYear(projectId, def.id(), Target.checkYear(year))
                .ifPresent(targets::delete);
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
            String code = codes.get(t.getIndicatorId());
            if (code != null) {
                out.computeIfAbsent(code, k -> new HashMap<>())
                        .put(t.getYear() == null ? Target.WHOLE_PERIOD : t.getYear(), t.getValue());
            }
        }
        return out;
    }

    private IndicatorCatalogue.Indicator indicator(String code) {
        return catalogue.find(code).orElseThrow(
                () -> DomainException.rule("indicator-unknown", "indicator.error.indicator-unknown", code));
    }

    private static TargetView view(Target t, IndicatorCatalogue.Indicator def, Locale locale) {
        return new TargetView(def.code(), def.name(locale), t.getYear(), t.getValue(), def.unit(), t.getVersion());
    }
}
