package no.kobling.company.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import no.kobling.company.application.Views.CompanyHit;
import no.kobling.shared.search.Authorities;
import no.kobling.shared.search.GlobalSearchSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** The companies group of the global search: the register's own search (names, numbers, places, descriptions). */
@Component
class CompanyGlobalSearch implements GlobalSearchSource {

    private final CompanySearch search;

    CompanyGlobalSearch(CompanySearch search) {
        this.search = search;
    }

    @Override
    public String kind() {
        return "companies";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Group> search(String text, int limit) {
        if (!Authorities.any("MANAGE_COMPANIES", "VIEW_DIRECTORY")) {
            return Optional.empty();
        }
        String href = "/companies?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
        if (SearchText.clean(text).isEmpty()) {
            // only query syntax ("***"): the register search would list everything, the global search lists nothing
            return Optional.of(new Group(kind(), order(), 0, List.of(), href));
        }
        Page<CompanyHit> page = search.search(CompanyQuery.text(text), PageRequest.of(0, limit)).page();
        return Optional.of(new Group(kind(), order(), page.getTotalElements(), page.getContent().stream()
                .map(h -> new Hit(h.id(), h.name(), detail(h), "/companies/" + h.id())).toList(),
                href));
    }

    private static String detail(CompanyHit h) {
        return h.municipalityName() == null ? h.orgNumber() : h.orgNumber() + " · " + h.municipalityName();
    }
}
