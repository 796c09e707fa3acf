package no.kobling.actor.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import no.kobling.actor.persistence.PartnershipRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenancy rule, in one place: a user of organisation X sees X and every organisation that shares a partnership
 * with X that is active today (started, not ended); X's partnerships themselves stay visible to X after they end
 * (their history is read-only). {@link ActorAccess} (actor pages) and the {@code Visibility} facade (every other
 * module) both ask here.
 */
@Component
public class TenancyRule {

    private final PartnershipRepository partnerships;
    private final Clock clock;

    TenancyRule(PartnershipRepository partnerships, Clock clock) {
        this.partnerships = partnerships;
        this.clock = clock;
    }

    /**
     * Today, for "is the partnership active": the day in Oslo/Stockholm, the last of the three zones to finish a day,
     * so a partnership's last day is over everywhere before it stops granting visibility (docs/time.md).
     */
    public LocalDate today() {
        return no.kobling.shared.LocalDay.today(clock, no.kobling.shared.Zones.DEFAULT);
    }

    /** The organisation itself and every organisation sharing an active partnership with it. */
    @Transactional(readOnly = true)
    public Set<Long> visibleOrganisationIds(long organisationId) {
        Set<Long> ids = new HashSet<>(partnerships.activePartnerOrganisationIds(organisationId, today()));
        ids.add(organisationId);
        return ids;
    }

    /** The partnerships the organisation is a member of, active or ended (ended ones are read-only history). */
    @Transactional(readOnly = true)
    public Set<Long> partnershipIdsOf(long organisationId) {
        return partnerships.idsWithMember(organisationId);
    }
}
