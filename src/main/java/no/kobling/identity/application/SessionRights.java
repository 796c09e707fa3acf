package no.kobling.identity.application;

import java.util.Optional;
import no.kobling.identity.persistence.UserRightsQuery;
import org.springframework.stereotype.Service;

/**
 * Re-checks a signed-in session's user against the database on every request (issue 11, finding 2): a disabled or
 * deleted user, or a changed security stamp (new password, or disabled since), ends the session; changed roles,
 * permissions, organisation or name replace the session's snapshot, so they count from the next request on. The
 * check is one indexed query and needs nothing from the session store, so it holds with any store and on every node.
 */
@Service
public class SessionRights {

    private final UserRightsQuery rights;

    SessionRights(UserRightsQuery rights) {
        this.rights = rights;
    }

    /** What a request should go on with. */
    public sealed interface Verdict {
    }

    /** The session's snapshot is still right. */
    public record Unchanged() implements Verdict {
    }

    /** The session goes on with the user's new rights. */
    public record Refreshed(KoblingUserDetails principal) implements Verdict {
    }

    /** The session must end. */
    public record Ended() implements Verdict {
    }

    public Verdict check(KoblingUserDetails principal) {
        Optional<UserRightsQuery.Rights> current = rights.load(principal.getId());
        if (current.isEmpty() || !current.get().enabled()
                || current.get().securityStamp() != principal.getSecurityStamp()) {
            return new Ended();
        }
        UserRightsQuery.Rights r = current.get();
        KoblingUserDetails fresh = new KoblingUserDetails(r.id(), r.username(), null, r.displayName(),
                r.organisationId(), r.permissions(), r.preferredLocale(), r.timeZone(), r.enabled(),
                r.securityStamp());
        return fresh.sameAs(principal) ? new Unchanged() : new Refreshed(fresh);
    }
}
