package no.kobling.actor.application;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import no.kobling.shared.search.Authorities;
import no.kobling.shared.search.GlobalSearchSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** The people group of the global search: the people list's own search, with its visibility rules. */
@Component
class PersonGlobalSearch implements GlobalSearchSource {

    private final PersonService people;

    PersonGlobalSearch(PersonService people) {
        this.people = people;
    }

    @Override
    public String kind() {
        return "people";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Group> search(String text, int limit) {
        if (!Authorities.any("VIEW_DIRECTORY")) {
            return Optional.empty();
        }
        Page<PersonView> page = people.search(new PersonFilter(text, null, null, null, null),
                PageRequest.of(0, limit, Sort.by("name")));
        return Optional.of(new Group(kind(), order(), page.getTotalElements(), page.getContent().stream()
                .map(p -> new Hit(p.id(), p.name(), p.organisationName(), "/people/" + p.id())).toList(),
                "/people?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)));
    }
}
