package no.kobling.survey.definition.application;

import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import no.kobling.identity.Permission;
import no.kobling.identity.SystemAccess;
import no.kobling.shared.NotFoundException;
import no.kobling.survey.definition.SurveyDefinitions.SurveyDef;
import no.kobling.survey.definition.domain.Survey;
import no.kobling.survey.definition.persistence.SurveyRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see and manage a survey: the one home of the rule for the whole survey module (distribution and results
 * ask here). A survey is visible to the users of its owner organisation and to administrators (and the system);
 * everyone else gets 404. Managing (building, sending, reading results) needs {@code MANAGE_SURVEYS} as well; a user of
 * the owner organisation without it gets 403.
 */
@Component
public class SurveyAccess {

    private final CurrentUsers users;
    private final SurveyRepository surveys;
    private final SurveyDefinitionReader reader;

    SurveyAccess(CurrentUsers users, SurveyRepository surveys, SurveyDefinitionReader reader) {
        this.users = users;
        this.surveys = surveys;
        this.reader = reader;
    }

    /** The survey if the caller may see it; otherwise (also when unknown) a 404. */
    @Transactional(readOnly = true)
    public SurveyDef see(long surveyId) {
        return reader.toDef(visible(surveyId));
    }

    /** The survey if the caller may manage it: 404 when hidden, 403 without {@code MANAGE_SURVEYS}. */
    @Transactional(readOnly = true)
    public SurveyDef manage(long surveyId) {
        return reader.toDef(manageable(surveyId));
    }

    /** Whether the caller may manage the survey (false also when it is hidden or unknown). */
    @Transactional(readOnly = true)
    public boolean mayManage(long surveyId) {
        return surveys.findById(surveyId).map(s -> maySee(s) && mayManage(s)).orElse(false);
    }

    Survey visible(long surveyId) {
        Survey survey = surveys.findById(surveyId).orElseThrow(() -> new NotFoundException("survey", surveyId));
        if (!maySee(survey)) {
            throw new NotFoundException("survey", surveyId);
        }
        return survey;
    }

    Survey manageable(long surveyId) {
        Survey survey = visible(surveyId);
        if (!mayManage(survey)) {
            throw new AccessDeniedException("may not manage survey " + surveyId);
        }
        return survey;
    }

    /** Whether the caller sees every survey (administrators, the system). */
    public boolean seesAll() {
        return users.current().map(CurrentUser::isAdministrator).orElseGet(SystemAccess::isSystem);
    }

    /** The caller's organisation, or null (the system, or a user without one). */
    public Long callerOrganisationId() {
        return users.current().map(CurrentUser::organisationId).orElse(null);
    }

    private boolean maySee(Survey survey) {
        if (seesAll()) {
            return true;
        }
        Long org = callerOrganisationId();
        return org != null && org == survey.getOwnerOrganisationId();
    }

    private boolean mayManage(Survey survey) {
        if (seesAll()) {
            return true;
        }
        return users.current().map(u -> u.has(Permission.MANAGE_SURVEYS)).orElse(false);
    }
}
