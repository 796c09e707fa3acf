package no.kobling.advisory.application;

import java.util.List;
import java.util.function.Consumer;
import no.kobling.advisory.application.AdvisoryAccess.Viewer;
import no.kobling.advisory.application.AdvisoryViews.ActivityView;
import no.kobling.advisory.domain.Activity;
import no.kobling.advisory.persistence.ActivityRepository;
import no.kobling.shared.export.ExportRows;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every activity of the lists of the advisory workspace, for an export: the own organisation's (or, {@code shared},
 * those partner organisations shared), newest first, read a page at a time with the same queries and the same
 * visibility as {@link ActivityService#recent(boolean, int, Long)}.
 */
@Service
public class ActivityExport {

    private final ActivityRepository activities;
    private final ActivityService service;
    private final AdvisoryAccess access;

    ActivityExport(ActivityRepository activities, ActivityService service, AdvisoryAccess access) {
        this.activities = activities;
        this.service = service;
        this.access = access;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(ActivityService.RECORDS)
    public void forEach(boolean shared, Long projectId, Consumer<? super ActivityView> sink) {
        Viewer viewer = access.viewer();
        if (viewer.organisationId() == null) {
            return;
        }
        long project = projectId == null ? ActivityRepository.ANY_PROJECT : projectId;
        for (int p = 0; ; p++) {
            PageRequest page = PageRequest.of(p, ExportRows.PAGE_SIZE);
            List<Activity> found = shared
                    ? activities.sharedByPartners(viewer.organisationId(),
                            ActivityService.withSentinel(viewer.partnerOrganisations()), project, page)
                    : activities.ofOrganisation(viewer.organisationId(), project, page);
            service.views(found, viewer).forEach(sink);
            if (found.size() < ExportRows.PAGE_SIZE) {
                return;
            }
        }
    }
}
