package no.kobling.actor.persistence;

import java.util.Collection;
import java.util.List;
import no.kobling.actor.domain.Person;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface PersonRepository extends JpaRepository<Person, Long>, JpaSpecificationExecutor<Person> {

    List<Person> findByOrganisationIdInOrderByNameAsc(Collection<Long> organisationIds);
}
