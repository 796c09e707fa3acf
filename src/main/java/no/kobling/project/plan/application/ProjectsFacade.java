package no.kobling.project.plan.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.kobling.project.ProjectRef;
import no.kobling.project.ProjectScope;
import no.kobling.project.Projects;
import no.kobling.project.plan.domain.Project;
import no.kobling.project.plan.persistence.ProjectRepository;
import no.kobling.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The {@link Projects} facade: tagging and results scope for other modules, under {@link ProjectAccess}'s rule. */
@Service
@Transactional(readOnly = true)
class ProjectsFacade implements Projects {

    private final ProjectRepository projects;
    private final ProjectAccess access;

    ProjectsFacade(ProjectRepository projects, ProjectAccess access) {
        this.projects = projects;
        this.access = access;
    }

    @Override
    public List<ProjectRef> taggable() {
        List<Project> candidates;
        if (access.seesAll()) {
            candidates = projects.findAllByName();
        } else {
            Long org = access.callerOrganisationId();
            if (org == null) {
                return List.of();
            }
            candidates = projects.visibleTo(org).stream().filter(p -> access.isParty(p.getId(), org)).toList();
        }
        return candidates.stream().filter(p -> !p.isClosed()).map(p -> new ProjectRef(p.getId(), p.getName()))
                .toList();
    }

    @Override
    public ProjectRef requireTaggable(long projectId) {
        Project project = access.requireVisible(projectId);
        boolean party = access.seesAll() || (access.callerOrganisationId() != null
                && access.isParty(projectId, access.callerOrganisationId()));
        if (project.isClosed() || !party) {
            throw DomainException.rule("project-not-taggable", "project.error.not-taggable");
        }
        return new ProjectRef(project.getId(), project.getName());
    }

    @Override
    public Map<Long, String> names(Collection<Long> projectIds) {
        Map<Long, String> names = new HashMap<>();
        if (projectIds == null || projectIds.isEmpty()) {
            return names;
        }
        for (Project p : projects.findByIdIn(projectIds)) {
            if (access.maySee(p)) {
                names.put(p.getId(), p.getName());
            }
        }
        return names;
    }

    @Override
    public Optional<ProjectScope> scope(long projectId) {
        // no exception for a hidden project: it would mark the caller's transaction for rollback
        return projects.findById(projectId).filter(access::maySee).map(p -> new ProjectScope(p.getId(), p.getName(),
                p.getPartnershipId(), p.getOwnerOrganisationId(), access.partyOrganisationIds(projectId),
                p.getMunicipalityIds(), p.getTargetGroupCodes(), p.getStartDate(), p.getEndDate(),
                p.getFunderOrganisationId()));
    }

    @Override
    public Optional<String> goals(long projectId) {
        return projects.findById(projectId).filter(access::maySee).map(Project::getGoals);
    }

    @Override
    public List<ProjectRef> funded() {
        Long org = access.callerOrganisationId();
        if (org == null) {
            return List.of();
        }
        return projects.findByFunderOrganisationIdOrderByName(org).stream()
                .map(p -> new ProjectRef(p.getId(), p.getName())).toList();
    }
}
