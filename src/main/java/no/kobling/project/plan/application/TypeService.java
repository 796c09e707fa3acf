package no.kobling.project.plan.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import no.kobling.project.plan.application.ProjectViews.TypeDeliverableView;
import no.kobling.project.plan.application.ProjectViews.TypePhaseView;
import no.kobling.project.plan.application.ProjectViews.TypeView;
import no.kobling.project.plan.domain.ProjectType;
import no.kobling.project.plan.domain.TypeDeliverable;
import no.kobling.project.plan.domain.TypePhase;
import no.kobling.project.plan.persistence.ProjectRepository;
import no.kobling.project.plan.persistence.ProjectTypeRepository;
import no.kobling.project.plan.persistence.TypeDeliverableRepository;
import no.kobling.project.plan.persistence.TypePhaseRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.StaleVersionException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Project types: everyone signed in reads them; an administrator of reference data defines new ones (phases with
 * their months and deliverable templates, names in the five languages), renames and archives them. A type in use is
 * archived when deleted, never removed; an unused type that is not built in is removed.
 */
@Service
public class TypeService {

    static final String ADMIN = "hasAuthority('ADMINISTER_REFERENCE_DATA')";

    private final ProjectTypeRepository types;
    private final TypePhaseRepository phases;
    private final TypeDeliverableRepository deliverables;
    private final ProjectRepository projects;

    TypeService(ProjectTypeRepository types, TypePhaseRepository phases, TypeDeliverableRepository deliverables,
            ProjectRepository projects) {
        this.types = types;
        this.phases = phases;
        this.deliverables = deliverables;
        this.projects = projects;
    }

    /** A new type's phase, in order, with its deliverables' names (each a map language → name). */
    public record PhaseData(Map<String, String> names, Integer minMonths, Integer maxMonths,
            List<Map<String, String>> deliverables) {
    }

    @Transactional(readOnly = true)
    public List<TypeView> list(boolean includeArchived) {
        return types.findAllByOrderBySortOrderAscIdAsc().stream().filter(t -> includeArchived || !t.isArchived())
                .map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public TypeView get(long id) {
        return view(type(id));
    }

    @PreAuthorize(ADMIN)
    @Transactional
    public ProjectType create(Map<String, String> names, List<PhaseData> phaseData) {
        if (phaseData == null || phaseData.isEmpty()) {
            throw DomainException.rule("project-type-phases-missing", "project.error.type-phases-missing");
        }
        String base = code(names);
        String code = base;
        for (int i = 2; types.existsByCode(code); i++) {
            code = base + "_" + i;
        }
        int sort = types.findAll().stream().mapToInt(ProjectType::getSortOrder).max().orElse(0) + 1;
        ProjectType type = types.save(new ProjectType(code, names, sort));
        int order = 0;
        for (PhaseData p : phaseData) {
            order++;
            TypePhase phase = phases.save(new TypePhase(type.getId(), order, "PHASE_" + order, p.names(),
                    p.minMonths(), p.maxMonths()));
            int d = 0;
            for (Map<String, String> dn : p.deliverables() == null ? List.<Map<String, String>>of()
                    : p.deliverables()) {
                d++;
                deliverables.save(new TypeDeliverable(phase.getId(), d, "DELIVERABLE_" + d, dn));
            }
        }
        return type;
    }

    @PreAuthorize(ADMIN)
    @Transactional
    public ProjectType rename(long id, long version, Map<String, String> names) {
        ProjectType type = type(id);
        if (type.getVersion() != version) {
            throw new StaleVersionException("project-type", id);
        }
        type.rename(names);
        return type;
    }

    @PreAuthorize(ADMIN)
    @Transactional
    public ProjectType archive(long id, boolean archived) {
        ProjectType type = type(id);
        if (archived) {
            type.archive();
        } else {
            type.restore();
        }
        return type;
    }

    /** Removes an unused type of one's own; a type in use or a built-in type is archived instead. */
    @PreAuthorize(ADMIN)
    @Transactional
    public boolean delete(long id) {
        ProjectType type = type(id);
        if (type.isBuiltin() || projects.existsByTypeId(id)) {
            type.archive();
            return false;
        }
        List<TypePhase> list = phases.findByTypeIdOrderByOrder(id);
        if (!list.isEmpty()) {
            deliverables.deleteAll(deliverables.findByTypePhaseIdInOrderBySortOrderAscIdAsc(
                    list.stream().map(TypePhase::getId).toList()));
            phases.deleteAll(list);
        }
        types.delete(type);
        return true;
    }

    private ProjectType type(long id) {
        return types.findById(id).orElseThrow(() -> new NotFoundException("project-type", id));
    }

    private static String code(Map<String, String> names) {
        String en = names == null ? null : names.get("en");
        String code = en == null ? "" : java.text.Normalizer.normalize(en, java.text.Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_+|_+$", "").toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            code = "TYPE";
        }
        return code.length() > 50 ? code.substring(0, 50) : code;
    }

    TypeView view(ProjectType t) {
        Locale locale = LocaleContextHolder.getLocale();
        List<TypePhase> list = phases.findByTypeIdOrderByOrder(t.getId());
        Map<Long, List<TypeDeliverable>> byPhase = list.isEmpty() ? Map.of()
                : deliverables.findByTypePhaseIdInOrderBySortOrderAscIdAsc(list.stream().map(TypePhase::getId)
                        .toList()).stream().collect(Collectors.groupingBy(TypeDeliverable::getTypePhaseId));
        List<TypePhaseView> views = new ArrayList<>();
        for (TypePhase p : list) {
            views.add(new TypePhaseView(p.getId(), p.getOrder(), p.getCode(), p.name(locale), p.getNames(),
                    p.getMinMonths(), p.getMaxMonths(), byPhase.getOrDefault(p.getId(), List.of()).stream()
                            .map(d -> new TypeDeliverableView(d.getId(), d.getCode(), d.name(locale), d.getNames()))
                            .toList()));
        }
        return new TypeView(t.getId(), t.getVersion(), t.getCode(), t.name(locale), t.getNames(), t.isBuiltin(),
                t.isArchived(), views);
    }
}
