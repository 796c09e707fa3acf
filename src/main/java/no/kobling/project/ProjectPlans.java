package no.kobling.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Facade of the project plans for set-up work (demo data, imports). Every method checks the caller's permissions and
 * tenancy like the pages do; run start-up work inside {@code SystemAccess.run(..)}. Phases are named by their order
 * (1 = first), deliverables of a phase by their position in it (1 = first).
 */
public interface ProjectPlans {

    /** A project of the partnership with exactly this name, if the caller may see it. */
    Optional<Long> projectIdByName(long partnershipId, String name);

    /**
     * Creates a project of the type with this code (e.g. {@code BUSINESS_FRIENDLY_REGION}, {@code PLAIN});
     * {@code parties} maps party organisations to their responsibilities; {@code endDate} may be null (open-ended).
     */
    long create(NewProject project);

    /** Starts the phase on the day (refused until the previous gate said GO). */
    void startPhase(long projectId, int phaseOrder, LocalDate day);

    /** Records a gate decision ({@code GO}, {@code REVISE}, {@code STOP}) with optional minutes. */
    void decideGate(long projectId, int phaseOrder, String decisionBody, LocalDate decidedOn, String decision,
            String notes, String minutesFilename, byte[] minutes);

    /** Sets owner organisation, due date and status ({@code PLANNED}, {@code IN_PROGRESS}, {@code DONE}, {@code DROPPED}) of a deliverable. */
    void updateDeliverable(long projectId, int phaseOrder, int position, Long ownerOrganisationId, LocalDate dueDate,
            String status);

    record NewProject(String name, String typeCode, long partnershipId, long ownerOrganisationId,
            Long funderOrganisationId, LocalDate startDate, String goals, String description,
            Set<Long> municipalityIds, Set<String> targetGroupCodes, Map<Long, String> parties, LocalDate endDate) {

        /** An open-ended project (no end date). */
        public NewProject(String name, String typeCode, long partnershipId, long ownerOrganisationId,
                Long funderOrganisationId, LocalDate startDate, String goals, String description,
                Set<Long> municipalityIds, Set<String> targetGroupCodes, Map<Long, String> parties) {
            this(name, typeCode, partnershipId, ownerOrganisationId, funderOrganisationId, startDate, goals,
                    description, municipalityIds, targetGroupCodes, parties, null);
        }
    }

    /** The deliverables of a phase by position (for checks and demo data). */
    List<String> deliverableStatuses(long projectId, int phaseOrder);
}
