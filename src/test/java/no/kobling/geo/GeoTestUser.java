package no.kobling.geo;

import java.util.Set;
import java.util.UUID;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.UserAdministration;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A real signed-in user (an advisor without special rights) for the geo tests: the layout needs the application's
 * own principal. Created once with a unique name in the shared test context.
 */
final class GeoTestUser {

    static final String PASSWORD = "geo-test-password";

    private static String username;

    private GeoTestUser() {
    }

    static synchronized UserDetails advisor(UserAdministration users, UserDetailsService details) {
        if (username == null || !users.usernameExists(username)) {
            username = "geo-" + UUID.randomUUID().toString().substring(0, 8);
            create(users, username);
        }
        return details.loadUserByUsername(username);
    }

    static String create(UserAdministration users, String name) {
        SystemAccess.run(() -> users.createUser(new UserAdministration.NewUser(name, "Geo Tester " + name,
                name + "@example.org", PASSWORD, null, Set.of("ADVISOR"), null)));
        return name;
    }
}
