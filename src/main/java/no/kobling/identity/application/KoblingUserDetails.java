package no.kobling.identity.application;

import java.util.Collection;
import java.util.Locale;
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

/** The security principal: a snapshot of the user taken at sign-in. Authorities are permission names. */
public final class KoblingUserDetails implements UserDetails, CredentialsContainer {

    private final long id;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final Long organisationId;
    private final Set<Permission> permissions;
    private final String preferredLocale;
    private final String timeZone;
    private final boolean enabled;
    private final boolean locked;

    public KoblingUserDetails(UserAccount user, boolean locked) {
        this.id = user.getId();
        this.username = user.getUsername();
        this.passwordHash = user.getPasswordHash();
        this.displayName = user.getDisplayName();
        this.organisationId = user.getOrganisationId();
        this.permissions = Set.copyOf(user.permissions());
        this.preferredLocale = user.getPreferredLocale();
        this.timeZone = user.getTimeZone();
        this.enabled = user.isEnabled();
        this.locked = locked;
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

    public Locale preferredLocale() {
        return SupportedLocales.match(preferredLocale).orElse(null);
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
    public boolean isAccountNonLocked() {
        return !locked;
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
