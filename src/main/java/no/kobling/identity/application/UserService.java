package no.kobling.identity.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.identity.OrganisationDirectory;
import no.kobling.identity.Permission;
import no.kobling.identity.OrganisationDirectory.OrganisationRef;
import no.kobling.identity.SupportedLocales;
import no.kobling.identity.UserAdministration;
import no.kobling.identity.domain.Role;
import no.kobling.identity.domain.UserAccount;
import no.kobling.identity.persistence.RoleRepository;
import no.kobling.identity.persistence.UserAccountRepository;
import no.kobling.identity.persistence.UserRightsQuery;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.StaleVersionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users and their roles. Creating and changing users needs {@code ADMINISTER_USERS}. */
@Service
public class UserService implements UserAdministration {

    /** Minimum password length (NIST SP 800-63B: length over composition rules). */
    public static final int MIN_PASSWORD_LENGTH = 10;
    /** bcrypt uses only the first 72 bytes; longer passwords are refused rather than silently cut. */
    public static final int MAX_PASSWORD_BYTES = 72;
    public static final Set<String> SORTS = Set.of("username", "displayName", "email", "createdAt");

    private final UserAccountRepository users;
    private final RoleRepository roles;
    private final PasswordEncoder passwordEncoder;
    private final ObjectProvider<OrganisationDirectory> organisations;
    private final AdministratorGuard guard;
    private final ApiTokenService tokens;
    private final LoginThrottle throttle;
    private final UserRightsQuery rights;
    private final Clock clock;

    UserService(UserAccountRepository users, RoleRepository roles, PasswordEncoder passwordEncoder,
            ObjectProvider<OrganisationDirectory> organisations, AdministratorGuard guard, ApiTokenService tokens,
            LoginThrottle throttle, UserRightsQuery rights, Clock clock) {
        this.users = users;
        this.roles = roles;
        this.passwordEncoder = passwordEncoder;
        this.organisations = organisations;
        this.guard = guard;
        this.tokens = tokens;
        this.throttle = throttle;
        this.rights = rights;
        this.clock = clock;
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('ADMINISTER_USERS')")
    public long createUser(NewUser cmd) {
        return createUser(cmd, true);
    }

    /** Creates a user, enabled or not; the password is hashed here. */
    @Transactional
    @PreAuthorize("hasAuthority('ADMINISTER_USERS')")
    public long createUser(NewUser cmd, boolean enabled) {
        String username = UserAccount.normalise(cmd.username());
        if (username != null && users.existsByUsername(username)) {
            throw DomainException.conflict("username-taken", "user.error.username-taken", username);
        }
        checkPassword(cmd.rawPassword());
        checkOrganisation(cmd.organisationId());
        Set<Role> granted = resolveRoles(cmd.roleCodes() == null ? Set.of() : cmd.roleCodes());
        UserAccount user = new UserAccount(username, cmd.displayName(), cmd.email(),
                passwordEncoder.encode(cmd.rawPassword()), cmd.organisationId(), granted, clock.instant());
        if (!enabled) {
            user.update(user.getDisplayName(), user.getEmail(), user.getOrganisationId(), granted, false);
        }
        SupportedLocales.match(cmd.preferredLocale()).ifPresent(l -> user.preferLocale(l.getLanguage()));
        user.changeZone(defaultZone(cmd.organisationId(), cmd.preferredLocale()).getId());
        return users.saveAndFlush(user).getId();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('ADMINISTER_USERS')")
    public Page<UserView> search(String query, Pageable pageable) {
        Page<UserAccount> page = users.search(likePattern(query), null, pageable);
        Map<Long, String> names = organisationNames();
        return page.map(u -> view(u, names));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('ADMINISTER_USERS')")
    public UserView get(long id) {
        return view(find(id), organisationNames());
    }

    /** Changes name, e-mail, organisation, roles and whether the user may sign in. */
    @Transactional
    @PreAuthorize("hasAuthority('ADMINISTER_USERS')")
    public UserView update(long id, UserChanges changes) {
        UserAccount user = find(id);
        StaleVersionException.check("user", id, changes.version(), user.getVersion());
        checkOrganisation(changes.organisationId());
        long administrators = guard.count();
        user.update(changes.displayName(), changes.email(), changes.organisationId(),
                resolveRoles(changes.roleCodes() == null ? Set.of() : changes.roleCodes()), changes.enabled());
        guard.check(administrators);
        return view(user, organisationNames());
    }

    /**
     * An administrator sets a new password (e.g. when the user forgot theirs): the user's sessions end, their API
     * tokens are revoked, and the sign-in delay of their username is lifted.
     */
    @Transactional
    @PreAuthorize("hasAuthority('ADMINISTER_USERS')")
    public void resetPassword(long id, String rawPassword) {
        checkPassword(rawPassword);
        UserAccount user = find(id);
        user.changePassword(passwordEncoder.encode(rawPassword));
        tokens.revokeAll(id);
        throttle.clear(user.getUsername());
    }

    /** Lifts the sign-in delay of the user's username after failed logins. */
    @Transactional
    @PreAuthorize("hasAuthority('ADMINISTER_USERS')")
    public void unlock(long id) {
        throttle.clear(find(id).getUsername());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean usernameExists(String username) {
        return users.existsByUsername(UserAccount.normalise(username));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserRef> userByUsername(String username) {
        return username == null ? Optional.empty()
                : users.findByUsername(UserAccount.normalise(username)).map(UserService::ref);
    }

    @Override
    @Transactional(readOnly = true)
    public List<UserRef> usersById(Collection<Long> ids) {
        return users.findAllById(ids).stream().map(UserService::ref).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserAffiliation> affiliationByUsername(String username) {
        return username == null || username.isBlank() ? Optional.empty()
                : users.findByUsername(UserAccount.normalise(username.strip())).map(UserService::affiliation);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UserAffiliation> affiliationById(long userId) {
        return users.findById(userId).map(UserService::affiliation);
    }

    private static UserAffiliation affiliation(UserAccount u) {
        return new UserAffiliation(ref(u), u.getOrganisationId(),
                u.getOrganisationId() == null && u.has(no.kobling.identity.Permission.REPRESENT_COMPANY));
    }

    @Override
    public boolean activeWith(long userId, Permission permission) {
        return rights.load(userId).filter(UserRightsQuery.Rights::enabled)
                .filter(r -> r.permissions().contains(permission)).isPresent();
    }

    private static UserRef ref(UserAccount u) {
        return new UserRef(u.getId(), u.getUsername(), u.getDisplayName());
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

    /** A new user's zone: their organisation's, else their language's (docs/time.md). */
    private java.time.ZoneId defaultZone(Long organisationId, String preferredLocale) {
        OrganisationDirectory directory = organisations.getIfAvailable();
        return Optional.ofNullable(organisationId).flatMap(id -> directory == null ? Optional.empty()
                : directory.zoneOf(id)).orElseGet(() -> no.kobling.shared.Zones.ofLocale(
                        SupportedLocales.match(preferredLocale).orElse(null)));
    }

    /** The organisations a user may belong to; empty when no module provides organisations. */
    public List<OrganisationRef> organisationChoices() {
        OrganisationDirectory directory = organisations.getIfAvailable();
        return directory == null ? List.of() : directory.all();
    }

    /** Whether organisations can be chosen at all (a module provides them). */
    public boolean organisationsAvailable() {
        return organisations.getIfAvailable() != null;
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

    UserView view(UserAccount u, Map<Long, String> organisationNames) {
        return new UserView(u.getId(), u.getUsername(), u.getDisplayName(), u.getEmail(), u.getOrganisationId(),
                u.getOrganisationId() == null ? null : organisationNames.get(u.getOrganisationId()),
                u.getRoles().stream().map(Role::getCode).sorted().toList(), u.isEnabled(),
                throttle.delayedUntil(u.getUsername()).orElse(null), u.getPreferredLocale(), u.getCreatedAt(),
                u.getVersion());
    }

    Map<Long, String> organisationNames() {
        return organisationChoices().stream()
                .collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name, (a, b) -> a));
    }

    private UserAccount find(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    private void checkOrganisation(Long organisationId) {
        if (organisationId == null) {
            return;
        }
        OrganisationDirectory directory = organisations.getIfAvailable();
        if (directory == null || directory.find(organisationId).isEmpty()) {
            throw DomainException.rule("organisation-unknown", "user.error.organisation-unknown", organisationId);
        }
    }

    static String likePattern(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        String escaped = query.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    static void checkPassword(String raw) {
        if (raw == null || raw.length() < MIN_PASSWORD_LENGTH) {
            throw DomainException.rule("password-too-short", "user.error.password-too-short", MIN_PASSWORD_LENGTH);
        }
        if (raw.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw DomainException.rule("password-too-long", "user.error.password-too-long", MAX_PASSWORD_BYTES);
        }
    }
}
