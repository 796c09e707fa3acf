package no.kobling.project.plan.application;

import java.util.LinkedHashSet;
import java.util.Set;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import no.kobling.identity.Permission;
import no.kobling.identity.SystemAccess;
import no.kobling.project.plan.domain.Party;
import no.kobling.project.plan.domain.Project;
import no.kobling.project.plan.persistence.PartyRepository;
import no.kobling.project.plan.persistence.ProjectRepository;
import no.kobling.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tenancy of projects, the one home of the rule for the whole project module (agreements, budgets and hours of a
 * project ask here). A project is visible to the users of its owner organisation, of its (not archived) party
 * organisations and of its funder organisation; administrators and the system see all. Everyone else gets 404.
 * Editing needs MANAGE_PROJECTS and the caller's organisation being the owner (or an administrator); a caller who may
 * see but not edit gets 403.
 */
@Component
public class ProjectAccess {

    private final CurrentUsers currentUsers;
    private final ProjectRepository projects;
    private final PartyRepository parties;

    ProjectAccess(CurrentUsers currentUsers, ProjectRepository projects, PartyRepository parties) {
        this.currentUsers = currentUsers;
        this.projects = projects;
        this.parties = parties;
    }

    /** The project if the caller may see it; otherwise (also when unknown) a 404. */
    @Transactional(readOnly = true)
    public Project requireVisible(long projectId) {
        Project project = projects.findById(projectId).orElseThrow(() -> new NotFoundException("project", projectId));
        if (!maySee(project)) {
            throw new NotFoundException("project", projectId);
        }
        return project;
    }

    /** The project if the caller may edit it: 404 when hidden, 403 when only visible. */
    @Transactional(readOnly = true)
    public Project requireEditable(long projectId) {
        Project project = requireVisible(projectId);
        if (!mayEdit(project)) {
            throw new AccessDeniedException("may not edit project " + projectId);
        }
        return project;
    }

    /** Whether the organisation is the project's owner or one of its not archived parties. */
    @Transactional(readOnly = true)
    public boolean isParty(long projectId, long organisationId) {
        return partyOrganisationIds(projectId).contains(organisationId);
    }

    /** The owner organisation and the not archived party organisations (empty for an unknown project). */
    @Transactional(readOnly = true)
    public Set<Long> partyOrganisationIds(long projectId) {
        Set<Long> ids = new LinkedHashSet<>();
        projects.findById(projectId).ifPresent(p -> {
            ids.add(p.getOwnerOrganisationId());
            for (Party party : parties.findByProjectIdOrderById(projectId)) {
                if (!party.isArchived()) {
                    ids.add(party.getOrganisationId());
                }
            }
        });
        return ids;
    }

    /** Whether the caller sees every project (administrators, the system). */
    public boolean seesAll() {
        return currentUsers.current().map(CurrentUser::isAdministrator).orElseGet(SystemAccess::isSystem);
    }

    /** The caller's organisation, or null (the system, or a user without one). */
    public Long callerOrganisationId() {
        return currentUsers.current().map(CurrentUser::organisationId).orElse(null);
    }

    boolean maySee(Project project) {
        if (seesAll()) {
            return true;
        }
        Long org = callerOrganisationId();
        if (org == null) {
            return false;
        }
        return org.equals(project.getFunderOrganisationId()) || isParty(project.getId(), org);
    }

    boolean mayEdit(Project project) {
        if (seesAll()) {
            return true;
        }
        return currentUsers.current().filter(u -> u.has(Permission.MANAGE_PROJECTS))
                .map(u -> u.organisationId() != null && u.organisationId() == project.getOwnerOrganisationId())
                .orElse(false);
    }

    /** Whether the caller may edit the project (for pages: show or hide the forms). */
    public boolean mayEditProject(Project project) {
        return mayEdit(project);
    }
}
