package no.kobling.project.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import no.kobling.project.network.domain.Network;
import no.kobling.project.network.domain.NetworkStatus;
import no.kobling.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The rules a network keeps by itself, without Spring. */
class NetworkRulesTest {

    static Network.Details details(LocalDate start, LocalDate end, NetworkStatus status) {
        return new Network.Details("Miners", null, 1L, 2L, "Fac", Set.of(10L), start, end, status, null);
    }

    static Network network() {
        return new Network(5L, details(LocalDate.of(2026, 1, 1), null, null), Instant.EPOCH);
    }

    static String code(Runnable r) {
        try {
            r.run();
        } catch (DomainException e) {
            return e.code();
        }
        return null;
    }

    @Test
    void datesHold() {
        assertThat(code(() -> new Network(5L, details(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31), null),
                Instant.EPOCH))).isEqualTo("network-end-before-start");
        assertThat(code(() -> network().change(details(LocalDate.of(2026, 1, 1), null, NetworkStatus.ENDED))))
                .isEqualTo("network-end-date-required");
        assertThat(code(() -> network().change(new Network.Details("N", null, 1L, 2L, "F", Set.of(),
                LocalDate.of(2026, 1, 1), null, null, null)))).isEqualTo("network-municipality-required");
        Network n = network();
        n.change(details(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), NetworkStatus.ENDED));
        assertThat(n.getStatus()).isEqualTo(NetworkStatus.ENDED);
    }

    @Test
    void membersAndMeetingsHold() {
        Network n = network();
        n.addMember(100L, null, null);
        assertThat(n.member(100L).getJoinedOn()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(code(() -> n.addMember(100L, LocalDate.of(2026, 3, 1), null))).isEqualTo("network-member-duplicate");
        assertThat(code(() -> n.addMember(101L, LocalDate.of(2025, 12, 31), null)))
                .isEqualTo("network-member-before-start");
        assertThat(code(() -> n.memberLeft(100L, LocalDate.of(2025, 12, 1))))
                .isEqualTo("network-member-left-before-joined");
        assertThat(code(() -> n.meeting(LocalDate.of(2025, 12, 31), "Hall", null, "T", Set.of(), null)))
                .isEqualTo("network-meeting-before-start");
        assertThat(code(() -> n.meeting(LocalDate.of(2026, 1, 2), "Hall", null, "T", Set.of(101L), null)))
                .isEqualTo("network-attendee-not-member");
        assertThat(n.meeting(LocalDate.of(2026, 1, 1), "Hall", null, "T", Set.of(100L), null)
                .getAttendingCompanyIds()).containsExactly(100L);
        // the start may not move past a member's joining
        assertThat(code(() -> n.change(details(LocalDate.of(2026, 2, 1), null, null))))
                .isEqualTo("network-member-before-start");
        n.archive();
        assertThatThrownBy(() -> n.addMember(102L, null, null)).isInstanceOf(DomainException.class)
                .hasMessageContaining("network-archived");
    }
}
