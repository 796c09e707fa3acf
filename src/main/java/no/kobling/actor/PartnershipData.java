package no.kobling.actor;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Everything that describes a partnership; used to create and change one. {@code members} maps organisation ids to
 * their role.
 */
public record PartnershipData(String name, String purpose, LocalDate startDate, LocalDate endDate,
        Set<Long> municipalityIds, Map<Long, MemberRole> members) {

    public PartnershipData {
        municipalityIds = municipalityIds == null ? Set.of() : Set.copyOf(municipalityIds);
        members = members == null ? Map.of() : Map.copyOf(members);
    }
}
