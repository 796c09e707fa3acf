package no.kobling.survey.result.application;

import no.kobling.identity.CurrentUsers;
import no.kobling.identity.Permission;
import no.kobling.survey.definition.SurveyDefinitions.SurveyDef;
import no.kobling.survey.definition.application.SurveyAccess;
import org.springframework.stereotype.Component;

/**
 * Who reads a survey's results and who maps them (docs/surveys.md "Results"), on the survey module's one rule
 * ({@link SurveyAccess}): a survey is visible to its owner organisation's users and administrators (anyone else: 404);
 * reading results needs {@code MANAGE_SURVEYS} or {@code VIEW_REPORTS} (the services' {@code @PreAuthorize}),
 * changing mappings {@code MANAGE_SURVEYS} (403 without it).
 */
@Component
public class SurveyResultAccess {

    private final SurveyAccess surveys;
    private final CurrentUsers users;

    SurveyResultAccess(SurveyAccess surveys, CurrentUsers users) {
        this.surveys = surveys;
        this.users = users;
    }

    /** The survey if the caller may see it; otherwise (also when unknown) a 404. */
    public SurveyDef readable(long surveyId) {
        return surveys.see(surveyId);
    }

    /** The survey if the caller may manage it: 404 when hidden, 403 without {@code MANAGE_SURVEYS}. */
    public SurveyDef manageable(long surveyId) {
        return surveys.manage(surveyId);
    }

    /** Whether the caller reads this survey's results (asked without an exception, inside other work). */
    public boolean mayRead(SurveyDef def) {
        if (surveys.seesAll()) {
            return true;
        }
        Long org = surveys.callerOrganisationId();
        return org != null && org == def.ownerOrganisationId() && users.current()
                .map(u -> u.has(Permission.MANAGE_SURVEYS) || u.has(Permission.VIEW_REPORTS)).orElse(false);
    }
}
