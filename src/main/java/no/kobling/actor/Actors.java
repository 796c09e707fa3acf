package no.kobling.actor;

import java.util.List;
import java.util.Optional;

/**
 * Facade of the actor module for other modules (demo data, imports). Every method checks the caller's permissions
 * and tenancy like the pages do; run start-up work inside {@code SystemAccess.run(..)}.
 */
public interface Actors {

    /** An organisation the caller may see, by its exact name (ignoring case). */
    Optional<Long> organisationIdByName(String name);

    /** A partnership the caller may see, by its exact name (ignoring case). */
    Optional<Long> partnershipIdByName(String name);

    long createOrganisation(OrganisationData data);

    long createPartnership(PartnershipData data);

    long createPerson(PersonData data);

    /** Links a person to the user account that represents them. */
    void linkPersonToUser(long personId, long userId);

    /** Ids of the municipalities of a partnership the caller may see. */
    List<Long> partnershipMunicipalityIds(long partnershipId);

    /**
     * The partnerships the caller may see, sorted by name (empty for a caller without the directory permission),
     * e.g. for a partnership-area filter.
     */
    List<PartnershipRef> visiblePartnerships();

    /**
     * The caller's visible partnerships that are active today. An ended partnership stays readable (history) but gives
     * no working area: use this, not {@link #visiblePartnerships()}, for where a caller may edit or refer.
     */
    List<PartnershipRef> activePartnerships();

    /** How many organisations, partnerships and people the caller may see. */
    Counts counts();

    /** Ids of the organisations the caller may see (own and those sharing a partnership; all for administrators). */
    List<Long> visibleOrganisationIds();

    /**
     * Mentors/experts the caller may see: of the own organisation and the shared ones of partner organisations across
     * all the caller's partnerships (everyone for administrators), sorted by name.
     */
    List<ExpertRef> experts();

    /** The competence taxonomy as code → name in the caller's language, in taxonomy order. */
    java.util.Map<String, String> competenceNames();

    record Counts(long organisations, long partnerships, long people) {
    }
}
