package no.kobling.identity.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.kobling.identity.OrganisationDirectory;
import no.kobling.identity.SupportedLocales;
import no.kobling.identity.domain.Role;
import no.kobling.identity.domain.SsoLink;
import no.kobling.identity.domain.SsoProvider;
import no.kobling.identity.domain.UserAccount;
import no.kobling.identity.persistence.RoleRepository;
import no.kobling.identity.persistence.SsoLinkRepository;
import no.kobling.identity.persistence.SsoProviderRepository;
import no.kobling.identity.persistence.UserAccountRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a verified OpenID Connect sign-in is (issue 19 point 6). The ID token has already been checked (signature,
 * issuer, audience, expiry, nonce) by Spring Security. The user is found by the provider's subject (an earlier
 * sign-in linked it), then, if the provider matches by e-mail, by a verified e-mail address of a user of the
 * provider's organisation (then linked); otherwise a user is provisioned just in time into that organisation with
 * the provider's default role. A disabled user, or an e-mail that belongs to a user of another organisation, is
 * refused and nothing is written (one transaction). The changes are audited with the actor {@code sso:<id>}.
 */
@Service
public class SsoSignIn {

    public static final String DISABLED = "sso-user-disabled";
    public static final String OTHER_ORGANISATION = "sso-other-organisation";
    public static final String PROVIDER_DISABLED = "sso-provider-disabled";
    public static final String NO_SUBJECT = "sso-no-subject";

    private final SsoProviderRepository providers;
    private final SsoLinkRepository links;
    private final UserAccountRepository users;
    private final RoleRepository roles;
    private final PasswordEncoder passwordEncoder;
    private final ObjectProvider<OrganisationDirectory> organisations;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SsoSignIn(SsoProviderRepository providers, SsoLinkRepository links, UserAccountRepository users,
            RoleRepository roles, PasswordEncoder passwordEncoder, ObjectProvider<OrganisationDirectory> organisations,
            Clock clock) {
        this.providers = providers;
        this.links = links;
        this.users = users;
        this.roles = roles;
        this.passwordEncoder = passwordEncoder;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The username of the Kobling user this sign-in is; refuses with an {@link OAuth2AuthenticationException}. */
    @Transactional
    public String signIn(String registrationId, Map<String, Object> claims) {
        SsoProvider provider = providers.findByRegistrationId(registrationId).filter(SsoProvider::isEnabled)
                .orElseThrow(() -> refuse(PROVIDER_DISABLED, "the identity provider is not enabled"));
        String subject = string(claims.get("sub"));
        if (subject == null || subject.isBlank() || subject.length() > 255) {
            throw refuse(NO_SUBJECT, "the ID token has no usable subject");
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext actor = SecurityContextHolder.createEmptyContext();
        actor.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("sso:" + registrationId, null,
                List.of()));
        SecurityContextHolder.setContext(actor);
        try {
            return match(provider, subject, claims);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private String match(SsoProvider provider, String subject, Map<String, Object> claims) {
        Optional<SsoLink> link = links.findByProviderIdAndSubject(provider.getId(), subject);
        if (link.isPresent()) {
            UserAccount user = users.findById(link.get().getUserId())
                    .orElseThrow(() -> refuse(DISABLED, "the linked user no longer exists"));
            requireEnabled(user);
            return user.getUsername();
        }
        String email = verifiedEmail(claims);
        if (provider.getMatchClaim() == SsoProvider.MatchClaim.EMAIL && email != null) {
            List<UserAccount> sameMail = users.findByEmailIgnoreCase(email);
            List<UserAccount> inOrganisation = sameMail.stream()
                    .filter(u -> provider.getOrganisationId().equals(u.getOrganisationId())).toList();
            if (inOrganisation.size() == 1) {
                UserAccount user = inOrganisation.get(0);
                requireEnabled(user);
                links.saveAndFlush(new SsoLink(provider.getId(), subject, user.getId(), clock.instant()));
                return user.getUsername();
            }
            if (!sameMail.isEmpty()) {
                // the address is someone's in another organisation (or ambiguous): never take over that account
                throw refuse(OTHER_ORGANISATION, "the e-mail address belongs to a user outside the organisation");
            }
        }
        UserAccount user = provision(provider, subject, email, claims);
        links.saveAndFlush(new SsoLink(provider.getId(), subject, user.getId(), clock.instant()));
        return user.getUsername();
    }

    private UserAccount provision(SsoProvider provider, String subject, String email, Map<String, Object> claims) {
        Role role = roles.findById(provider.getDefaultRoleId())
                .orElseThrow(() -> refuse(PROVIDER_DISABLED, "the provider's default role is gone"));
        String username = username(provider, subject, email);
        // no usable password: this user signs in at the provider (a random, unknown secret is hashed)
        byte[] unknown = new byte[32];
        random.nextBytes(unknown);
        String hash = passwordEncoder.encode(Base64.getEncoder().encodeToString(unknown));
        String displayName = displayName(claims, email, subject);
        UserAccount user = new UserAccount(username, displayName, email, hash, provider.getOrganisationId(),
                Set.of(role), clock.instant());
        String locale = string(claims.get("locale"));
        SupportedLocales.match(locale).ifPresent(l -> user.preferLocale(l.getLanguage()));
        OrganisationDirectory directory = organisations.getIfAvailable();
        user.changeZone(Optional.ofNullable(directory).flatMap(d -> d.zoneOf(provider.getOrganisationId()))
                .orElseGet(() -> no.kobling.shared.Zones.ofLocale(SupportedLocales.match(locale).orElse(null)))
                .getId());
        return users.saveAndFlush(user);
    }

    private String username(SsoProvider provider, String subject, String email) {
        if (email != null) {
            String candidate = UserAccount.normalise(email);
            if (candidate != null && UserAccount.USERNAME.matcher(candidate).matches()
                    && !users.existsByUsername(candidate)) {
                return candidate;
            }
        }
        String base = provider.getRegistrationId() + "-" + HexFormat.of().formatHex(
                sha256(subject)).substring(0, 12);
        String candidate = base;
        for (int i = 2; users.existsByUsername(candidate); i++) {
            candidate = base + "-" + i;
        }
        return candidate;
    }

    private static byte[] sha256(String s) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(
                    s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String displayName(Map<String, Object> claims, String email, String subject) {
        String name = string(claims.get("name"));
        if (name == null || name.isBlank()) {
            String given = string(claims.get("given_name"));
            String family = string(claims.get("family_name"));
            name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        }
        if (name.isBlank()) {
            name = email != null ? email : subject;
        }
        return name.length() > UserAccount.MAX_NAME_LENGTH ? name.substring(0, UserAccount.MAX_NAME_LENGTH) : name;
    }

    /** The e-mail address if the provider says it is verified ({@code email_verified} true), else null. */
    private static String verifiedEmail(Map<String, Object> claims) {
        String email = string(claims.get("email"));
        Object verified = claims.get("email_verified");
        boolean ok = Boolean.TRUE.equals(verified) || "true".equals(verified);
        if (!ok || email == null || email.length() > UserAccount.MAX_NAME_LENGTH
                || !email.matches("[^@\\s]+@[^@\\s]+")) {
            return null;
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static void requireEnabled(UserAccount user) {
        if (!user.isEnabled()) {
            throw refuse(DISABLED, "the Kobling user is disabled");
        }
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    private static OAuth2AuthenticationException refuse(String code, String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(code, description, null));
    }
}
