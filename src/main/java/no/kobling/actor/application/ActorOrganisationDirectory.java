package no.kobling.actor.application;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.kobling.actor.persistence.OrganisationRepository;
import no.kobling.identity.OrganisationDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implements the identity module's port: user administration names the organisation a user belongs to. Names only,
 * so no tenancy filter; the identity pages that list them are for user administrators.
 */
@Component
class ActorOrganisationDirectory implements OrganisationDirectory {

    private final OrganisationRepository organisations;

    ActorOrganisationDirectory(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganisationRef> all() {
        return organisations.findAllByOrderByNameAsc().stream()
                .map(o -> new OrganisationRef(o.getId(), o.getName()))
                .sorted(Comparator.comparing(OrganisationRef::name, ActorViews.collator()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrganisationRef> find(long id) {
        return organisations.findById(id).map(o -> new OrganisationRef(o.getId(), o.getName()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<java.time.ZoneId> zoneOf(long id) {
        return organisations.findById(id).map(no.kobling.actor.domain.Organisation::zone);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> emailOf(long id) {
        return organisations.findById(id).map(no.kobling.actor.domain.Organisation::getEmail)
                .filter(e -> !e.isBlank());
    }
}
