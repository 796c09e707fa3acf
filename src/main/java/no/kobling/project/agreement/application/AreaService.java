package no.kobling.project.agreement.application;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.kobling.identity.Permission;
import no.kobling.project.agreement.application.AgreementAccess.Caller;
import no.kobling.project.agreement.application.AgreementViews.AreaView;
import no.kobling.project.agreement.domain.AgreementArea;
import no.kobling.project.agreement.domain.AreaStatus;
import no.kobling.project.agreement.persistence.AgreementAreaRepository;
import no.kobling.project.agreement.persistence.AgreementRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The areas of cooperation (reference data): everyone signed in reads them; an administrator with
 * {@code ADMINISTER_REFERENCE_DATA} adds them (a name in at least one language) and removes them — an area that an
 * agreement uses is archived instead of deleted, so the agreement keeps it.
 */
@Service
public class AreaService {

    static final List<String> LANGUAGES = List.of("en", "nb", "nn", "sv", "fi");

    private final AgreementAreaRepository areas;
    private final AgreementRepository agreements;
    private final AgreementAccess access;

    AreaService(AgreementAreaRepository areas, AgreementRepository agreements, AgreementAccess access) {
        this.areas = areas;
        this.agreements = agreements;
        this.access = access;
    }

    public enum RemoveOutcome { DELETED, ARCHIVED }

    @Transactional(readOnly = true)
    public List<AreaView> list(boolean includeArchived) {
        Caller caller = access.caller();
        return areas.findAllByOrderBySortOrderAscIdAsc().stream()
                .filter(a -> includeArchived || a.getStatus() == AreaStatus.ACTIVE)
                .map(a -> new AreaView(a.getId(), a.getCode(), a.name(caller.locale()),
                        a.getStatus() == AreaStatus.ARCHIVED))
                .toList();
    }

    @Transactional(readOnly = true)
    public Map<String, String> names(long id) {
        requireAdmin();
        return load(id).getNames();
    }

    @Transactional
    public AreaView add(Map<String, String> names) {
        Caller caller = requireAdmin();
        Map<String, String> clean = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            String n = names == null ? null : names.get(lang);
            if (n != null && !n.isBlank()) {
                if (n.strip().length() > 200) {
                    throw DomainException.rule("agreement-area-name-too-long", "agreement.error.area-name-too-long",
                            200);
                }
                clean.put(lang, n.strip());
            }
        }
        if (names != null && names.keySet().stream().anyMatch(k -> !LANGUAGES.contains(k))) {
            throw DomainException.rule("agreement-area-language-unknown", "agreement.error.area-language-unknown");
        }
        if (clean.isEmpty()) {
            throw DomainException.rule("agreement-area-name-required", "agreement.error.area-name-required");
        }
        String code = code(clean.getOrDefault("en", clean.values().iterator().next()));
        if (areas.findByCode(code).isPresent()) {
            throw DomainException.rule("agreement-area-duplicate", "agreement.error.area-duplicate");
        }
        int order = areas.findAllByOrderBySortOrderAscIdAsc().stream().mapToInt(AgreementArea::getSortOrder).max()
                .orElse(0) + 10;
        AgreementArea area = areas.save(new AgreementArea(code, order, clean));
        return new AreaView(area.getId(), area.getCode(), area.name(caller.locale()), false);
    }

    /** Deletes an unused area; archives one in use (agreements keep it, new ones cannot choose it). */
    @Transactional
    public RemoveOutcome remove(long id) {
        requireAdmin();
        AgreementArea area = load(id);
        if (agreements.countUsingArea(id) > 0) {
            area.archive();
            return RemoveOutcome.ARCHIVED;
        }
        areas.delete(area);
        return RemoveOutcome.DELETED;
    }

    @Transactional
    public void restore(long id) {
        requireAdmin();
        load(id).restore();
    }

    public boolean mayAdminister() {
        return access.caller().has(Permission.ADMINISTER_REFERENCE_DATA);
    }

    private Caller requireAdmin() {
        Caller caller = access.caller();
        if (!caller.has(Permission.ADMINISTER_REFERENCE_DATA)) {
            throw new AccessDeniedException("ADMINISTER_REFERENCE_DATA");
        }
        return caller;
    }

    private AgreementArea load(long id) {
        return areas.findById(id).orElseThrow(() -> new NotFoundException("agreement-area", id));
    }

    static String code(String name) {
        String ascii = Normalizer.normalize(name.toLowerCase(Locale.ROOT).replace("ø", "o").replace("æ", "ae")
                .replace("å", "a"), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String code = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (code.isEmpty()) {
            code = "area";
        }
        return code.length() > 60 ? code.substring(0, 60) : code;
    }
}
