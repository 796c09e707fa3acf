package no.kobling.advisory.application;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.kobling.advisory.application.AdvisoryAccess.Viewer;
import no.kobling.advisory.application.AdvisoryViews.NeedTypeView;
import no.kobling.advisory.application.AdvisoryViews.NeedView;
import no.kobling.advisory.domain.Activity;
import no.kobling.advisory.domain.Need;
import no.kobling.advisory.domain.NeedPriority;
import no.kobling.advisory.domain.NeedStatus;
import no.kobling.advisory.domain.NeedType;
import no.kobling.advisory.persistence.NeedRepository;
import no.kobling.advisory.persistence.NeedTypeRepository;
import no.kobling.company.Companies;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.StaleVersionException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Needs assessments: each organisation assesses a company's needs on the shared taxonomy (one entry per need and
 * organisation); the organisations of its partnerships see the assessment, only the own organisation changes it.
 */
@Service
public class NeedService {

    private final NeedRepository needs;
    private final NeedTypeRepository types;
    private final ActivityService activityService;
    private final AdvisoryDirectory directory;
    private final Companies companies;
    private final AdvisoryAccess access;
    private final Clock clock;

    NeedService(NeedRepository needs, NeedTypeRepository types, ActivityService activityService,
            AdvisoryDirectory directory, Companies companies, AdvisoryAccess access, Clock clock) {
        this.needs = needs;
        this.types = types;
        this.activityService = activityService;
        this.directory = directory;
        this.companies = companies;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<NeedTypeView> types() {
        Locale locale = ActivityService.locale();
        return types.findAllByOrderBySortOrderAscIdAsc().stream()
                .map(t -> new NeedTypeView(t.getId(), t.getCode(), t.name(locale), t.competenceCodes())).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ActivityService.RECORDS)
    public List<NeedView> ofCompany(long companyId) {
        Viewer viewer = access.viewer();
        company(companyId);
        List<Need> found = viewer.seesAll() ? needs.findByCompanyIdOrderByIdAsc(companyId)
                : needs.findByCompanyIdAndOrganisationIdInOrderByIdAsc(companyId,
                        ActivityService.withSentinel(viewer.partnerOrganisations()));
        return found.stream().map(n -> view(n, viewer)).toList();
    }

    /** Companies (ids, ascending) with a need of the type that is not met, among the needs the caller sees. */
    @Transactional(readOnly = true)
    @PreAuthorize(ActivityService.RECORDS)
    public List<Long> companiesWithNeed(String typeCode) {
        Viewer viewer = access.viewer();
        return viewer.seesAll() ? needs.companiesWithNeed(typeCode)
                : needs.companiesWithNeedOf(typeCode, ActivityService.withSentinel(viewer.partnerOrganisations()));
    }

    /** Records (or changes) the own organisation's assessment of one need of the company. */
    @Transactional
    @PreAuthorize(ActivityService.WRITE)
    public NeedView assess(long companyId, String typeCode, NeedPriority priority, NeedStatus status, String note,
            Long expectedVersion, Long organisationId) {
        Viewer viewer = access.viewer();
        company(companyId);
        long org = viewer.isSystem() && organisationId != null ? organisationId : own(viewer);
        NeedType type = types.findByCode(typeCode == null ? "" : typeCode.strip()).orElseThrow(
                () -> DomainException.rule("advisory-need-type-unknown", "advisory.error.need-type-unknown", typeCode));
        Need need = needs.findByCompanyIdAndTypeIdAndOrganisationId(companyId, type.getId(), org).orElse(null);
        if (need == null) {
            need = needs.save(new Need(companyId, type, org, priority, status, note, clock.instant()));
        } else {
            StaleVersionException.check("advisory.need", need.getId(), expectedVersion, need.getVersion());
            need.assess(priority, status, note, clock.instant());
            needs.flush();
        }
        return view(need, viewer);
    }

    /** Links an activity that addressed the need; both must be the own organisation's and about the same company. */
    @Transactional
    @PreAuthorize(ActivityService.WRITE)
    public NeedView link(long needId, long activityId) {
        Viewer viewer = access.viewer();
        Need need = editable(viewer, needId);
        Activity activity = activityService.visible(viewer, activityId);
        if (!activity.getCompanyIds().contains(need.getCompanyId())) {
            throw DomainException.rule("advisory-need-activity-other-company", "advisory.error.need-activity-company");
        }
        need.addressedBy(activityId, clock.instant());
        needs.flush();
        return view(need, viewer);
    }

    @Transactional
    @PreAuthorize(ActivityService.WRITE)
    public void delete(long needId) {
        needs.delete(editable(access.viewer(), needId));
    }

    private Need editable(Viewer viewer, long id) {
        Need need = needs.findById(id).orElseThrow(() -> new NotFoundException("advisory.need", id));
        boolean visible = viewer.seesAll() || viewer.partnerOrganisations().contains(need.getOrganisationId());
        if (!visible || companies.ref(need.getCompanyId()).isEmpty() || !mayEdit(viewer, need)) {
            throw new NotFoundException("advisory.need", id);
        }
        return need;
    }

    private static boolean mayEdit(Viewer viewer, Need need) {
        return viewer.seesAll() || (viewer.organisationId() != null
                && viewer.organisationId() == need.getOrganisationId());
    }

    private long own(Viewer viewer) {
        if (viewer.organisationId() == null) {
            throw DomainException.rule("advisory-no-organisation", "advisory.error.no-organisation");
        }
        return viewer.organisationId();
    }

    private void company(long id) {
        if (companies.ref(id).isEmpty()) {
            throw new NotFoundException("company", id);
        }
    }

    private NeedView view(Need n, Viewer viewer) {
        Locale locale = ActivityService.locale();
        return new NeedView(n.getId(), n.getCompanyId(), n.getType().getCode(), n.getType().name(locale),
                n.getPriority(), n.getStatus(), n.getNote(), n.getOrganisationId(),
                directory.organisationName(n.getOrganisationId()).orElse(""),
                n.getActivityIds().stream().sorted().toList(), mayEdit(viewer, n), n.getVersion());
    }
}
