package no.kobling.project.budget.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.kobling.actor.Visibility;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.UserDirectory;
import no.kobling.project.plan.application.ProjectAccess;
import no.kobling.project.plan.domain.Deliverable;
import no.kobling.project.plan.domain.Phase;
import no.kobling.project.plan.domain.Project;
import no.kobling.project.plan.domain.TypeDeliverable;
import no.kobling.project.plan.persistence.DeliverableRepository;
import no.kobling.project.plan.persistence.PhaseRepository;
import no.kobling.project.plan.persistence.TypeDeliverableRepository;
import no.kobling.shared.DomainException;
import no.kobling.shared.LocalDay;
import no.kobling.shared.NotFoundException;
import no.kobling.shared.Zones;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the budget services need of the project and of the caller. Tenancy is plan's rule ({@link ProjectAccess}):
 * a project the caller may not see answers 404; changing the economy needs MANAGE_PROJECTS in the owner
 * organisation (403 when only visible). Parties are organisations: the owner and the project's not archived parties.
 */
@Component
public class BudgetAccess {

    private final ProjectAccess projects;
    private final PhaseRepository phases;
    private final DeliverableRepository deliverables;
    private final TypeDeliverableRepository templates;
    private final Visibility visibility;
    private final UserDirectory users;
    private final CurrentUsers currentUsers;
    private final Clock clock;

    BudgetAccess(ProjectAccess projects, PhaseRepository phases, DeliverableRepository deliverables,
            TypeDeliverableRepository templates, Visibility visibility, UserDirectory users,
            CurrentUsers currentUsers, Clock clock) {
        this.projects = projects;
        this.phases = phases;
        this.deliverables = deliverables;
        this.templates = templates;
        this.visibility = visibility;
        this.users = users;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    public Project visible(long projectId) {
        return projects.requireVisible(projectId);
    }

    public Project editable(long projectId) {
        return projects.requireEditable(projectId);
    }

    public boolean mayEdit(Project project) {
        return projects.mayEditProject(project);
    }

    /** The owner and the not archived parties, as organisation ids. */
    public Set<Long> parties(long projectId) {
        return projects.partyOrganisationIds(projectId);
    }

    /** The organisation if it is one of the project's parties; otherwise 422 {@code budget-party-unknown}. */
    public long requireParty(long projectId, Long organisationId) {
        if (organisationId == null || !parties(projectId).contains(organisationId)) {
            throw DomainException.rule("budget-party-unknown", "budget.error.party-unknown");
        }
        return organisationId;
    }

    public Map<Long, String> organisationNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            visibility.organisations(ids).forEach((id, o) -> names.put(id, o.name()));
        }
        return names;
    }

    public Optional<UserDirectory.UserInfo> user(long id) {
        return users.find(id);
    }

    public Map<Long, UserDirectory.UserInfo> users(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : users.byIds(ids);
    }

    public CurrentUser caller() {
        return currentUsers.require();
    }

    public boolean seesAll() {
        return projects.seesAll();
    }

    public String callerName() {
        return currentUsers.current().map(CurrentUser::username).orElse(SystemAccess.SYSTEM);
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDay.today(clock, currentUsers.current().map(CurrentUser::zone).orElse(Zones.DEFAULT));
    }

    public Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** The project's deliverables (id → name in the caller's language) with their owner organisation. */
    public List<DeliverableInfo> deliverables(long projectId) {
        List<Long> phaseIds = phases.findByProjectIdOrderByOrder(projectId).stream().map(Phase::getId).toList();
        if (phaseIds.isEmpty()) {
            return List.of();
        }
        List<Deliverable> list = deliverables.findByPhaseIdInOrderBySortOrderAscIdAsc(phaseIds);
        Map<Long, TypeDeliverable> byId = new LinkedHashMap<>();
        List<Long> templateIds = list.stream().map(Deliverable::getTemplateId).filter(java.util.Objects::nonNull)
                .distinct().toList();
        if (!templateIds.isEmpty()) {
            templates.findAllById(templateIds).forEach(t -> byId.put(t.getId(), t));
        }
        List<DeliverableInfo> out = new ArrayList<>();
        for (Deliverable d : list) {
            out.add(new DeliverableInfo(d.getId(), d.displayName(byId.get(d.getTemplateId()), locale()),
                    d.getOwnerOrganisationId()));
        }
        return out;
    }

    /** A deliverable of this project; unknown → 404, of another project → 422 {@code hours-deliverable-foreign}. */
    public DeliverableInfo requireDeliverable(long projectId, long deliverableId) {
        Deliverable d = deliverables.findById(deliverableId)
                .orElseThrow(() -> new NotFoundException("deliverable", deliverableId));
        return deliverables(projectId).stream().filter(i -> i.id() == d.getId()).findFirst()
                .orElseThrow(() -> DomainException.rule("hours-deliverable-foreign",
                        "budget.error.deliverable-foreign"));
    }

    public record DeliverableInfo(long id, String name, Long ownerOrganisationId) {
    }
}
