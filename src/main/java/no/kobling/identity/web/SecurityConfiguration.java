package no.kobling.identity.web;

import no.kobling.identity.Permission;
import no.kobling.identity.application.ApiTokenService;
import no.kobling.identity.application.LoginMetrics;
import no.kobling.identity.application.SessionPrincipal;
import no.kobling.identity.application.SessionRights;
import no.kobling.identity.application.ThrottledAuthenticationProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Two filter chains: the REST API (stateless, personal bearer tokens, problem+json errors; no cookies, so no
 * CSRF) and the web pages (form login, session, CSRF tokens on every form and htmx request). Administration URLs
 * are guarded here as well as in the application services (defence in depth). Every signed-in page request is
 * re-checked against the database ({@link SessionRightsFilter}); password sign-in goes through the login throttle.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'; object-src 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokenService tokens, MessageSource messages,
            LocaleResolver localeResolver) throws Exception {
        ProblemAuthenticationEntryPoint problems = new ProblemAuthenticationEntryPoint(messages, localeResolver);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/admin/**").hasAuthority(Permission.ADMINISTER_USERS.name())
                        .requestMatchers("/api/v1/audit/**", "/api/v1/audit").hasAuthority(
                                Permission.VIEW_AUDIT_LOG.name())
                        .anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, ThrottledAuthenticationProvider passwords, SessionRights sessionRights,
            SessionPrincipal sessionPrincipal, SsoLogin sso, LoginMetrics loginMetrics) throws Exception {
        // only the throttled provider checks passwords (no fallback to a provider without the throttle); the
        // OpenID Connect provider checks single sign-on (issue 19, SsoLogin)
        http.authenticationManager(new ProviderManager(passwords, sso.authenticationProvider()))
                .addFilterBefore(new SessionRightsFilter(sessionRights, sessionPrincipal), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/setup", "/css/**", "/js/**", "/img/**", "/webjars/**",
                                "/favicon.ico", "/favicon.svg", "/error", "/actuator/health", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html", "/public/**")
                        .permitAll()
                        .requestMatchers("/login/sso", "/login/sso/**", "/logout/sso")
                        .permitAll()
                        .requestMatchers("/admin/sso", "/admin/sso/**").hasAuthority(Permission.ADMINISTER_USERS.name())
                        .requestMatchers("/admin/users", "/admin/users/**", "/admin/roles", "/admin/roles/**")
                        .hasAuthority(Permission.ADMINISTER_USERS.name())
                        .requestMatchers("/admin/audit", "/admin/audit/**").hasAuthority(Permission.VIEW_AUDIT_LOG.name())
                        .anyRequest().authenticated())
                // the public survey API (issue 15) is answered with a link's token, not a session: no CSRF token
                .csrf(c -> c.ignoringRequestMatchers("/public/api/**"))
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(
                        new LoginFailureHandler(loginMetrics)).permitAll())
                .logout(l -> l.logoutUrl("/logout").addLogoutHandler(sso.logoutHandler())
                        .logoutSuccessHandler(sso.logoutSuccessHandler()).permitAll())
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()"))
                        .frameOptions(f -> f.deny()));
        sso.configure(http);
        return http.build();
    }
}
