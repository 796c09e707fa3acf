package no.kobling.identity.application;

import no.kobling.identity.Permission;
import no.kobling.identity.persistence.UserAccountRepository;
import no.kobling.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Policy: a change to users or roles must not leave the platform without an enabled user who can administer users
 * (nobody could repair that from the UI). Call {@link #count()} before the change and {@link #check(long)} after it,
 * in the same transaction: the exception rolls the change back. {@link #count()} first takes a row lock that is held
 * until the transaction ends, so two such changes run one after the other: two administrators demoting each other at
 * the same moment cannot both pass the check with the other's change not yet committed.
 */
@Component
class AdministratorGuard {

    private final UserAccountRepository users;

    AdministratorGuard(UserAccountRepository users) {
        this.users = users;
    }

    long count() {
        users.lockAdministrators();
        return users.countEnabledWith(Permission.ADMINISTER_USERS);
    }

    void check(long before) {
        users.flush();
        if (before > 0 && users.countEnabledWith(Permission.ADMINISTER_USERS) == 0) {
            throw DomainException.rule("last-administrator", "user.error.last-administrator");
        }
    }
}
