package no.kobling.actor;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tenancy rule for other modules, and the directory facts they need to apply it. The one home of "which
 * organisations and partnerships a user may see"; no other module reads the actor tables.
 * <ul>
 * <li>A user of organisation X sees X and every organisation that shares a partnership with X that is
 * <em>active</em> today ({@link #visibleOrganisationIds}); administrators see everything (the caller's module
 * decides that from {@code CurrentUser.isAdministrator()}).</li>
 * <li>X's partnerships stay visible to X after they end, as read-only history ({@link #partnershipsOf}); an ended
 * partnership no longer makes its members see each other, and no new shared work may be started in it
 * ({@link PartnershipInfo#active()}).</li>
 * </ul>
 * These methods answer for the organisation ids given; they do not look at the caller. Callers pass the signed-in
 * user's organisation and keep the answers inside their own access checks (404 for what is hidden).
 */
public interface Visibility {

    /** X itself and every organisation sharing a partnership with X that is active today. */
    Set<Long> visibleOrganisationIds(long organisationId);

    /** The partnerships X is a member of, active and ended, by name. */
    List<PartnershipInfo> partnershipsOf(long organisationId);

    /** Every partnership, by name (for administrators). */
    List<PartnershipInfo> allPartnerships();

    /** One partnership (no tenancy check: the caller decides with {@link PartnershipInfo#isMember}). */
    Optional<PartnershipInfo> partnership(long partnershipId);

    /** Partnerships by id; unknown ids are left out. */
    Map<Long, PartnershipInfo> partnerships(Collection<Long> partnershipIds);

    /** Organisations by id (names, country, home municipality); unknown ids are left out. */
    Map<Long, OrganisationInfo> organisations(Collection<Long> organisationIds);

    /** One organisation. */
    default Optional<OrganisationInfo> organisation(long organisationId) {
        return Optional.ofNullable(organisations(List.of(organisationId)).get(organisationId));
    }

    /** A partnership as other modules see it; {@code active} is whether it runs today. */
    record PartnershipInfo(long id, String name, LocalDate startDate, LocalDate endDate, boolean active,
            Map<Long, MemberRole> members, Set<Long> municipalityIds) {

        public PartnershipInfo {
            members = Map.copyOf(members);
            municipalityIds = Set.copyOf(municipalityIds);
        }

        public boolean isMember(Long organisationId) {
            return organisationId != null && members.containsKey(organisationId);
        }

        /** Owners and hubs run the partnership (their coordinators oversee its work). */
        public boolean isRunBy(Long organisationId) {
            return organisationId != null && members.containsKey(organisationId)
                    && members.get(organisationId).mayEditPartnership();
        }
    }

    /** An organisation as other modules see it. */
    record OrganisationInfo(long id, String name, String countryCode, Long homeMunicipalityId) {
    }
}
