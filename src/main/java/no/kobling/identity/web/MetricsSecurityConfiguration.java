package no.kobling.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import no.kobling.identity.Permission;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /actuator/prometheus} (issue 19 point 7): for a scraper with the metrics token
 * ({@code Authorization: Bearer <kobling.metrics.token>}, e.g. from {@code KOBLING_METRICS_TOKEN}), or a signed-in
 * administrator's session. Nobody else: 401. Without a configured token only administrators can read it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class MetricsSecurityConfiguration {

    static final String METRICS = "READ_METRICS";

    @Bean
    @Order(0)
    SecurityFilterChain metrics(HttpSecurity http, @Value("${kobling.metrics.token:}") String token)
            throws Exception {
        http.securityMatcher("/actuator/prometheus")
                .authorizeHttpRequests(a -> a.anyRequest().hasAnyAuthority(METRICS,
                        Permission.ADMINISTER_USERS.name()))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .addFilterBefore(new MetricsTokenFilter(token), AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        return http.build();
    }

    static final class MetricsTokenFilter extends OncePerRequestFilter {

        private final byte[] token;

        MetricsTokenFilter(String token) {
            this.token = token == null || token.isBlank() ? null : token.strip().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (token != null && header != null && header.startsWith("Bearer ")
                    && MessageDigest.isEqual(token, header.substring(7).strip().getBytes(StandardCharsets.UTF_8))) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("metrics", null,
                        List.of(new SimpleGrantedAuthority(METRICS))));
                SecurityContextHolder.setContext(context);
            }
            chain.doFilter(request, response);
        }
    }
}
