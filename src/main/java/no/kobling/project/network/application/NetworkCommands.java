package no.kobling.project.network.application;

import java.time.LocalDate;
import java.util.Set;
import no.kobling.project.network.domain.NetworkStatus;

/** What callers ask of {@link NetworkService}. */
public final class NetworkCommands {

    private NetworkCommands() {
    }

    /** A new network or a change ({@code partnershipId} is ignored on a change; {@code version} on creation). */
    public record NetworkCommand(Long partnershipId, String name, String purpose, Long organiserOrganisationId,
            Long facilitatorUserId, Set<Long> municipalityIds, LocalDate startDate, LocalDate endDate,
            NetworkStatus status, Long projectId, Long version) {

        public NetworkCommand {
            municipalityIds = municipalityIds == null ? Set.of() : Set.copyOf(municipalityIds);
        }
    }

    public record MemberCommand(Long companyId, LocalDate joinedOn, LocalDate leftOn) {
    }

    public record MeetingCommand(LocalDate heldOn, String place, Long municipalityId, String topic,
            Set<Long> attendingCompanyIds, String notes) {

        public MeetingCommand {
            attendingCompanyIds = attendingCompanyIds == null ? Set.of() : Set.copyOf(attendingCompanyIds);
        }
    }

    /** List filters; null or blank = any. */
    public record NetworkFilter(Long partnershipId, NetworkStatus status, Long municipalityId, String text,
            boolean archived) {
    }
}
