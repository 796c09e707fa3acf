package no.kobling.identity.application;

import no.kobling.identity.CurrentUsers;
import no.kobling.identity.domain.UserAccount;
import no.kobling.identity.persistence.UserAccountRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.StaleVersionException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every signed-in user may do with their own account: see it, change name, e-mail and password. */
@Service
public class AccountService {

    private final UserAccountRepository users;
    private final UserService userService;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUsers currentUsers;
    private final ApiTokenService tokens;

    AccountService(UserAccountRepository users, UserService userService, PasswordEncoder passwordEncoder,
            CurrentUsers currentUsers, ApiTokenService tokens) {
        this.users = users;
        this.userService = userService;
        this.passwordEncoder = passwordEncoder;
        this.currentUsers = currentUsers;
        this.tokens = tokens;
    }

    @Transactional(readOnly = true)
    public UserView mine() {
        return userService.view(me(), userService.organisationNames());
    }

    @Transactional
    public UserView changeProfile(String displayName, String email, long version) {
        UserAccount me = me();
        StaleVersionException.check("user", me.getId(), version, me.getVersion());
        me.changeProfile(displayName, email);
        users.flush();
        return userService.view(me, userService.organisationNames());
    }

    /**
     * Needs the current password, so a session left open is not enough to take over the account. The new password
     * changes the security stamp (the user's other sessions end at their next request) and revokes every API token;
     * the caller refreshes the current session ({@link SessionPrincipal}) so it goes on.
     */
    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        UserAccount me = me();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, me.getPasswordHash())) {
            throw DomainException.rule("password-wrong", "user.error.password-wrong");
        }
        UserService.checkPassword(newPassword);
        me.changePassword(passwordEncoder.encode(newPassword));
        tokens.revokeAll(me.getId());
        users.flush();
    }

    private UserAccount me() {
        long id = currentUsers.require().id();
        return users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }
}
