package no.kobling.identity;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import no.kobling.identity.UserAdministration.NewUser;
import no.kobling.identity.application.ApiTokenService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Creates throw-away users (unique names) and acts as them, for integration tests. */
public final class TestUsers {

    public static final String PASSWORD = "correct-horse-battery";

    private final UserAdministration users;
    private final UserDetailsService userDetails;
    private final ApiTokenService tokens;

    public TestUsers(UserAdministration users, UserDetailsService userDetails, ApiTokenService tokens) {
        this.users = users;
        this.userDetails = userDetails;
        this.tokens = tokens;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new enabled user with the given role codes; returns the username. */
    public String create(String prefix, String... roles) {
        String username = unique(prefix);
        SystemAccess.run(() -> users.createUser(new NewUser(username, "Test " + username, username + "@example.org",
                PASSWORD, null, Set.of(roles), "en")));
        return username;
    }

    public long id(String username) {
        return ((no.kobling.identity.application.KoblingUserDetails) userDetails.loadUserByUsername(username)).getId();
    }

    /** A fresh principal as after a real login, for {@code .with(as(username))}. */
    public RequestPostProcessor as(String username) {
        UserDetails details = userDetails.loadUserByUsername(username);
        return SecurityMockMvcRequestPostProcessors.user(details);
    }

    /** Runs {@code work} signed in as {@code username} (not as "system"). */
    public <T> T actingAs(String username, Supplier<T> work) {
        UserDetails details = userDetails.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
                details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** A personal API token of the user (who needs USE_API). */
    public ApiTokenService.CreatedToken token(String username) {
        return actingAs(username, () -> tokens.create("test token", 30));
    }

    public static String bearer(String secret) {
        return "Bearer " + secret;
    }
}
