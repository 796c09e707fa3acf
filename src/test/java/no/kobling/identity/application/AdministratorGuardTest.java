package no.kobling.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import no.kobling.identity.Permission;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.TestUsers;
import no.kobling.identity.UserAdministration.NewUser;
import no.kobling.identity.persistence.UserAccountRepository;
import no.kobling.shared.DomainException;
import no.kobling.support.FreshInstallation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The rule "an enabled administrator always remains", against the real database and services on an installation
 * whose only administrators are the test's own (no demo data): a single administrator cannot demote or disable
 * themselves, and two administrators who demote each other at the same moment (real threads behind a barrier, many
 * rounds) never leave the platform without one.
 */
class AdministratorGuardTest extends FreshInstallation {

    @Autowired
    UserService userService;
    @Autowired
    FirstAdministrator firstAdministrator;
    @Autowired
    UserAccountRepository userRepository;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    ApiTokenService tokenService;
    @Autowired
    JdbcTemplate jdbc;

    TestUsers users;

    @BeforeEach
    void emptyInstallation() {
        removeAllUsers(jdbc);
        users = new TestUsers(userService, userDetailsService, tokenService);
    }

    long administrators() {
        return userRepository.countEnabledWith(Permission.ADMINISTER_USERS);
    }

    UserView setRoles(String actor, long id, Set<String> roles, boolean enabled) {
        return users.actingAs(actor, () -> {
            UserView u = userService.get(id);
            return userService.update(id, new UserChanges(u.displayName(), u.email(), u.organisationId(), roles,
                    enabled, u.version()));
        });
    }

    @Test
    void theOnlyAdministratorCanNeitherDemoteNorDisableThemselves() {
        long id = firstAdministrator.create("only-admin", "Only", null, "a-long-first-secret", null).orElseThrow();
        assertThatThrownBy(() -> setRoles("only-admin", id, Set.of("ADVISOR"), true))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("last-administrator"));
        assertThatThrownBy(() -> setRoles("only-admin", id, Set.of("ADMINISTRATOR"), false))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("last-administrator"));
        assertThat(administrators()).isEqualTo(1);
    }

    @Test
    void oneOfTwoAdministratorsMayDemoteTheOther() {
        firstAdministrator.create("admin-one", "One", null, "a-long-first-secret", null).orElseThrow();
        long two = SystemAccess.run(() -> userService.createUser(new NewUser("admin-two", "Two", null,
                "a-long-second-secret", null, Set.of("ADMINISTRATOR"), null)));
        setRoles("admin-one", two, Set.of("ADVISOR"), true);
        assertThat(administrators()).isEqualTo(1);
    }

    @Test
    void twoAdministratorsDemotingEachOtherAtOnceLeaveOne() throws Exception {
        long a = firstAdministrator.create("admin-a", "A", null, "a-long-first-secret", null).orElseThrow();
        long b = SystemAccess.run(() -> userService.createUser(new NewUser("admin-b", "B", null,
                "a-long-second-secret", null, Set.of("ADMINISTRATOR"), null)));
        for (int round = 0; round < 10; round++) {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Throwable> refused = Collections.synchronizedList(new ArrayList<>());
            Thread first = demote(start, "admin-a", b, refused);
            Thread second = demote(start, "admin-b", a, refused);
            first.join(60_000);
            second.join(60_000);
            assertThat(administrators()).as("round %d", round).isEqualTo(1);
            assertThat(refused).as("round %d", round).singleElement().isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.code()).isEqualTo("last-administrator"));
            // make both administrators again for the next round
            for (long id : new long[] {a, b}) {
                SystemAccess.run(() -> {
                    UserView u = userService.get(id);
                    return userService.update(id, new UserChanges(u.displayName(), u.email(), null,
                            Set.of("ADMINISTRATOR"), true, u.version()));
                });
            }
            assertThat(administrators()).isEqualTo(2);
        }
    }

    Thread demote(CyclicBarrier start, String actor, long target, List<Throwable> refused) {
        Thread t = new Thread(() -> {
            try {
                // both are signed in as administrators before the barrier lets them go
                users.actingAs(actor, () -> {
                    try {
                        start.await(30, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    UserView u = userService.get(target);
                    return userService.update(target, new UserChanges(u.displayName(), u.email(),
                            u.organisationId(), Set.of("ADVISOR"), true, u.version()));
                });
            } catch (Throwable e) {
                refused.add(e);
            }
        }, "demote-" + actor);
        t.start();
        return t;
    }
}
