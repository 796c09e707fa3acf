package no.kobling.partnering.profile.application;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.kobling.partnering.profile.application.ProfileView.TagOption;
import no.kobling.partnering.profile.persistence.TagRepository;
import org.springframework.stereotype.Component;

/** The tag taxonomy in a language, sorted by name; unknown codes are refused on save. */
@Component
public class TagCatalogue {

    private final TagRepository tags;

    TagCatalogue(TagRepository tags) {
        this.tags = tags;
    }

    public List<TagOption> options(String lang) {
        return tags.activeTags(lang).stream().map(t -> new TagOption(t.code(), t.name()))
                .sorted(Comparator.comparing(TagOption::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public Map<String, String> names(String lang) {
        return tags.activeTags(lang).stream()
                .collect(Collectors.toMap(TagRepository.TagRow::code, TagRepository.TagRow::name, (a, b) -> a));
    }
}
