package no.kobling.partnering.profile.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.kobling.partnering.PartnerProfiles;
import no.kobling.partnering.profile.domain.CooperationType;
import no.kobling.partnering.profile.domain.ProfileContent;
import no.kobling.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partner-profile facade for other modules (the matchmaking marketplace), with the caller's visibility. */
@Service
class PartnerProfilesFacade implements PartnerProfiles {

    private final ProfileService profiles;
    private final RecommendationService recommendations;

    PartnerProfilesFacade(ProfileService profiles, RecommendationService recommendations) {
        this.profiles = profiles;
        this.recommendations = recommendations;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProfileSummary> profileOf(long companyId, String lang) {
        try {
            return profiles.find(companyId, lang).map(PartnerProfilesFacade::summary);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProfileSummary> profilesOf(Collection<Long> companyIds, String lang) {
        return companyIds.stream().distinct().map(id -> profileOf(id, lang)).flatMap(Optional::stream).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Recommendation> recommendationsAmong(long companyId, Collection<Long> candidateCompanyIds, int limit,
            String lang) {
        return recommendations.recommendAmong(companyId, candidateCompanyIds, Math.min(Math.max(limit, 1),
                RecommendationService.MAX_LIMIT), lang).stream()
                .map(r -> new Recommendation(r.companyId(), r.companyName(), r.score(), r.reasons())).toList();
    }

    @Override
    public void saveProfile(ProfileData d) {
        profiles.saveOwned(d.companyId(), d.ownerOrganisationId(), new ProfileContent(d.offers(), null, d.seeks(), null,
                d.offerTags(), d.seekTags(), d.cooperationTypes() == null ? null : d.cooperationTypes().stream()
                        .map(CooperationType::valueOf).collect(Collectors.toSet()), d.industries(),
                d.countriesSought(), null, d.languages()), d.validated());
    }

    private static ProfileSummary summary(ProfileView v) {
        return new ProfileSummary(v.companyId(), v.companyName(), v.countryCode(), v.offers(), v.seeks(),
                v.cooperationTypes().stream().map(Enum::name).collect(Collectors.toSet()),
                java.util.stream.Stream.concat(v.offerTags().stream(), v.seekTags().stream())
                        .map(ProfileView.TagOption::code).collect(Collectors.toSet()), v.languages());
    }
}
