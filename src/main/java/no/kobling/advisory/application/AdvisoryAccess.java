package no.kobling.advisory.application;

import java.util.Set;
import no.kobling.advisory.domain.Activity;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import no.kobling.identity.Permission;
import no.kobling.identity.SystemAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who is asking and what they may see. An activity belongs to an organisation: its users see it; the organisations
 * that share a partnership with it see it when it is shared; administrators and the system see all. Funders (who
 * only have {@code VIEW_REPORTS}) see aggregates: the pyramid and the figures, never a single activity.
 */
@Component
public class AdvisoryAccess {

    private final CurrentUsers currentUsers;
    private final AdvisoryDirectory directory;

    AdvisoryAccess(CurrentUsers currentUsers, AdvisoryDirectory directory) {
        this.currentUsers = currentUsers;
        this.directory = directory;
    }

    /** The caller: a user (with organisation and partner organisations) or the system. */
    public record Viewer(Long userId, String name, Long organisationId, Set<Long> partnerOrganisations,
            boolean seesAll, Set<Permission> permissions) {

        /**
         * A single activity (its notes, advisors and companies) is seen only by those who log activities: funders
         * ({@code VIEW_REPORTS} alone) see aggregates, never a single activity (docs/security.md, funders).
         */
        public boolean canSee(Activity a) {
            return seesAll || (readsRecords() && (owns(a)
                    || (a.isShared() && partnerOrganisations.contains(a.getOrganisationId()))));
        }

        /** Whether the caller may read single activities, needs and the companies behind a figure. */
        public boolean readsRecords() {
            return seesAll || has(Permission.LOG_ACTIVITIES);
        }

        public boolean owns(Activity a) {
            return organisationId != null && organisationId == a.getOrganisationId();
        }

        /** Activities are changed by their own organisation's advisors (and administrators). */
        public boolean mayEdit(Activity a) {
            return has(Permission.LOG_ACTIVITIES) && (seesAll || owns(a));
        }

        public boolean has(Permission p) {
            return permissions.contains(p);
        }

        public boolean isSystem() {
            return userId == null;
        }
    }

    public Viewer viewer() {
        var current = currentUsers.current();
        if (current.isPresent()) {
            CurrentUser u = current.get();
            Set<Long> partners = u.organisationId() == null ? Set.of()
                    : Set.copyOf(directory.partnerOrganisationIds(u.organisationId()));
            return new Viewer(u.id(), u.username(), u.organisationId(), partners, u.isAdministrator(),
                    u.permissions());
        }
        if (SystemAccess.isSystem()) {
            return new Viewer(null, SystemAccess.SYSTEM, null, Set.of(), true, Set.of(Permission.values()));
        }
        throw new AccessDeniedException("not signed in");
    }
}
