package no.kobling.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read-only facts about users for other modules: names to show, where to send e-mail and in which language, and
 * which organisation a user works for. The one place other modules learn about users; they never read the identity
 * tables themselves. Which of these users a caller may see is the caller's module's decision (using the actor
 * module's tenancy rule on {@link UserInfo#organisationId()}).
 */
public interface UserDirectory {

    /** A user (enabled or not) by id. */
    Optional<UserInfo> find(long userId);

    /** Users by id; unknown ids are left out. */
    Map<Long, UserInfo> byIds(Collection<Long> userIds);

    /** The enabled users of an organisation, by display name. */
    List<UserInfo> enabledUsersOf(long organisationId);

    /**
     * The enabled users of these organisations who hold a role granting the permission, by display name (e.g. the
     * facilitators of a partnership's member organisations).
     */
    List<UserInfo> enabledWithPermission(Permission permission, Collection<Long> organisationIds);

    /** Whether the user is enabled and holds a role granting the permission. */
    boolean hasPermission(long userId, Permission permission);

    /** A user as other modules see them; {@code locale} is the preferred language tag or null. */
    record UserInfo(long id, String displayName, String email, String locale, Long organisationId,
            boolean enabled) {
    }
}
