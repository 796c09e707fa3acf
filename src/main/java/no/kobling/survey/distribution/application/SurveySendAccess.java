package no.kobling.survey.distribution.application;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import no.kobling.identity.Permission;
import no.kobling.identity.SystemAccess;
import no.kobling.survey.definition.application.SurveyAccess;
import no.kobling.survey.definition.SurveyDefinitions.SurveyDef;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may distribute a survey: as {@link SurveyAccess} manages it — staff with {@code MANAGE_SURVEYS} of the survey's
 * owner organisation and administrators (and the system); for anyone else the survey does not exist (404).
 */
@Component
public class SurveySendAccess {

    private final CurrentUsers currentUsers;
    private final SurveyAccess surveys;

    SurveySendAccess(CurrentUsers currentUsers, SurveyAccess surveys) {
        this.currentUsers = currentUsers;
        this.surveys = surveys;
    }

    public record Caller(String name, boolean admin, Long organisationId, Set<Permission> permissions) {

        public boolean has(Permission p) {
            return permissions.contains(p);
        }
    }

    public Caller caller() {
        Optional<CurrentUser> current = currentUsers.current();
        if (current.isPresent()) {
            CurrentUser u = current.get();
            return new Caller(u.username(), u.isAdministrator(), u.organisationId(), u.permissions());
        }
        if (SystemAccess.isSystem()) {
            return new Caller(SystemAccess.SYSTEM, true, null, EnumSet.allOf(Permission.class));
        }
        throw new AccessDeniedException("not signed in");
    }

    /** The survey, if the caller may distribute it; else 404. */
    public SurveyDef managed(Caller caller, long surveyId) {
        return surveys.manage(surveyId);
    }
}
