package no.kobling.identity.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.kobling.identity.Permission;
import no.kobling.identity.UserDirectory;
import no.kobling.identity.domain.UserAccount;
import no.kobling.identity.persistence.UserDirectoryRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Implements {@link UserDirectory}: read-only facts about users for other modules. */
@Service
class UserDirectoryService implements UserDirectory {

    private final UserDirectoryRepository users;

    UserDirectoryService(UserDirectoryRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserInfo> find(long userId) {
        return users.findById(userId).map(UserDirectoryService::info);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, UserInfo> byIds(Collection<Long> userIds) {
        Map<Long, UserInfo> found = new HashMap<>();
        if (!userIds.isEmpty()) {
            users.findAllById(userIds).forEach(u -> found.put(u.getId(), info(u)));
        }
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserInfo> enabledUsersOf(long organisationId) {
        return users.findByOrganisationIdAndEnabledTrueOrderByDisplayNameAscIdAsc(organisationId).stream()
                .map(UserDirectoryService::info).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserInfo> enabledWithPermission(Permission permission, Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        return users.enabledWithPermission(permission, organisationIds).stream().map(UserDirectoryService::info)
                .sorted(java.util.Comparator.comparing(UserInfo::displayName).thenComparing(UserInfo::id))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasPermission(long userId, Permission permission) {
        return users.findById(userId).filter(UserAccount::isEnabled).map(u -> u.has(permission)).orElse(false);
    }

    private static UserInfo info(UserAccount u) {
        return new UserInfo(u.getId(), u.getDisplayName(), u.getEmail(), u.getPreferredLocale(),
                u.getOrganisationId(), u.isEnabled());
    }
}
