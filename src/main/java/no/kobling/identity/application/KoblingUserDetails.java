package no.kobling.identity.application;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.Permission;
import no.kobling.identity.SupportedLocales;
import no.kobling.identity.domain.UserAccount;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The security principal: a snapshot of the user (name, organisation, permissions) with the user's security stamp.
 * Authorities are permission names. A session's snapshot is compared with the database on every request
 * ({@link SessionRights}): a changed stamp or a disabled user ends the session, other changes replace the snapshot.
 */
public final class KoblingUserDetails implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 2L;

    private final long id;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final Long organisationId;
    private final Set<Permission> permissions;
    private final String preferredLocale;
    private final String timeZone;
    private final boolean enabled;
    private final long securityStamp;

    public KoblingUserDetails(UserAccount user) {
        this(user.getId(), user.getUsername(), user.getPasswordHash(), user.getDisplayName(),
                user.getOrganisationId(), user.permissions(), user.getPreferredLocale(), user.getTimeZone(),
                user.isEnabled(), user.getSecurityStamp());
    }

    KoblingUserDetails(long id, String username, String passwordHash, String displayName, Long organisationId,
            Set<Permission> permissions, String preferredLocale, String timeZone, boolean enabled, long securityStamp) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.organisationId = organisationId;
        this.permissions = Set.copyOf(permissions);
        this.preferredLocale = preferredLocale;
        this.timeZone = timeZone;
        this.enabled = enabled;
        this.securityStamp = securityStamp;
    }

    public CurrentUser toCurrentUser(Locale locale) {
        return new CurrentUser(id, username, displayName, organisationId, permissions, locale,
                no.kobling.shared.Zones.parse(timeZone));
    }

    public long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Set<Permission> getPermissions() {
        return permissions;
    }

    public long getSecurityStamp() {
        return securityStamp;
    }

    String getPreferredLocaleTag() {
        return preferredLocale;
    }

    public Locale preferredLocale() {
        return SupportedLocales.match(preferredLocale).orElse(null);
    }

    /** Same rights and profile as {@code other} (the password hash is not compared). */
    boolean sameAs(KoblingUserDetails other) {
        return id == other.id && username.equals(other.username) && securityStamp == other.securityStamp
                && enabled == other.enabled && permissions.equals(other.permissions)
                && Objects.equals(displayName, other.displayName)
                && Objects.equals(organisationId, other.organisationId)
                && Objects.equals(preferredLocale, other.preferredLocale)
                && Objects.equals(timeZone, other.timeZone);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return permissions.stream().map(p -> new SimpleGrantedAuthority(p.name())).collect(Collectors.toSet());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
