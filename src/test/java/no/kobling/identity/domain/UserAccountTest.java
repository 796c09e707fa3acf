package no.kobling.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import no.kobling.identity.Permission;
import no.kobling.shared.DomainException;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    static UserAccount user(Role... roles) {
        return new UserAccount(" Kari.Nordmann ", "Kari Nordmann", "kari@example.no", "{bcrypt}x", null,
                Set.of(roles), NOW);
    }

    @Test
    void normalisesTheUsername() {
        assertThat(user().getUsername()).isEqualTo("kari.nordmann");
    }

    @Test
    void refusesInvalidUsernamesNamesAndAddresses() {
        for (String bad : new String[] {"", "a", "has space", "-leading", "ø", "x".repeat(101)}) {
            assertThatThrownBy(() -> new UserAccount(bad, "Name", null, "h", null, Set.of(), NOW))
                    .as(bad).isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code()).isEqualTo("username-invalid"));
        }
        UserAccount u = user();
        assertThatThrownBy(() -> u.changeProfile("  ", null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("display-name-invalid"));
        assertThatThrownBy(() -> u.changeProfile("Kari", "not an address"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("email-invalid"));
        u.changeProfile("  Kari N.  ", " ");
        assertThat(u.getDisplayName()).isEqualTo("Kari N.");
        assertThat(u.getEmail()).isNull();
    }

    @Test
    void aNewPasswordAndDisablingChangeTheSecurityStampButOtherChangesDoNot() {
        UserAccount u = user();
        long stamp = u.getSecurityStamp();
        u.changeProfile("Kari Nordmann", "kari@example.org");
        u.update("Kari", null, null, Set.of(), true);
        assertThat(u.getSecurityStamp()).isEqualTo(stamp);
        u.changePassword("{bcrypt}new");
        assertThat(u.getSecurityStamp()).isEqualTo(stamp + 1);
        u.update("Kari", null, null, Set.of(), false);
        assertThat(u.getSecurityStamp()).isEqualTo(stamp + 2);
        // enabling again does not restore the old stamp (old sessions stay ended), nor does disabling twice count
        u.update("Kari", null, null, Set.of(), false);
        u.update("Kari", null, null, Set.of(), true);
        assertThat(u.getSecurityStamp()).isEqualTo(stamp + 2);
    }

    @Test
    void permissionsAreTheUnionOfTheRoles() {
        Role a = new Role("A", Set.of(Permission.VIEW_DIRECTORY));
        Role b = new Role("B", Set.of(Permission.USE_API, Permission.VIEW_DIRECTORY));
        UserAccount u = user(a, b);
        assertThat(u.permissions()).containsExactlyInAnyOrder(Permission.VIEW_DIRECTORY, Permission.USE_API);
        assertThat(u.has(Permission.USE_API)).isTrue();
        assertThat(u.has(Permission.ADMINISTER_USERS)).isFalse();
    }
}
