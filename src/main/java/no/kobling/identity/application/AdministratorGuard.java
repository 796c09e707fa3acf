package no.kobling.identity.application;

import no.kobling.identity.Permission;
import no.kobling.identity.persistence.UserAccountRepository;
import no.kobling.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Policy: a change to users or roles must not leave the platform without an enabled user who can administer users
 * (nobody could repair that from the UI). Call {@link #count()} before the change and {@link #check(long)} after it,
 * in the same transaction: the exception rolls the change back.
 */
@Component
class AdministratorGuard {

    private final UserAccountRepository users;

    AdministratorGuard(UserAccountRepository users) {
        this.users = users;
    }

    long count() {
        return users.countEnabledWith(Permission.ADMINISTER_USERS);
    }

    void check(long before) {
        users.flush();
        if (before > 0 && count() == 0) {
            throw DomainException.rule("last-administrator", "user.error.last-administrator");
        }
    }
}
