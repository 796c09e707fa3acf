package no.kobling.identity.application;

import java.util.Optional;
import java.util.Set;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.UserAdministration.NewUser;
import no.kobling.identity.persistence.UserAccountRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator of an installation without demo data: created from configuration at start-up or on the
 * one-time page {@code /setup}, and only while there is no user at all.
 */
@Service
public class FirstAdministrator {

    public static final String ROLE = "ADMINISTRATOR";

    private final UserAccountRepository users;
    private final UserService userService;

    FirstAdministrator(UserAccountRepository users, UserService userService) {
        this.users = users;
        this.userService = userService;
    }

    /** True while nobody can sign in yet, i.e. the setup page is open. */
    @Transactional(readOnly = true)
    public boolean needed() {
        return users.count() == 0;
    }

    /**
     * Creates the administrator if there is still no user; empty otherwise. The check runs inside the transaction
     * under a row lock, so two requests at the same moment cannot both create one.
     */
    @Transactional
    public Optional<Long> create(String username, String displayName, String email, String rawPassword,
            String preferredLocale) {
        users.lockForFirstUser();
        if (users.count() > 0) {
            return Optional.empty();
        }
        NewUser admin = new NewUser(username, displayName, email, rawPassword, null, Set.of(ROLE), preferredLocale);
        return Optional.of(SystemAccess.run(() -> userService.createUser(admin)));
    }
}
