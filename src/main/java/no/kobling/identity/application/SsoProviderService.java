package no.kobling.identity.application;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.kobling.identity.OrganisationDirectory;
import no.kobling.identity.OrganisationDirectory.OrganisationRef;
import no.kobling.identity.Permission;
import no.kobling.identity.domain.Role;
import no.kobling.identity.domain.SsoProvider;
import no.kobling.identity.domain.SsoProvider.Kind;
import no.kobling.identity.domain.SsoProvider.MatchClaim;
import no.kobling.identity.persistence.RoleRepository;
import no.kobling.identity.persistence.SsoProviderRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.StaleVersionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administration of the OpenID Connect identity providers (issue 19 point 6); needs {@code ADMINISTER_USERS}
 * (checked here, not only on the URLs). The login page reads the enabled ones without a sign-in
 * ({@link #loginChoices()}, {@link #forEmail(String)}): names only, never secrets.
 */
@Service
public class SsoProviderService {

    public static final Pattern REGISTRATION_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");
    private static final Pattern SCOPE = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]{1,100}");

    private final SsoProviderRepository providers;
    private final RoleRepository roles;
    private final ObjectProvider<OrganisationDirectory> organisations;
    private final SsoSecrets secrets;
    private final Clock clock;

    SsoProviderService(SsoProviderRepository providers, RoleRepository roles,
            ObjectProvider<OrganisationDirectory> organisations, SsoSecrets secrets, Clock clock) {
        this.providers = providers;
        this.roles = roles;
        this.organisations = organisations;
        this.secrets = secrets;
        this.clock = clock;
    }

    /** What an administrator sends. {@code secret} is a new secret to store encrypted; blank keeps the old one. */
    public record ProviderCommand(String registrationId, String displayName, Kind kind, Long organisationId,
            String issuerUri, String clientId, String secret, String secretReference, Set<String> scopes,
            MatchClaim matchClaim, Set<String> emailDomains, String defaultRole, boolean enabled, Long version) {
    }

    /** A provider as pages and the API show it: whether it has a secret and where it comes from, never the value. */
    public record ProviderView(long id, String registrationId, String displayName, Kind kind, long organisationId,
            String organisationName, String issuerUri, String clientId, String secretSource, String secretReference,
            Set<String> scopes, MatchClaim matchClaim, Set<String> emailDomains, String defaultRole, boolean enabled,
            long version) {
    }

    /** A button on the login page. */
    public record LoginChoice(String registrationId, String displayName, String organisationName) {
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('ADMINISTER_USERS')")
    public List<ProviderView> list() {
        Map<Long, String> names = organisationNames();
        return providers.findAllByOrderByDisplayName().stream().map(p -> view(p, names)).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('ADMINISTER_USERS')")
    public ProviderView get(long id) {
        return view(find(id), organisationNames());
    }

    @Transactional
    @PreAuthorize("hasAuthority('ADMINISTER_USERS')")
    public ProviderView create(ProviderCommand cmd) {
        String registrationId = cmd.registrationId() == null ? "" : cmd.registrationId().strip();
        if (!REGISTRATION_ID.matcher(registrationId).matches()) {
            throw DomainException.rule("sso-registration-id", "sso.error.registration-id");
        }
        if (providers.existsByRegistrationId(registrationId)) {
            throw DomainException.conflict("sso-registration-id-taken", "sso.error.registration-id-taken",
                    registrationId);
        }
        checkOrganisation(cmd.organisationId());
        SsoProvider provider = new SsoProvider(registrationId, cmd.organisationId(), clock.instant());
        apply(provider, cmd, true);
        return view(providers.saveAndFlush(provider), organisationNames());
    }

    @Transactional
    @PreAuthorize("hasAuthority('ADMINISTER_USERS')")
    public ProviderView update(long id, ProviderCommand cmd) {
        SsoProvider provider = find(id);
        if (cmd.version() == null) {
            throw DomainException.rule("version-missing", "sso.error.version-missing");
        }
        StaleVersionException.check("sso-provider", id, cmd.version(), provider.getVersion());
        apply(provider, cmd, false);
        providers.flush();
        return view(provider, organisationNames());
    }

    /** Enabled providers for the login page, by name. */
    @Transactional(readOnly = true)
    public List<LoginChoice> loginChoices() {
        Map<Long, String> names = organisationNames();
        return providers.findByEnabledTrueOrderByDisplayName().stream()
                .map(p -> new LoginChoice(p.getRegistrationId(), p.getDisplayName(),
                        names.getOrDefault(p.getOrganisationId(), "")))
                .toList();
    }

    /** The enabled provider that serves the domain of {@code email}, if exactly one does. */
    @Transactional(readOnly = true)
    public Optional<String> forEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        int at = email.strip().lastIndexOf('@');
        String domain = (at < 0 ? email.strip() : email.strip().substring(at + 1)).toLowerCase(Locale.ROOT);
        List<SsoProvider> serving = providers.findByEnabledTrueOrderByDisplayName().stream()
                .filter(p -> p.servesDomain(domain)).toList();
        return serving.size() == 1 ? Optional.of(serving.get(0).getRegistrationId()) : Optional.empty();
    }

    private void apply(SsoProvider provider, ProviderCommand cmd, boolean creating) {
        if (cmd.displayName() == null || cmd.displayName().isBlank() || cmd.displayName().length() > 200) {
            throw DomainException.rule("sso-display-name", "sso.error.display-name");
        }
        if (cmd.kind() == null || cmd.matchClaim() == null) {
            throw DomainException.rule("sso-kind", "sso.error.kind");
        }
        String issuer = cmd.issuerUri() == null ? "" : cmd.issuerUri().strip();
        if (!validIssuer(issuer)) {
            throw DomainException.rule("sso-issuer", "sso.error.issuer");
        }
        if (cmd.clientId() == null || cmd.clientId().isBlank() || cmd.clientId().length() > 300) {
            throw DomainException.rule("sso-client-id", "sso.error.client-id");
        }
        Set<String> scopes = cmd.scopes() == null ? Set.of() : cmd.scopes().stream().filter(s -> !s.isBlank())
                .map(String::strip).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        if (scopes.stream().anyMatch(s -> !SCOPE.matcher(s).matches())) {
            throw DomainException.rule("sso-scopes", "sso.error.scopes");
        }
        Set<String> domains = cmd.emailDomains() == null ? Set.of() : cmd.emailDomains().stream()
                .filter(d -> !d.isBlank()).map(d -> d.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        if (domains.stream().anyMatch(d -> !DOMAIN.matcher(d).matches())) {
            throw DomainException.rule("sso-email-domains", "sso.error.email-domains");
        }
        Role role = roles.findByCode(cmd.defaultRole() == null ? "" : cmd.defaultRole())
                .orElseThrow(() -> DomainException.rule("sso-default-role", "sso.error.default-role"));
        if (role.getPermissions().contains(Permission.ADMINISTER_USERS)) {
            // a provider must not be able to make administrators just in time
            throw DomainException.rule("sso-default-role-admin", "sso.error.default-role-admin");
        }
        String secret = cmd.secret() == null || cmd.secret().isBlank() ? null : cmd.secret().strip();
        String reference = cmd.secretReference() == null || cmd.secretReference().isBlank() ? null
                : cmd.secretReference().strip();
        if (secret != null && reference != null) {
            throw DomainException.rule("sso-secret-both", "sso.error.secret-both");
        }
        if (reference != null && !reference.matches(SsoSecrets.REFERENCE_PREFIX + "[A-Za-z_][A-Za-z0-9_.-]{0,150}")) {
            throw DomainException.rule("sso-secret-reference", "sso.error.secret-reference");
        }
        if (secret != null && secret.length() > 500) {
            throw DomainException.rule("sso-secret", "sso.error.secret");
        }
        provider.configure(cmd.displayName(), cmd.kind(), issuer, cmd.clientId(), scopes, cmd.matchClaim(),
                domains, role.getId(), cmd.enabled());
        if (secret != null) {
            provider.storeSecret(secrets.encrypt(secret), null);
        } else if (reference != null) {
            provider.storeSecret(null, reference);
        } else if (creating) {
            provider.storeSecret(null, null);
        }
    }

    /** https, or http only on this machine (a provider run for tests or development). */
    static boolean validIssuer(String issuer) {
        try {
            URI uri = URI.create(issuer);
            if (uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null
                    || uri.getRawUserInfo() != null || issuer.length() > 500) {
                return false;
            }
            return "https".equals(uri.getScheme()) || ("http".equals(uri.getScheme())
                    && Set.of("localhost", "127.0.0.1").contains(uri.getHost()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void checkOrganisation(Long organisationId) {
        OrganisationDirectory directory = organisations.getIfAvailable();
        if (organisationId == null || directory == null || directory.find(organisationId).isEmpty()) {
            throw DomainException.rule("sso-organisation", "sso.error.organisation");
        }
    }

    private SsoProvider find(long id) {
        return providers.findById(id).orElseThrow(() -> new NotFoundException("sso-provider", id));
    }

    private Map<Long, String> organisationNames() {
        OrganisationDirectory directory = organisations.getIfAvailable();
        return directory == null ? Map.of() : directory.all().stream()
                .collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name, (a, b) -> a));
    }

    private ProviderView view(SsoProvider p, Map<Long, String> names) {
        String source = p.getSecretEncrypted() != null ? "encrypted" : p.getSecretReference() != null ? "reference"
                : "none";
        String role = roles.findById(p.getDefaultRoleId()).map(Role::getCode).orElse(null);
        return new ProviderView(p.getId(), p.getRegistrationId(), p.getDisplayName(), p.getKind(),
                p.getOrganisationId(), names.getOrDefault(p.getOrganisationId(), ""), p.getIssuerUri(),
                p.getClientId(), source, p.getSecretReference(), p.scopeSet(), p.getMatchClaim(), p.emailDomains(),
                role, p.isEnabled(), p.getVersion());
    }
}
