package no.kobling.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Creating users from other modules (demo data, setup). Checks the caller's permission itself. */
public interface UserAdministration {

    /** Creates an enabled user with the given role codes; the password is hashed here. */
    long createUser(NewUser user);

    boolean usernameExists(String username);

    long countUsers();

    record NewUser(String username, String displayName, String email, String rawPassword, Long organisationId,
            Set<String> roleCodes, String preferredLocale) {
    }

    List<String> roleCodes();

    /** An enabled or disabled user by username (any case); for other modules that link users to their records. */
    Optional<UserRef> userByUsername(String username);

    /** Users by id (unknown ids are left out), for showing who is linked to a record. */
    List<UserRef> usersById(Collection<Long> ids);

    record UserRef(long id, String username, String displayName) {
    }

    /**
     * Where a user belongs, for the linking rules of other modules (e.g. who may be made a company's representative);
     * not for display. {@code companyAccount}: the user holds REPRESENT_COMPANY and belongs to no organisation.
     */
    record UserAffiliation(UserRef user, Long organisationId, boolean companyAccount) {
    }

    /** The affiliation of a user by username (any case); empty when unknown. */
    Optional<UserAffiliation> affiliationByUsername(String username);

    /** The affiliation of a user by id; empty when unknown. */
    Optional<UserAffiliation> affiliationById(long userId);

    /**
     * Whether the user exists, is enabled and holds {@code permission} right now. For what acts for a user without a
     * session, such as a private calendar feed: a disabled user's feed stops.
     */
    boolean activeWith(long userId, Permission permission);
}
