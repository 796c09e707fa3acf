package no.kobling.partnering.profile.application;

import java.util.List;
import java.util.Optional;
import no.kobling.shared.search.GlobalSearchSource;
import no.kobling.shared.search.TextMatch;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The partner profiles group of the global search: the profiles of the marketplace list (the same rules, the same
 * cap of 200), matched in memory on the company's name, what it offers and seeks, and its tags.
 */
@Component
class ProfileGlobalSearch implements GlobalSearchSource {

    private final ProfileService profiles;

    ProfileGlobalSearch(ProfileService profiles) {
        this.profiles = profiles;
    }

    @Override
    public String kind() {
        return "profiles";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Group> search(String text, int limit) {
        List<ProfileView> all;
        try {
            all = profiles.list(LocaleContextHolder.getLocale().getLanguage());
        } catch (AccessDeniedException e) {
            return Optional.empty();
        }
        List<ProfileView> found = all.stream().filter(p -> TextMatch.matches(text, p.companyName(), p.offers(),
                p.seeks(), names(p.offerTags()), names(p.seekTags()))).toList();
        return Optional.of(new Group(kind(), order(), found.size(), found.stream().limit(limit)
                .map(p -> new Hit(p.companyId(), p.companyName(), p.offers(),
                        "/partnering/profiles/" + p.companyId())).toList(), "/partnering"));
    }

    private static String names(List<ProfileView.TagOption> tags) {
        return tags == null ? "" : String.join(" ", tags.stream().map(ProfileView.TagOption::name).toList());
    }
}
