package no.kobling.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import no.kobling.identity.Permission;
import no.kobling.shared.DomainException;
import no.kobling.shared.Zones;

/** Someone who can sign in. Belongs to one organisation (none for platform administrators). */
@no.kobling.shared.privacy.HoldsPersonalData
@Entity
@Table(name = "identity_user")
public class UserAccount {

    /** Lower-case letters, digits and {@code . _ @ -}; starts with a letter or digit; 2 to 100 characters. */
    public static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");
    public static final int MAX_NAME_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "preferred_locale")
    private String preferredLocale;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "time_zone", nullable = false)
    private String timeZone = Zones.DEFAULT.getId();

    /**
     * Changes when the password changes or the user is disabled. A session remembers the stamp it was made with and
     * ends on the next request once the two differ (see {@code SessionRights}).
     */
    @Column(name = "security_stamp", nullable = false)
    private long securityStamp;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "identity_user_role", joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "role_id"))
    private Set<Role> roles = new HashSet<>();

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String email, String passwordHash, Long organisationId,
            Set<Role> roles, Instant createdAt) {
        this.username = normalise(username);
        if (this.username == null || !USERNAME.matcher(this.username).matches()) {
            throw DomainException.rule("username-invalid", "user.error.username-invalid");
        }
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        update(displayName, email, organisationId, roles, true);
    }

    public static String normalise(String username) {
        return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
    }

    public Set<Permission> permissions() {
        Set<Permission> all = EnumSet.noneOf(Permission.class);
        roles.forEach(r -> all.addAll(r.getPermissions()));
        return all;
    }

    public void update(String displayName, String email, Long organisationId, Set<Role> roles, boolean enabled) {
        changeProfile(displayName, email);
        this.organisationId = organisationId;
        this.roles = new HashSet<>(roles);
        if (this.enabled && !enabled) {
            // a disabled user's sessions end, and stay ended if the user is enabled again
            securityStamp++;
        }
        this.enabled = enabled;
    }

    /** What users may change about themselves: their name and e-mail address. */
    public void changeProfile(String displayName, String email) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw DomainException.rule("display-name-invalid", "user.error.display-name", MAX_NAME_LENGTH);
        }
        String mail = email == null || email.isBlank() ? null : email.strip();
        if (mail != null && (mail.length() > MAX_NAME_LENGTH || !mail.matches("[^@\\s]+@[^@\\s]+"))) {
            throw DomainException.rule("email-invalid", "user.error.email");
        }
        this.displayName = name;
        this.email = mail;
    }

    /** Holds a role that grants {@code permission}. */
    public boolean has(Permission permission) {
        return roles.stream().anyMatch(r -> r.getPermissions().contains(permission));
    }

    /** A new password also changes the security stamp: every session made with the old one ends. */
    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        securityStamp++;
    }

    public void preferLocale(String tag) {
        this.preferredLocale = tag;
    }

    /** The user's own zone (docs/time.md): one of {@link Zones#IDS}, else the rule {@code time-zone-unknown}. */
    public void changeZone(String zone) {
        this.timeZone = Zones.require(zone, Zones.parse(timeZone)).getId();
    }

    public String getTimeZone() {
        return timeZone;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getPreferredLocale() {
        return preferredLocale;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public long getSecurityStamp() {
        return securityStamp;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserAccount u && id != null && id.equals(u.id);
    }

    @Override
    public int hashCode() {
        return UserAccount.class.hashCode();
    }
}
