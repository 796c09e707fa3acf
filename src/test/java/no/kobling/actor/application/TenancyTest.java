package no.kobling.actor.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import no.kobling.actor.MemberRole;
import no.kobling.actor.NetworkRole;
import no.kobling.actor.domain.Partnership;
import no.kobling.actor.domain.Period;
import no.kobling.actor.domain.Person;
import no.kobling.identity.Permission;
import org.junit.jupiter.api.Test;

/** The tenancy rules without a database: organisation 1 is in a partnership with 2; 3 is a stranger. */
class TenancyTest {

    static Tenancy of(Long organisation, Permission... permissions) {
        Set<Permission> perms = permissions.length == 0 ? EnumSet.noneOf(Permission.class)
                : EnumSet.of(permissions[0], permissions);
        Viewer viewer = new Viewer("u", perms.contains(Permission.ADMINISTER_ORGANISATIONS), organisation, perms);
        return new Tenancy(viewer, Set.of(1L, 2L), Set.of(10L));
    }

    static Person person(long organisation, boolean shared) {
        Person p = new Person("P", organisation);
        p.actAs(Set.of(NetworkRole.ADVISOR));
        p.shareWithPartnerships(shared);
        return p;
    }

    static Partnership partnership(long organisation, MemberRole role) {
        Partnership p = new Partnership("P", null, Period.of(LocalDate.of(2024, 1, 1), null), "u",
                Instant.parse("2026-01-01T00:00:00Z"));
        p.join(organisation, role);
        return p;
    }

    @Test
    void usersSeeOwnAndPartnerOrganisationsOnly() {
        Tenancy t = of(1L, Permission.VIEW_DIRECTORY);
        assertThat(t.canSeeOrganisation(1L)).isTrue();
        assertThat(t.canSeeOrganisation(2L)).isTrue();
        assertThat(t.canSeeOrganisation(3L)).isFalse();
    }

    @Test
    void partnerPeopleOnlyWhenShared() {
        Tenancy t = of(1L, Permission.VIEW_DIRECTORY);
        assertThat(t.canSee(person(1L, false))).isTrue();
        assertThat(t.canSee(person(2L, true))).isTrue();
        assertThat(t.canSee(person(2L, false))).isFalse();
        assertThat(t.canSee(person(3L, true))).isFalse();
    }

    @Test
    void administratorsSeeEverything() {
        Tenancy t = of(null, Permission.ADMINISTER_ORGANISATIONS);
        assertThat(t.seesAll()).isTrue();
        assertThat(t.canSeeOrganisation(3L)).isTrue();
        assertThat(t.canSee(person(3L, false))).isTrue();
    }

    @Test
    void coordinatorsEditPartnershipsTheirOrganisationOwnsOrIsHubOf() {
        Tenancy coordinator = of(1L, Permission.VIEW_DIRECTORY, Permission.MANAGE_PARTNERSHIPS);
        assertThat(coordinator.mayEdit(partnership(1L, MemberRole.OWNER))).isTrue();
        assertThat(coordinator.mayEdit(partnership(1L, MemberRole.HUB))).isTrue();
        assertThat(coordinator.mayEdit(partnership(1L, MemberRole.MEMBER))).isFalse();
        assertThat(coordinator.mayEdit(partnership(2L, MemberRole.OWNER))).isFalse();
        Tenancy advisor = of(1L, Permission.VIEW_DIRECTORY, Permission.MANAGE_PEOPLE);
        assertThat(advisor.mayEdit(partnership(1L, MemberRole.OWNER))).isFalse();
    }

    @Test
    void peopleAreManagedWithinTheOwnOrganisation() {
        Tenancy advisor = of(1L, Permission.VIEW_DIRECTORY, Permission.MANAGE_PEOPLE);
        assertThat(advisor.mayManagePeopleOf(1L)).isTrue();
        assertThat(advisor.mayManagePeopleOf(2L)).isFalse();
        assertThat(of(1L, Permission.VIEW_DIRECTORY).mayManagePeopleOf(1L)).isFalse();
    }
}
