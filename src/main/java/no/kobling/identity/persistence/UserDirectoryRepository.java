package no.kobling.identity.persistence;

import java.util.Collection;
import java.util.List;
import no.kobling.identity.Permission;
import no.kobling.identity.domain.UserAccount;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Read-only look-ups of users for the {@code UserDirectory} facade. */
public interface UserDirectoryRepository extends JpaRepository<UserAccount, Long> {

    List<UserAccount> findByOrganisationIdAndEnabledTrueOrderByDisplayNameAscIdAsc(long organisationId);

    @Query("""
            select distinct u from UserAccount u join u.roles r join r.permissions p
            where u.enabled = true and p = :permission and u.organisationId in :organisationIds
            """)
    List<UserAccount> enabledWithPermission(@Param("permission") Permission permission,
            @Param("organisationIds") Collection<Long> organisationIds);
}
