package no.kobling.actor;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Everything that describes a partnership; used to create and change one. {@code members} maps organisation ids to
 * their role. {@code timeZone} is one of {@link no.kobling.shared.Zones#IDS}; blank means the zone of the hub (else an
 * owner, else any member).
 */
public record PartnershipData(String name, String purpose, LocalDate startDate, LocalDate endDate,
        Set<Long> municipalityIds, Map<Long, MemberRole> members, String timeZone) {

    /** Without a zone: the partnership gets the zone of its hub. */
    public PartnershipData(String name, String purpose, LocalDate startDate, LocalDate endDate,
            Set<Long> municipalityIds, Map<Long, MemberRole> members) {
        this(name, purpose, startDate, endDate, municipalityIds, members, null);
    }

    public PartnershipData {
        municipalityIds = municipalityIds == null ? Set.of() : Set.copyOf(municipalityIds);
        members = members == null ? Map.of() : Map.copyOf(members);
    }
}
