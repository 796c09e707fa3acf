package no.kobling.privacy.application;

import java.util.Optional;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import no.kobling.identity.Permission;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.UserDirectory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the privacy module (docs/privacy.md): handlers ({@code HANDLE_PRIVACY_REQUESTS}: administrators
 * and data protection officers) run requests, readers of the read log need {@code VIEW_READ_LOG}, and a signed-in
 * person may export what is tied to their own login. Administrators (and the system) see every organisation; anyone
 * else only people found in their own organisation's records.
 */
@Component
public class PrivacyAccess {

    /** The caller as the privacy module needs them. */
    public record Caller(String username, Long userId, Long organisationId, boolean administrator) {

        /** Whether a record of {@code organisationId} (null: of no organisation) is in the caller's scope. */
        public boolean sees(Long recordOrganisation) {
            return administrator || recordOrganisation == null || recordOrganisation.equals(organisationId);
        }
    }

    private final CurrentUsers users;
    private final UserDirectory directory;

    PrivacyAccess(CurrentUsers users, UserDirectory directory) {
        this.users = users;
        this.directory = directory;
    }

    public Caller handler() {
        return require(Permission.HANDLE_PRIVACY_REQUESTS);
    }

    public Caller readLogReader() {
        return require(Permission.VIEW_READ_LOG);
    }

    /** A handler, or staff who record consents for people of their organisation ({@code MANAGE_COMPANIES}). */
    public Caller consentRecorder() {
        if (SystemAccess.isSystem()) {
            return system();
        }
        CurrentUser user = users.require();
        if (!user.has(Permission.HANDLE_PRIVACY_REQUESTS) && !user.has(Permission.MANAGE_COMPANIES)
                && !user.has(Permission.MANAGE_PEOPLE)) {
            throw new AccessDeniedException("privacy");
        }
        return of(user);
    }

    /** The signed-in user and the e-mail of their own account (empty when the account has none). */
    public Self self() {
        CurrentUser user = users.require();
        Optional<String> email = directory.find(user.id()).map(UserDirectory.UserInfo::email)
                .filter(e -> e != null && e.contains("@"));
        return new Self(of(user), email);
    }

    public record Self(Caller caller, Optional<String> email) {
    }

    private Caller require(Permission permission) {
        if (SystemAccess.isSystem()) {
            return system();
        }
        CurrentUser user = users.require();
        if (!user.has(permission)) {
            throw new AccessDeniedException("privacy");
        }
        return of(user);
    }

    /** The caller if signed in (the system when running as it); empty for anonymous visitors. */
    public Optional<Caller> current() {
        if (SystemAccess.isSystem()) {
            return Optional.of(system());
        }
        return users.current().map(PrivacyAccess::of);
    }

    private static Caller of(CurrentUser user) {
        return new Caller(user.username(), user.id(), user.organisationId(), user.isAdministrator());
    }

    private static Caller system() {
        return new Caller(SystemAccess.SYSTEM, null, null, true);
    }
}
