package no.kobling.company.application;

import java.util.HashSet;
import java.util.Set;
import no.kobling.company.domain.Entrepreneur;
import no.kobling.actor.Visibility;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import no.kobling.identity.Permission;
import no.kobling.identity.SystemAccess;
import no.kobling.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is asking, and which entrepreneurs they may see: the tenancy rule of the actor module ({@link Visibility}) —
 * administrators (and the system) see all; others see their own organisation's entrepreneurs and the shared ones of
 * organisations that share a partnership with theirs. Hidden records answer 404.
 */
@Component
public class CompanyAccess {

    private final CurrentUsers currentUsers;
    private final Visibility visibility;

    CompanyAccess(CurrentUsers currentUsers, Visibility visibility) {
        this.currentUsers = currentUsers;
        this.visibility = visibility;
    }

    public record Caller(String name, boolean seesAll, Long organisationId, Set<Long> partnerOrganisations,
            boolean managesCompanies, boolean viewsDirectory) {

        public boolean canSee(Entrepreneur e) {
            return viewsDirectory && (seesAll || owns(e)
                    || (e.isShared() && partnerOrganisations.contains(e.getOwnerOrganisationId())));
        }

        public boolean owns(Entrepreneur e) {
            return organisationId != null && organisationId == e.getOwnerOrganisationId();
        }

        public boolean mayEdit(Entrepreneur e) {
            return managesCompanies && (seesAll || owns(e));
        }
    }

    public Caller caller() {
        var current = currentUsers.current();
        if (current.isPresent()) {
            CurrentUser user = current.get();
            Set<Long> partners = new HashSet<>();
            if (user.organisationId() != null) {
                partners.addAll(visibility.visibleOrganisationIds(user.organisationId()));
            }
            return new Caller(user.username(), user.isAdministrator(), user.organisationId(), partners,
                    user.has(Permission.MANAGE_COMPANIES), user.has(Permission.VIEW_DIRECTORY));
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && SystemAccess.SYSTEM.equals(auth.getName())) {
            return new Caller(SystemAccess.SYSTEM, true, null, Set.of(), true, true);
        }
        throw new AccessDeniedException("not signed in");
    }

    public static void visibleOr404(boolean visible, String what, Object id) {
        if (!visible) {
            throw new NotFoundException(what, id);
        }
    }
}
