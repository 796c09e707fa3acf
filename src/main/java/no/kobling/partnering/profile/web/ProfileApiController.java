package no.kobling.partnering.profile.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import no.kobling.partnering.profile.application.ProfileService;
import no.kobling.partnering.profile.application.ProfileView;
import no.kobling.partnering.profile.application.RecommendationService;
import no.kobling.partnering.profile.application.RecommendationView;
import no.kobling.partnering.profile.application.Recommendations;
import no.kobling.partnering.profile.application.TagCatalogue;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Partner profiles", description = "Partner profiles (offers, needs, cooperation types), validation, "
        + "renewal, reciprocal recommendations across languages, declined suggestions")
class ProfileApiController {

    private final ProfileService profiles;
    private final RecommendationService recommendations;
    private final TagCatalogue tags;

    ProfileApiController(ProfileService profiles, RecommendationService recommendations, TagCatalogue tags) {
        this.profiles = profiles;
        this.recommendations = recommendations;
        this.tags = tags;
    }

    static String lang() {
        return LocaleContextHolder.getLocale().getLanguage();
    }

    @GetMapping("/partnering/profiles")
    @Operation(summary = "Profiles the caller keeps (own organisation, represented companies) and validated ones")
    List<ProfileView> list() {
        return profiles.list(lang());
    }

    @GetMapping("/partnering/profiles/{companyId}")
    ProfileView get(@PathVariable long companyId) {
        return profiles.get(companyId, lang());
    }

    @PutMapping("/partnering/profiles/{companyId}")
    @Operation(summary = "Creates or changes the profile of a company (version of the loaded profile, or null)")
    ProfileView put(@PathVariable long companyId, @Valid @RequestBody ProfileRequest request) {
        return profiles.save(companyId, request.content(), request.version(), lang());
    }

    @PostMapping("/partnering/profiles/{companyId}/validation")
    @Operation(summary = "A facilitator validates the profile: visible to all for 12 months")
    ProfileView validate(@PathVariable long companyId) {
        return profiles.validate(companyId, lang());
    }

    @PostMapping("/partnering/profiles/{companyId}/renewal")
    @Operation(summary = "Renews a validated or expired profile for 12 months")
    ProfileView renew(@PathVariable long companyId) {
        return profiles.renew(companyId, lang());
    }

    record DeclineRequest(long partnerCompanyId) {
    }

    @PostMapping("/partnering/profiles/{companyId}/declined-partners")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Declines a suggested partner: the pair is not suggested again")
    void decline(@PathVariable long companyId, @RequestBody DeclineRequest request) {
        profiles.decline(companyId, request.partnerCompanyId());
    }

    @GetMapping("/partnering/tags")
    List<ProfileView.TagOption> tags() {
        return tags.options(lang());
    }

    @GetMapping("/companies/{id}/partner-recommendations")
    @Operation(summary = "Reciprocal partner recommendations with reasons, best first (limit 1..100): partners that "
            + "fit both ways first, then those that fit one way only; each has its direction and matched terms")
    List<RecommendationView> recommendations(@PathVariable long id, @RequestParam(defaultValue = "10") int limit) {
        return recommendations.recommend(id, limit, lang());
    }

    @GetMapping("/companies/{id}/partner-recommendations/overview")
    @Operation(summary = "Partner recommendations in sections: twoWay (the recommendations), oneWay (fits in one "
            + "direction only, apart), and empty (why there is no two-way fit: code, message key, hint)")
    Recommendations recommendationOverview(@PathVariable long id, @RequestParam(defaultValue = "10") int limit) {
        return recommendations.overview(id, limit, lang());
    }
}
