package no.kobling.partnering.profile.application;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import no.kobling.partnering.profile.domain.PartnerProfile;
import no.kobling.partnering.profile.persistence.PartnerProfileRepository;
import no.kobling.shared.LocalDay;
import no.kobling.shared.timeline.CompanyTimelineSource;
import no.kobling.shared.timeline.TimelineEntry;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner profile on a company's timeline, when {@link ProfileService#find} shows it to the caller (validated, or
 * kept by the caller's organisation), on the day it was last changed.
 */
@Component
class ProfileTimeline implements CompanyTimelineSource {

    private final ProfileService profiles;
    private final PartnerProfileRepository repository;

    ProfileTimeline(ProfileService profiles, PartnerProfileRepository repository) {
        this.profiles = profiles;
        this.repository = repository;
    }

    @Override
    public String kind() {
        return "profile";
    }

    @Override
    @Transactional(readOnly = true)
    public List<TimelineEntry> entries(long companyId, ZoneId zone) {
        var profile = profiles.find(companyId, LocaleContextHolder.getLocale().getLanguage());
        if (profile.isEmpty()) {
            return List.of();
        }
        PartnerProfile p = repository.findByCompanyId(companyId).orElseThrow();
        Instant at = p.getUpdatedAt() != null ? p.getUpdatedAt() : p.getValidatedAt();
        if (at == null) {
            return List.of();
        }
        return List.of(new TimelineEntry(kind(), p.getId(), LocalDay.of(at, zone), profile.get().offers(),
                profile.get().seeks(), "/partnering/profiles/" + companyId));
    }
}
