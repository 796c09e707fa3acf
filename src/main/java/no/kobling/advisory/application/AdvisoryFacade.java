package no.kobling.advisory.application;

import no.kobling.advisory.Advisory;
import no.kobling.advisory.domain.NeedPriority;
import no.kobling.advisory.domain.NeedStatus;
import no.kobling.advisory.domain.Visibility;
import no.kobling.advisory.persistence.ActivityRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The advisory module's facade; delegates to the application services and their checks. */
@Service
class AdvisoryFacade implements Advisory {

    private final ActivityService activityService;
    private final NeedService needService;
    private final ActivityRepository activities;

    AdvisoryFacade(ActivityService activityService, NeedService needService, ActivityRepository activities) {
        this.activityService = activityService;
        this.needService = needService;
        this.activities = activities;
    }

    @Override
    public long logActivity(ActivityData d) {
        return activityService.log(new ActivityCommand(null, d.kindCode(), d.date(), d.hours(), null, null,
                d.notes(), d.sharedWithPartnership() ? Visibility.PARTNERSHIP : Visibility.ORGANISATION,
                d.followUpDate(), d.advisorUserIds(), d.companyIds(), null, d.organisationId())).id();
    }

    @Override
    public long assessNeed(long companyId, String needCode, String priority, String status, Long organisationId) {
        return needService.assess(companyId, needCode, NeedPriority.valueOf(priority), NeedStatus.valueOf(status),
                null, null, organisationId).id();
    }

    @Override
    public void linkNeedToActivity(long needId, long activityId) {
        needService.link(needId, activityId);
    }

    @Override
    public java.util.List<Long> companiesWithNeed(String needCode) {
        return needService.companiesWithNeed(needCode);
    }

    @Override
    public java.util.List<Long> taggedWith(long projectId) {
        return activityService.taggedWith(projectId);
    }

    @Override
    @Transactional(readOnly = true)
    public long countActivities() {
        return activities.count();
    }
}
