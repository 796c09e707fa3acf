package no.kobling.actor.application;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.geo.Geography;
import no.kobling.geo.MunicipalityRef;
import no.kobling.shared.DomainException;
import org.springframework.stereotype.Component;

/** Checks references from actor records into the geo reference data. */
@Component
class ReferenceChecks {

    private final Geography geography;

    ReferenceChecks(Geography geography) {
        this.geography = geography;
    }

    /** The municipality, or the rule {@code municipality-unknown} is broken. Null stays null. */
    MunicipalityRef municipality(Long id) {
        if (id == null) {
            return null;
        }
        return geography.municipality(id)
                .orElseThrow(() -> DomainException.rule("municipality-unknown", "actor.error.municipality-unknown", id));
    }

    /** A home municipality must lie in the organisation's country. */
    void municipalityInCountry(Long id, String countryCode) {
        MunicipalityRef m = municipality(id);
        if (m != null && countryCode != null && !m.countryCode().equalsIgnoreCase(countryCode.trim())) {
            throw DomainException.rule("municipality-country-mismatch", "actor.error.municipality-country-mismatch",
                    m.name(), countryCode);
        }
    }

    /** Every id names a municipality; otherwise the rule {@code municipality-unknown} is broken. */
    void municipalities(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        Set<Long> wanted = new HashSet<>(ids);
        Set<Long> found = geography.municipalities(wanted).stream().map(MunicipalityRef::id)
                .collect(Collectors.toSet());
        wanted.removeAll(found);
        if (!wanted.isEmpty()) {
            throw DomainException.rule("municipality-unknown", "actor.error.municipality-unknown",
                    wanted.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")));
        }
    }
}
