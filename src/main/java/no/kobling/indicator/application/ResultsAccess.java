package no.kobling.indicator.application;

import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import no.kobling.indicator.domain.Counting;
import no.kobling.indicator.domain.ProjectSetting;
import no.kobling.indicator.persistence.ProjectSettingRepository;
import no.kobling.project.ProjectScope;
import no.kobling.project.Projects;
import no.kobling.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change a project's results. Seeing is the project module's rule ({@code Projects.scope}: staff of
 * its owner and parties, users of its funder, administrators; anyone else gets 404). Changing targets and the
 * counting needs {@code MANAGE_PROJECTS} and a user of the project's owner or one of its parties (or an
 * administrator): a funder who sees the project is refused (403).
 */
@Component
public class ResultsAccess {

    private final Projects projects;
    private final CurrentUsers users;
    private final ProjectSettingRepository settings;

    ResultsAccess(Projects projects, CurrentUsers users, ProjectSettingRepository settings) {
        this.projects = projects;
        this.users = users;
        this.settings = settings;
    }

    /** A project as the caller sees it; {@code funder}: the caller sees it as its funder (aggregates only). */
    public record Seen(ProjectScope scope, Counting counting, boolean funder, boolean staff) {
    }

    public Seen see(long projectId) {
        CurrentUser caller = users.require();
        ProjectScope scope = projects.scope(projectId).orElseThrow(() -> new NotFoundException("project", projectId));
        Long org = caller.organisationId();
        boolean staff = caller.isAdministrator() || (org != null && (org == scope.ownerOrganisationId()
                || scope.partyOrganisationIds().contains(org)));
        boolean funder = !staff && org != null && org.equals(scope.funderOrganisationId());
        Counting counting = settings.findById(projectId).map(ProjectSetting::getCounting)
                .orElse(ProjectSetting.DEFAULT);
        return new Seen(scope, counting, funder, staff);
    }

    public Seen manage(long projectId) {
        Seen seen = see(projectId);
        if (!seen.staff()) {
            throw new AccessDeniedException("only the project's own staff change its targets");
        }
        return seen;
    }
}
