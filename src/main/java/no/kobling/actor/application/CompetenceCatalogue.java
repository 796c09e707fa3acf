package no.kobling.actor.application;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.kobling.actor.domain.Competence;
import no.kobling.actor.persistence.CompetenceRepository;
import no.kobling.shared.DomainException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The multilingual competence taxonomy (reference data seeded by migration). */
@Service
public class CompetenceCatalogue {

    private final CompetenceRepository competences;

    CompetenceCatalogue(CompetenceRepository competences) {
        this.competences = competences;
    }

    /** Every competence with its name in the current language (fallback English), in taxonomy order. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<CompetenceView> all() {
        Locale locale = LocaleContextHolder.getLocale();
        return competences.findAllByOrderBySortOrderAscCodeAsc().stream().map(c -> view(c, locale)).toList();
    }

    static CompetenceView view(Competence c, Locale locale) {
        return new CompetenceView(c.getCode(), c.name(locale), new TreeMap<>(c.getNames()));
    }

    /** The competences with these codes; an unknown code breaks the rule {@code competence-unknown}. */
    Set<Competence> resolve(Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return Set.of();
        }
        Set<String> wanted = new HashSet<>(codes);
        List<Competence> found = competences.findByCodeIn(wanted);
        if (found.size() != wanted.size()) {
            Set<String> known = found.stream().map(Competence::getCode).collect(Collectors.toSet());
            String unknown = wanted.stream().filter(c -> !known.contains(c)).sorted().collect(Collectors.joining(", "));
            throw DomainException.rule("competence-unknown", "actor.error.competence-unknown", unknown);
        }
        return new HashSet<>(found);
    }
}
