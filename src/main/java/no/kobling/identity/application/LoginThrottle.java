package no.kobling.identity.application;

import java.time.Clock;
import no.kobling.identity.domain.UserAccount;
import no.kobling.identity.persistence.UserAccountRepository;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account: after {@link UserAccount#MAX_FAILED_LOGINS} wrong passwords in a row the
 * account is locked for {@link UserAccount#LOCK_DURATION}, even for the right password. Kept in the
 * database so it holds across restarts and application nodes.
 */
@Component
class LoginThrottle {

    private final UserAccountRepository users;
    private final Clock clock;

    LoginThrottle(UserAccountRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsername(UserAccount.normalise(event.getAuthentication().getName()))
                .ifPresent(u -> u.loginFailed(clock.instant()));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof KoblingUserDetails details) {
            users.findById(details.getId()).ifPresent(UserAccount::loginSucceeded);
        }
    }
}
