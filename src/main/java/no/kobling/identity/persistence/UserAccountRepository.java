package no.kobling.identity.persistence;

import java.util.List;
import java.util.Optional;
import no.kobling.identity.Permission;
import no.kobling.identity.domain.UserAccount;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    /** Accounts with this e-mail address, ignoring case (forgot password: several accounts may share one). */
    List<UserAccount> findByEmailIgnoreCase(String email);

    /** {@code likePattern} is lower case with {@code \} escaping wildcards, e.g. {@code %ola\_n%}. */
    @Query("""
            select u from UserAccount u
            where (:q is null or lower(u.username) like :q escape '\\'
                   or lower(u.displayName) like :q escape '\\'
                   or lower(coalesce(u.email, '')) like :q escape '\\')
              and (:organisationId is null or u.organisationId = :organisationId)
            """)
    Page<UserAccount> search(@Param("q") String likePattern, @Param("organisationId") Long organisationId,
            Pageable pageable);

    /** Enabled users who hold a role granting {@code permission}. */
    @Query("""
            select count(distinct u.id) from UserAccount u join u.roles r join r.permissions p
            where u.enabled = true and p = :permission
            """)
    long countEnabledWith(@Param("permission") Permission permission);

    /** Enabled users holding the role. */
    @Query("select count(u) from UserAccount u join u.roles r where u.enabled = true and r.id = :roleId")
    long countEnabledHolding(@Param("roleId") long roleId);

    /**
     * Serialises the creation of the first user (one-time setup, bootstrap from configuration): the row lock is held
     * until the transaction ends, so a second request waits and then sees the first user.
     */
    @Query(value = "select id from identity_setup_lock where id = 1 for update", nativeQuery = true)
    Integer lockForFirstUser();

    /**
     * Serialises changes that could leave no administrator ({@code AdministratorGuard}): the row lock is held until the
     * transaction ends.
     */
    @Query(value = "select id from identity_setup_lock where id = 2 for update", nativeQuery = true)
    Integer lockAdministrators();
}
