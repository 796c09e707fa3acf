package oidcprovider;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A real OpenID provider (Spring Authorization Server) for the single sign-on tests (issue 19): its own small Spring
 * context and Tomcat on a free port of 127.0.0.1, in the test JVM, started once. It lies outside {@code no.kobling}
 * so Kobling's component scan never sees it. Its issuer is {@code http://127.0.0.1:<port>}; Kobling runs on
 * {@code localhost}, so the two servers' session cookies never mix in one browser. {@link #tamper} makes it sign ID
 * tokens with a wrong issuer, audience or nonce: real, signed tokens that Kobling must refuse.
 */
public final class TestOpenIdProvider {

    public enum Tamper { NONE, ISSUER, AUDIENCE, NONCE }

    private static TestOpenIdProvider shared;

    private final AnnotationConfigServletWebServerApplicationContext context;
    private final int port;
    static final Map<String, Map<String, Object>> CLAIMS = new ConcurrentHashMap<>();
    static final Map<String, Tamper> TAMPER = new ConcurrentHashMap<>();

    private TestOpenIdProvider() {
        context = new AnnotationConfigServletWebServerApplicationContext(ProviderConfiguration.class);
        port = context.getWebServer().getPort();
    }

    public static synchronized TestOpenIdProvider shared() {
        if (shared == null) {
            shared = new TestOpenIdProvider();
            Runtime.getRuntime().addShutdownHook(new Thread(shared.context::close));
        }
        return shared;
    }

    public String issuer() {
        return "http://127.0.0.1:" + port;
    }

    /** A person who can sign in at the provider, with the claims their ID token carries besides {@code sub}. */
    public void addUser(String username, String password, Map<String, Object> claims) {
        InMemoryUserDetailsManager users = context.getBean(InMemoryUserDetailsManager.class);
        if (users.userExists(username)) {
            users.deleteUser(username);
        }
        users.createUser(User.withUsername(username).password("{noop}" + password).roles("USER").build());
        CLAIMS.put(username, Map.copyOf(claims));
    }

    /** A confidential client (client_secret_basic) that may redirect to {@code redirectUri}. */
    public void registerClient(String clientId, String secret, String redirectUri, String postLogoutRedirectUri) {
        context.getBean(InMemoryRegisteredClientRepository.class).save(RegisteredClient
                .withId(UUID.randomUUID().toString())
                .clientId(clientId)
                .clientSecret("{noop}" + secret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(redirectUri)
                .postLogoutRedirectUri(postLogoutRedirectUri)
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build());
    }

    /** How the next ID tokens for {@code clientId} are signed (NONE: correctly). */
    public void tamper(String clientId, Tamper how) {
        TAMPER.put(clientId, how);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class ProviderConfiguration {

        @Bean
        TomcatServletWebServerFactory webServer() {
            TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
            // no DispatcherServlet here: the default servlet lets every request reach the security filters
            factory.setRegisterDefaultServlet(true);
            try {
                factory.setAddress(java.net.InetAddress.getByName("127.0.0.1"));
            } catch (java.net.UnknownHostException e) {
                throw new IllegalStateException(e);
            }
            return factory;
        }

        @Bean
        @Order(1)
        SecurityFilterChain protocol(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(as -> {
                http.securityMatcher(as.getEndpointsMatcher());
                as.oidc(Customizer.withDefaults());
            })
                    .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .oauth2ResourceServer(rs -> rs.jwt(Customizer.withDefaults()))
                    .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain login(HttpSecurity http) throws Exception {
            // a test fixture's own login form: no CSRF token to scrape
            http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .csrf(c -> c.disable());
            return http.build();
        }

        @Bean
        InMemoryUserDetailsManager users() {
            return new InMemoryUserDetailsManager();
        }

        @Bean
        InMemoryRegisteredClientRepository clients() {
            // the repository needs one client to start; the tests register theirs
            return new InMemoryRegisteredClientRepository(RegisteredClient.withId("bootstrap").clientId("bootstrap")
                    .clientSecret("{noop}" + UUID.randomUUID())
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS).build());
        }

        @Bean
        JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey((RSAPrivateKey) pair.getPrivate()).keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return NimbusJwtDecoder.withJwkSource(keys).build();
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
            return context -> {
                if (!"id_token".equals(context.getTokenType().getValue())) {
                    return;
                }
                Map<String, Object> claims = CLAIMS.getOrDefault(context.getPrincipal().getName(), Map.of());
                claims.forEach((k, v) -> context.getClaims().claim(k, v));
                switch (TAMPER.getOrDefault(context.getRegisteredClient().getClientId(), Tamper.NONE)) {
                    case ISSUER -> context.getClaims().issuer("http://127.0.0.1:1/someone-else");
                    case AUDIENCE -> context.getClaims().audience(List.of("another-client"));
                    case NONCE -> context.getClaims().claim("nonce", "not-the-nonce-kobling-sent");
                    case NONE -> { }
                }
            };
        }
    }
}
