package no.kobling.identity.application;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.kobling.identity.SupportedLocales;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.domain.Role;
import no.kobling.identity.domain.UserAccount;
import no.kobling.identity.persistence.RoleRepository;
import no.kobling.identity.persistence.UserAccountRepository;
import no.kobling.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users and their roles. Creating and changing users needs {@code ADMINISTER_USERS}. */
@Service
public class UserService implements UserAdministration {

    /** Minimum password length (NIST SP 800-63B: length over composition rules). */
    public static final int MIN_PASSWORD_LENGTH = 10;

    private final UserAccountRepository users;
    private final RoleRepository roles;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserService(UserAccountRepository users, RoleRepository roles, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.roles = roles;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('ADMINISTER_USERS')")
    public long createUser(NewUser cmd) {
        String username = UserAccount.normalise(cmd.username());
        if (users.existsByUsername(username)) {
            throw DomainException.conflict("username-taken", "user.error.username-taken", username);
        }
        checkPassword(cmd.rawPassword());
        UserAccount user = new UserAccount(username, cmd.displayName(), cmd.email(),
                passwordEncoder.encode(cmd.rawPassword()), cmd.organisationId(), resolveRoles(cmd.roleCodes()),
                clock.instant());
        SupportedLocales.match(cmd.preferredLocale()).ifPresent(l -> user.preferLocale(l.getLanguage()));
        return users.save(user).getId();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean usernameExists(String username) {
        return users.existsByUsername(UserAccount.normalise(username));
    }

    @Override
    @Transactional(readOnly = true)
    public long countUsers() {
        return users.count();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> roleCodes() {
        return roles.findAllByOrderByCodeAsc().stream().map(Role::getCode).toList();
    }

    /** Remembers the interface language the user chose (any signed-in user, for themselves). */
    @Transactional
    public void preferLocale(long userId, String languageTag) {
        SupportedLocales.match(languageTag)
                .ifPresent(l -> users.findById(userId).ifPresent(u -> u.preferLocale(l.getLanguage())));
    }

    Set<Role> resolveRoles(Set<String> codes) {
        List<Role> found = roles.findByCodeIn(codes);
        if (found.size() != new HashSet<>(codes).size()) {
            throw DomainException.rule("unknown-role", "user.error.unknown-role", String.join(",", codes));
        }
        return new HashSet<>(found);
    }

    static void checkPassword(String raw) {
        if (raw == null || raw.length() < MIN_PASSWORD_LENGTH) {
            throw DomainException.rule("password-too-short", "user.error.password-too-short", MIN_PASSWORD_LENGTH);
        }
    }
}
