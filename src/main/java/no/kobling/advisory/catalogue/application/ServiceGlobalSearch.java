package no.kobling.advisory.catalogue.application;

import java.util.List;
import java.util.Optional;
import no.kobling.shared.search.Authorities;
import no.kobling.shared.search.GlobalSearchSource;
import no.kobling.shared.search.TextMatch;
import org.springframework.stereotype.Component;

/**
 * The services group of the global search: the active services of the catalogue list (the same visibility), matched
 * in memory on their names and descriptions in every language and their provider.
 */
@Component
class ServiceGlobalSearch implements GlobalSearchSource {

    private final ServiceCatalogue catalogue;

    ServiceGlobalSearch(ServiceCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public String kind() {
        return "services";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<Group> search(String text, int limit) {
        if (!Authorities.any("VIEW_DIRECTORY", "VIEW_REPORTS")) {
            return Optional.empty();
        }
        List<ServiceView> found = catalogue.list(null, false).stream()
                .filter(s -> TextMatch.matches(text, s.name(), s.description(), texts(s), s.providerName())).toList();
        return Optional.of(new Group(kind(), order(), found.size(), found.stream().limit(limit)
                .map(s -> new Hit(s.id(), s.name(), s.providerName(), "/catalogue/services/" + s.id())).toList(),
                "/catalogue"));
    }

    private static String texts(ServiceView s) {
        return s.texts() == null ? "" : String.join(" ", s.texts().values().stream()
                .map(t -> (t.name() == null ? "" : t.name()) + " " + (t.description() == null ? "" : t.description()))
                .toList());
    }
}
