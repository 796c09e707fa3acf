package no.kobling.identity.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.kobling.identity.domain.Role;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoleRepository extends JpaRepository<Role, Long> {

    Optional<Role> findByCode(String code);

    List<Role> findByCodeIn(Collection<String> codes);

    List<Role> findAllByOrderByCodeAsc();
}
