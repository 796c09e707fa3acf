package no.kobling.partnering.profile.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import no.kobling.partnering.profile.domain.CooperationType;
import no.kobling.partnering.profile.domain.ProfileStatus;

/** A partner profile as pages and the API show it, with what the caller may do with it. */
public record ProfileView(long companyId, String companyName, String countryCode, String naceCode,
        String offers, String offersLanguage, String seeks, String seeksLanguage, List<TagOption> offerTags,
        List<TagOption> seekTags, Set<CooperationType> cooperationTypes, Set<String> industries,
        Set<String> countriesSought, Set<String> regionsSought, Set<String> languages, ProfileStatus status,
        Instant validatedAt, String validatedBy, Instant expiresAt, boolean visibleToAll, long version,
        boolean mayEdit, boolean mayValidate) {

    public record TagOption(String code, String name) {
    }
}
