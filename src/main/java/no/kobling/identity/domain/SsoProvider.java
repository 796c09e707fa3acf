package no.kobling.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An OpenID Connect identity provider of one organisation (issue 19 point 6): its users sign in there and are
 * matched (by the provider's subject, then by verified e-mail) or provisioned just in time into the organisation
 * with the default role. The client secret is kept encrypted ({@code secretEncrypted}) or as a reference to the
 * environment ({@code secretReference}); never in clear text.
 */
@Entity
@Table(name = "identity_sso_provider")
public class SsoProvider {

    /** What kind of provider (defaults on the form, a hint for administrators); the protocol is plain OIDC. */
    public enum Kind { ENTRA_ID, ID_PORTEN, OIDC }

    /** Which claim finds an existing Kobling user the first time someone signs in. */
    public enum MatchClaim { EMAIL, SUB }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registration_id", nullable = false, unique = true)
    private String registrationId;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "issuer_uri", nullable = false)
    private String issuerUri;

    @Column(name = "client_id", nullable = false)
    private String clientId;

    @Column(name = "secret_encrypted")
    private String secretEncrypted;

    @Column(name = "secret_reference")
    private String secretReference;

    @Column(nullable = false)
    private String scopes;

    @Enumerated(EnumType.STRING)
    @Column(name = "match_claim", nullable = false)
    private MatchClaim matchClaim;

    @Column(name = "email_domains")
    private String emailDomains;

    @Column(name = "default_role_id", nullable = false)
    private Long defaultRoleId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected SsoProvider() {
    }

    public SsoProvider(String registrationId, Long organisationId, Instant createdAt) {
        this.registrationId = registrationId;
        this.organisationId = organisationId;
        this.createdAt = createdAt;
    }

    /** Sets everything an administrator may change (the secret separately, see {@link #storeSecret}). */
    public void configure(String displayName, Kind kind, String issuerUri, String clientId, Set<String> scopes,
            MatchClaim matchClaim, Set<String> emailDomains, Long defaultRoleId, boolean enabled) {
        this.displayName = displayName.strip();
        this.kind = kind;
        this.issuerUri = issuerUri.strip();
        this.clientId = clientId.strip();
        Set<String> s = new LinkedHashSet<>(List.of("openid"));
        s.addAll(scopes);
        this.scopes = String.join(" ", s);
        this.matchClaim = matchClaim;
        this.emailDomains = emailDomains.isEmpty() ? null
                : String.join(",", emailDomains.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).toList());
        this.defaultRoleId = defaultRoleId;
        this.enabled = enabled;
    }

    /** Exactly one of an encrypted secret or a reference (or neither, for a public client). */
    public void storeSecret(String encrypted, String reference) {
        this.secretEncrypted = encrypted;
        this.secretReference = reference;
    }

    public boolean servesDomain(String domain) {
        return emailDomains().contains(domain.toLowerCase(Locale.ROOT));
    }

    public Set<String> scopeSet() {
        return new LinkedHashSet<>(Arrays.asList(scopes.split(" ")));
    }

    public Set<String> emailDomains() {
        return emailDomains == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(emailDomains.split(",")));
    }

    public Long getId() {
        return id;
    }

    public String getRegistrationId() {
        return registrationId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Kind getKind() {
        return kind;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getIssuerUri() {
        return issuerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getSecretEncrypted() {
        return secretEncrypted;
    }

    public String getSecretReference() {
        return secretReference;
    }

    public MatchClaim getMatchClaim() {
        return matchClaim;
    }

    public Long getDefaultRoleId() {
        return defaultRoleId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
