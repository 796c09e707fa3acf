package no.kobling.project.agreement.application;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import no.kobling.identity.Permission;
import no.kobling.identity.SystemAccess;
import no.kobling.project.agreement.domain.Agreement;
import no.kobling.shared.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change an agreement: staff of its parties and administrators see it (others get 404); changing
 * it needs {@code MANAGE_PROJECTS} as well. A party's signature or termination is given by that party's own staff
 * or an administrator.
 */
@Component
public class AgreementAccess {

    private final CurrentUsers currentUsers;

    AgreementAccess(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    /** The caller: {@code admin} for administrators and the system actor. */
    public record Caller(String name, boolean admin, Long organisationId, Set<Permission> permissions, Locale locale) {

        public boolean has(Permission p) {
            return permissions.contains(p);
        }

        public boolean staffOf(long organisationId) {
            return this.organisationId != null && this.organisationId == organisationId;
        }
    }

    public Caller caller() {
        Optional<CurrentUser> current = currentUsers.current();
        if (current.isPresent()) {
            CurrentUser u = current.get();
            return new Caller(u.username(), u.isAdministrator(), u.organisationId(), u.permissions(),
                    u.locale() == null ? LocaleContextHolder.getLocale() : u.locale());
        }
        if (SystemAccess.isSystem()) {
            return new Caller(SystemAccess.SYSTEM, true, null, EnumSet.allOf(Permission.class),
                    LocaleContextHolder.getLocale());
        }
        throw new AccessDeniedException("not signed in");
    }

    public boolean maySee(Caller caller, Agreement agreement) {
        return caller.admin() || agreement.isParty(caller.organisationId());
    }

    /** 404 unless the caller may see the agreement. */
    public void requireSee(Caller caller, Agreement agreement) {
        if (!maySee(caller, agreement)) {
            throw new NotFoundException("agreement", agreement.getId());
        }
    }

    public boolean mayEdit(Caller caller, Agreement agreement) {
        return maySee(caller, agreement) && caller.has(Permission.MANAGE_PROJECTS);
    }

    /** 404 when hidden, 403 without the permission. */
    public void requireEdit(Caller caller, Agreement agreement) {
        requireSee(caller, agreement);
        if (!caller.has(Permission.MANAGE_PROJECTS)) {
            throw new AccessDeniedException("MANAGE_PROJECTS");
        }
    }

    public void requireCreate(Caller caller) {
        if (!caller.has(Permission.MANAGE_PROJECTS)) {
            throw new AccessDeniedException("MANAGE_PROJECTS");
        }
    }

    /** Whether the caller may sign or terminate for the party. */
    public boolean mayActFor(Caller caller, Agreement agreement, long organisationId) {
        return mayEdit(caller, agreement) && (caller.admin() || caller.staffOf(organisationId));
    }
}
