package no.kobling.advisory.application;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.kobling.advisory.application.AdvisoryViews.KindView;
import no.kobling.advisory.domain.ActivityKind;
import no.kobling.advisory.domain.FunnelLevel;
import no.kobling.advisory.persistence.ActivityKindRepository;
import no.kobling.advisory.persistence.ActivityRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.StaleVersionException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of activity kinds: readable by every signed-in user, extended by administrators of reference data. A
 * kind that activities use is archived instead of deleted (it stays on those activities but is no longer offered).
 */
@Service
public class ActivityKindService {

    static final String ADMIN = "hasAuthority('ADMINISTER_REFERENCE_DATA')";

    private final ActivityKindRepository kinds;
    private final ActivityRepository activities;

    ActivityKindService(ActivityKindRepository kinds, ActivityRepository activities) {
        this.kinds = kinds;
        this.activities = activities;
    }

    @Transactional(readOnly = true)
    public List<KindView> list(boolean includeArchived) {
        Locale locale = ActivityService.locale();
        return kinds.findAllByOrderBySortOrderAscIdAsc().stream().filter(k -> includeArchived || !k.isArchived())
                .map(k -> view(k, locale)).toList();
    }

    @Transactional(readOnly = true)
    public KindView get(long id) {
        return view(kind(id), ActivityService.locale());
    }

    @Transactional
    @PreAuthorize(ADMIN)
    public KindView create(String code, FunnelLevel level, Map<String, String> names) {
        String normalised = code == null ? null : code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        if (normalised != null && kinds.findByCode(normalised).isPresent()) {
            throw DomainException.conflict("advisory-kind-exists", "advisory.error.kind-exists", normalised);
        }
        ActivityKind kind = kinds.save(new ActivityKind(normalised, level == null ? FunnelLevel.CONTACTED : level,
                kinds.maxSortOrder() + 10, names));
        return view(kind, ActivityService.locale());
    }

    @Transactional
    @PreAuthorize(ADMIN)
    public KindView update(long id, Long expectedVersion, FunnelLevel level, Map<String, String> names) {
        ActivityKind kind = kind(id);
        StaleVersionException.check("advisory.kind", id, expectedVersion, kind.getVersion());
        kind.rename(names, level == null ? kind.getFunnelLevel() : level);
        kinds.flush();
        return view(kind, ActivityService.locale());
    }

    /** Deletes an unused kind; a kind in use is archived instead. Returns whether it was archived. */
    @Transactional
    @PreAuthorize(ADMIN)
    public boolean delete(long id) {
        ActivityKind kind = kind(id);
        if (activities.existsByKindId(id)) {
            kind.archive();
            return true;
        }
        kinds.delete(kind);
        return false;
    }

    @Transactional
    @PreAuthorize(ADMIN)
    public KindView restore(long id) {
        ActivityKind kind = kind(id);
        kind.restore();
        return view(kind, ActivityService.locale());
    }

    private ActivityKind kind(long id) {
        return kinds.findById(id).orElseThrow(() -> new NotFoundException("advisory.kind", id));
    }

    static KindView view(ActivityKind k, Locale locale) {
        return new KindView(k.getId(), k.getCode(), k.name(locale), k.getFunnelLevel(), k.isBuiltin(),
                k.isArchived(), k.getNames(), k.getVersion());
    }
}
