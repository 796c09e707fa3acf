package no.kobling.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import no.kobling.identity.domain.SsoProvider;
import no.kobling.identity.persistence.SsoProviderRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The client registrations of Spring Security's OAuth2 login, read from the database (issue 19 point 6): an enabled
 * {@link SsoProvider} is a registration; a disabled or unknown one is none, so its login URLs answer as unknown.
 * The provider's endpoints come from its OpenID discovery document ({@code /.well-known/openid-configuration},
 * whose issuer must equal the configured one), fetched once per issuer and kept for an hour.
 */
@Component
public class SsoClientRegistrations implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(SsoClientRegistrations.class);
    private static final Duration DISCOVERY_TTL = Duration.ofHours(1);
    public static final String REDIRECT_URI = "{baseUrl}/login/oauth2/code/{registrationId}";

    private final SsoProviderRepository providers;
    private final SsoSecrets secrets;
    private final TransactionTemplate readOnly;
    private final Clock clock;
    private final Map<String, Discovered> discovered = new ConcurrentHashMap<>();

    private record Discovered(ClientRegistration template, Instant at) {
    }

    SsoClientRegistrations(SsoProviderRepository providers, SsoSecrets secrets, PlatformTransactionManager transactions,
            Clock clock) {
        this.providers = providers;
        this.secrets = secrets;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        Optional<SsoProvider> provider = readOnly.execute(s -> providers.findByRegistrationId(registrationId)
                .filter(SsoProvider::isEnabled));
        if (provider == null || provider.isEmpty()) {
            return null;
        }
        SsoProvider p = provider.get();
        ClientRegistration template;
        try {
            template = discover(p.getIssuerUri());
        } catch (RuntimeException e) {
            log.warn("OpenID discovery failed for provider {} ({}): {}", registrationId, p.getIssuerUri(),
                    e.getMessage());
            return null;
        }
        String secret = secretOf(p);
        ClientRegistration.Builder builder = ClientRegistration.withClientRegistration(template)
                .registrationId(p.getRegistrationId())
                .clientName(p.getDisplayName())
                .clientId(p.getClientId())
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(REDIRECT_URI)
                .scope(p.scopeSet())
                .userNameAttributeName("sub");
        if (secret == null) {
            // a public client: no secret, PKCE instead
            builder.clientSecret(null).clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        } else {
            builder.clientSecret(secret);
            if (ClientAuthenticationMethod.NONE.equals(template.getClientAuthenticationMethod())) {
                builder.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
            }
        }
        return builder.build();
    }

    /** Forgets cached discovery documents (after an administrator changed a provider). */
    public void forget(String issuerUri) {
        discovered.remove(issuerUri);
    }

    private ClientRegistration discover(String issuer) {
        Instant now = clock.instant();
        Discovered d = discovered.get(issuer);
        if (d == null || d.at().plus(DISCOVERY_TTL).isBefore(now)) {
            ClientRegistration template = ClientRegistrations.fromIssuerLocation(issuer)
                    .registrationId("discovered").clientId("discovered").build();
            d = new Discovered(template, now);
            discovered.put(issuer, d);
        }
        return d.template();
    }

    private String secretOf(SsoProvider p) {
        if (p.getSecretEncrypted() != null) {
            return secrets.decrypt(p.getSecretEncrypted());
        }
        if (p.getSecretReference() != null) {
            String value = secrets.resolve(p.getSecretReference());
            if (value == null || value.isBlank()) {
                log.warn("the secret reference {} of provider {} is not set", p.getSecretReference(),
                        p.getRegistrationId());
            }
            return value == null || value.isBlank() ? null : value;
        }
        return null;
    }
}
