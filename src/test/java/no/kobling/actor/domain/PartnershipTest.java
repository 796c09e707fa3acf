package no.kobling.actor.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import no.kobling.actor.MemberRole;
import no.kobling.shared.DomainException;
import org.junit.jupiter.api.Test;

class PartnershipTest {

    static final LocalDate START = LocalDate.of(2024, 1, 1);
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    static Partnership partnership() {
        return new Partnership("Nordvest", "Flere gründere", Period.of(START, null), "admin", NOW);
    }

    @Test
    void periodEndMayNotBeBeforeItsStart() {
        assertThatThrownBy(() -> Period.of(START, START.minusDays(1)))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("partnership-period-invalid"))
                .satisfies(e -> assertThat(((DomainException) e).status()).isEqualTo(422));
        assertThat(Period.of(START, START).contains(START)).isTrue();
        assertThat(Period.of(START, null).isOpenEnded()).isTrue();
    }

    @Test
    void periodNeedsAStart() {
        assertThatThrownBy(() -> Period.of(null, START))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("partnership-start-required"));
    }

    @Test
    void reschedulingToAnInvalidPeriodLeavesThePartnershipUnchanged() {
        Partnership p = partnership();
        assertThatThrownBy(() -> p.reschedule(Period.of(START, START.minusYears(1))))
                .isInstanceOf(DomainException.class);
        assertThat(p.getStartDate()).isEqualTo(START);
        assertThat(p.getEndDate()).isNull();
    }

    @Test
    void activeOnlyWithinItsPeriod() {
        Partnership p = partnership();
        p.reschedule(Period.of(START, LocalDate.of(2024, 12, 31)));
        assertThat(p.isActiveOn(LocalDate.of(2024, 6, 1))).isTrue();
        assertThat(p.isActiveOn(LocalDate.of(2025, 1, 1))).isFalse();
        assertThat(p.isActiveOn(LocalDate.of(2023, 12, 31))).isFalse();
        assertThat(p.period().hasEndedBy(LocalDate.of(2025, 1, 1))).isTrue();
    }

    @Test
    void ownersAndHubsRunThePartnershipMembersDoNot() {
        Partnership p = partnership();
        p.join(1L, MemberRole.OWNER);
        p.join(2L, MemberRole.HUB);
        p.join(3L, MemberRole.MEMBER);
        assertThat(p.isRunBy(1L)).isTrue();
        assertThat(p.isRunBy(2L)).isTrue();
        assertThat(p.isRunBy(3L)).isFalse();
        assertThat(p.isRunBy(4L)).isFalse();
        assertThat(p.isRunBy(null)).isFalse();
        assertThat(p.hasOwner()).isTrue();
    }

    @Test
    void anOrganisationHasOneRoleJoiningAgainChangesIt() {
        Partnership p = partnership();
        p.join(1L, MemberRole.MEMBER);
        p.join(1L, MemberRole.HUB);
        assertThat(p.getMembers()).containsExactly(Map.entry(1L, MemberRole.HUB));
        p.leave(1L);
        assertThat(p.isMember(1L)).isFalse();
        assertThat(p.hasOwner()).isFalse();
    }

    @Test
    void replacingMembersKeepsExactlyTheNewOnes() {
        Partnership p = partnership();
        p.join(1L, MemberRole.OWNER);
        p.join(2L, MemberRole.MEMBER);
        p.replaceMembers(Map.of(2L, MemberRole.HUB, 3L, MemberRole.MEMBER));
        assertThat(p.getMembers()).isEqualTo(Map.of(2L, MemberRole.HUB, 3L, MemberRole.MEMBER));
    }

    @Test
    void aMemberNeedsARole() {
        Partnership p = partnership();
        Map<Long, MemberRole> withoutRole = new HashMap<>();
        withoutRole.put(5L, null);
        assertThatThrownBy(() -> p.replaceMembers(withoutRole))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("member-role-required"));
        assertThat(p.getMembers()).isEmpty();
    }

    @Test
    void coveringMunicipalitiesReplacesThem() {
        Partnership p = partnership();
        p.coverMunicipalities(Set.of(10L, 11L));
        p.coverMunicipalities(Set.of(11L, 12L));
        assertThat(p.getMunicipalityIds()).containsExactlyInAnyOrder(11L, 12L);
    }

    @Test
    void needsAName() {
        assertThatThrownBy(() -> new Partnership("  ", null, Period.of(START, null), "admin", NOW))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("partnership-name-required"));
        assertThatThrownBy(() -> new Partnership("x".repeat(201), null, Period.of(START, null), "admin", NOW))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("field-too-long"));
    }
}
