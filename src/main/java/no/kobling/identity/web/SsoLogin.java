package no.kobling.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import no.kobling.identity.application.LoginMetrics;
import no.kobling.identity.application.SessionPrincipal;
import no.kobling.identity.application.SsoClientRegistrations;
import no.kobling.identity.application.SsoOidcUserService;
import no.kobling.identity.application.SsoOidcUserService.KoblingOidcUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Single sign-on with OpenID Connect in the web filter chain (issue 19 point 6), kept apart from
 * {@link SecurityConfiguration}: the OIDC authentication provider (its ID-token checks: signature, issuer, audience,
 * expiry, nonce), the handlers that turn a verified sign-in into the usual Kobling session, and RP-initiated logout
 * at the provider's {@code end_session_endpoint}.
 */
@Component
class SsoLogin {

    private static final Logger log = LoggerFactory.getLogger(SsoLogin.class);
    /** The provider and ID token of an SSO session (for single logout). */
    static final String SESSION_KEY = SsoLogin.class.getName() + ".session";
    /** After logout: the provider's end-session URL, shown by {@code /logout/sso}. */
    static final String PENDING_LOGOUT = SsoLogin.class.getName() + ".pendingLogout";
    private static final String END_SESSION = SsoLogin.class.getName() + ".endSession";
    /** Refusals the login page explains; anything else is "sso-failed". */
    static final Set<String> KNOWN_ERRORS = Set.of("invalid_id_token", "invalid_nonce", "sso-user-disabled",
            "sso-other-organisation", "sso-provider-disabled", "sso-no-subject", "access_denied",
            "sso-provider-unavailable", "sso-no-provider");

    record SsoSession(String registrationId, String idToken) implements Serializable {
    }

    private final SsoClientRegistrations registrations;
    private final SsoOidcUserService users;
    private final SessionPrincipal sessionPrincipal;
    private final LoginMetrics metrics;
    private final SavedRequestAwareAuthenticationSuccessHandler continueTo =
            new SavedRequestAwareAuthenticationSuccessHandler();

    SsoLogin(SsoClientRegistrations registrations, SsoOidcUserService users, SessionPrincipal sessionPrincipal,
            LoginMetrics metrics) {
        this.registrations = registrations;
        this.users = users;
        this.sessionPrincipal = sessionPrincipal;
        this.metrics = metrics;
        continueTo.setDefaultTargetUrl("/");
    }

    /** Checks the code at the provider's token endpoint and the ID token; {@link SsoOidcUserService} finds the user. */
    AuthenticationProvider authenticationProvider() {
        OidcAuthorizationCodeAuthenticationProvider provider = new OidcAuthorizationCodeAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(), users);
        provider.setJwtDecoderFactory(new IdTokenDecoders());
        return provider;
    }

    void configure(HttpSecurity http) throws Exception {
        http.oauth2Login(o -> o.loginPage("/login")
                .clientRegistrationRepository(registrations)
                .successHandler(this::succeeded)
                .failureHandler(this::failed)
                .permitAll());
    }

    LogoutHandler logoutHandler() {
        return this::beforeLogout;
    }

    LogoutSuccessHandler logoutSuccessHandler() {
        return this::afterLogout;
    }

    private void succeeded(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        KoblingOidcUser user = (KoblingOidcUser) authentication.getPrincipal();
        String registrationId = ((OAuth2AuthenticationToken) authentication).getAuthorizedClientRegistrationId();
        // the session holds the usual Kobling principal (re-checked on every request by SessionRightsFilter)
        sessionPrincipal.refresh(user.koblingUsername(), request, response);
        request.getSession().setAttribute(SESSION_KEY,
                new SsoSession(registrationId, user.getIdToken().getTokenValue()));
        continueTo.onAuthenticationSuccess(request, response, SecurityContextHolder.getContext().getAuthentication());
    }

    private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String code = exception instanceof OAuth2AuthenticationException o ? o.getError().getErrorCode() : null;
        String reason = code != null && KNOWN_ERRORS.contains(code) ? code : "sso-failed";
        metrics.failed("sso", reason);
        log.warn("single sign-on refused ({}): {}", reason, exception.getMessage());
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_KEY);
        }
        response.sendRedirect(request.getContextPath() + "/login?sso-error=" + reason);
    }

    private void beforeLogout(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof SsoSession sso) {
            String url = endSessionUrl(sso, request);
            if (url != null) {
                request.setAttribute(END_SESSION, url);
            }
        }
    }

    /**
     * A plain redirect to the provider would follow a form post to another origin, which the page's CSP
     * ({@code form-action 'self'}) forbids; {@code /logout/sso} sends the browser on from a page of our own.
     */
    private void afterLogout(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        Object url = request.getAttribute(END_SESSION);
        if (url == null) {
            response.sendRedirect(request.getContextPath() + "/login?logout");
            return;
        }
        request.getSession(true).setAttribute(PENDING_LOGOUT, url);
        response.sendRedirect(request.getContextPath() + "/logout/sso");
    }

    private String endSessionUrl(SsoSession sso, HttpServletRequest request) {
        ClientRegistration registration = registrations.findByRegistrationId(sso.registrationId());
        if (registration == null) {
            return null;
        }
        Object endpoint = registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        if (endpoint == null) {
            return null;
        }
        String back = ServletUriComponentsBuilder.fromContextPath(request).path("/login").query("logout")
                .build().toUriString();
        return UriComponentsBuilder.fromUriString(endpoint.toString())
                .queryParam("id_token_hint", sso.idToken())
                .queryParam("client_id", registration.getClientId())
                .queryParam("post_logout_redirect_uri", back)
                .encode().build().toUriString();
    }

    /**
     * Spring's decoder factory keeps one decoder per registration id with the registration it first saw; this one
     * keys it by what the checks depend on, so a changed client id, issuer or key set counts at once.
     */
    static final class IdTokenDecoders implements JwtDecoderFactory<ClientRegistration> {

        private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

        @Override
        public JwtDecoder createDecoder(ClientRegistration registration) {
            String key = String.join("|", registration.getRegistrationId(), registration.getClientId(),
                    String.valueOf(registration.getProviderDetails().getIssuerUri()),
                    String.valueOf(registration.getProviderDetails().getJwkSetUri()));
            return decoders.computeIfAbsent(key, k -> new OidcIdTokenDecoderFactory().createDecoder(registration));
        }
    }
}
