package no.kobling.identity.persistence;

import java.util.Optional;
import no.kobling.identity.domain.UserAccount;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("""
            select u from UserAccount u
            where (:q is null or lower(u.username) like :q or lower(u.displayName) like :q
                   or lower(coalesce(u.email, '')) like :q)
              and (:organisationId is null or u.organisationId = :organisationId)
            """)
    Page<UserAccount> search(@Param("q") String likePattern, @Param("organisationId") Long organisationId,
            Pageable pageable);
}
