package no.kobling.project;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Facade of the business networks a partnership runs (issue 13 point 7), for results (issue 14) and demo data. Every
 * method looks at the signed-in caller; run start-up work inside {@code SystemAccess.run(..)}. A partnership or
 * network the caller may not see answers {@code NotFoundException} (404).
 */
public interface Networks {

    /**
     * The networks of the partnership that run on some day of [{@code from}, {@code to}] (started on or before
     * {@code to}, not ended before {@code from}; archived ones too, they happened) and share a municipality with
     * {@code municipalityIds} (all networks of the partnership when it is empty), by start date. "Networks started in
     * a period" are those whose {@link NetworkFact#startDate()} lies in it. Only for a caller who may see the
     * partnership (its organisation is a member of it while it is active; administrators; the system).
     */
    List<NetworkFact> networks(long partnershipId, Collection<Long> municipalityIds, LocalDate from, LocalDate to);

    /**
     * The networks of the project's partnership that run on some day of [{@code from}, {@code to}] and share a
     * municipality with the project (none when the project has no municipalities), as {@link #networks} answers
     * them, for anyone {@code Projects.scope(projectId)} lets see the project (its owner's and parties' staff, its
     * funder's users, administrators, the system); a project the caller may not see answers 404.
     */
    List<NetworkFact> networksOfProject(long projectId, LocalDate from, LocalDate to);

    /** The id of the network of this name (ignoring case) in the partnership, if the caller may see it. */
    Optional<Long> idByName(long partnershipId, String name);

    /** Starts a network (caller with MANAGE_PROJECTS in the partnership, or the system); the same rules as the API. */
    long create(NetworkData data);

    /** Adds a member company (joined on the network's start when {@code joinedOn} is null). */
    void addMember(long networkId, long companyId, LocalDate joinedOn);

    /** Records a held meeting; returns its id. */
    long recordMeeting(long networkId, MeetingData data);

    /**
     * A network as results count it: {@code memberCompanyIds} are the companies that were members on some day of the
     * period, {@code meetingsInPeriod} the meetings held in it; {@code projectId} is null when untagged.
     */
    record NetworkFact(long id, String name, LocalDate startDate, LocalDate endDate, Set<Long> municipalityIds,
            Set<Long> memberCompanyIds, Long projectId, int meetingsInPeriod, boolean archived) {

        public NetworkFact {
            municipalityIds = Set.copyOf(municipalityIds);
            memberCompanyIds = Set.copyOf(memberCompanyIds);
        }
    }

    record NetworkData(long partnershipId, String name, String purpose, long organiserOrganisationId,
            long facilitatorUserId, Set<Long> municipalityIds, LocalDate startDate, LocalDate endDate,
            Long projectId) {
    }

    record MeetingData(LocalDate heldOn, String place, Long municipalityId, String topic,
            Set<Long> attendingCompanyIds, String notes) {
    }
}
