package no.kobling.project.network.application;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.kobling.actor.Visibility;
import no.kobling.company.Companies;
import no.kobling.company.CompanyRef;
import no.kobling.geo.Geography;
import no.kobling.geo.MunicipalityRef;
import no.kobling.identity.UserDirectory;
import no.kobling.identity.UserDirectory.UserInfo;
import no.kobling.project.Projects;
import no.kobling.project.network.application.NetworkViews.Named;
import no.kobling.shared.DomainException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The facts networks need from the modules that own them (this package reads none of their tables): partnerships,
 * their members and municipalities ({@link Visibility}), users ({@link UserDirectory}), companies the caller may
 * see ({@link Companies}), municipality names ({@link Geography}) and projects ({@link Projects}).
 */
@Component
public class NetworkDirectory {

    private final Visibility visibility;
    private final UserDirectory users;
    private final Companies companies;
    private final Geography geography;
    private final ObjectProvider<Projects> projects;
    private final no.kobling.actor.ActorZones zones;
    private final java.time.Clock clock;

    NetworkDirectory(Visibility visibility, UserDirectory users, Companies companies, Geography geography,
            ObjectProvider<Projects> projects, no.kobling.actor.ActorZones zones, java.time.Clock clock) {
        this.zones = zones;
        this.clock = clock;
        this.visibility = visibility;
        this.users = users;
        this.companies = companies;
        this.geography = geography;
        this.projects = projects;
    }

    /** Today in the partnership's zone: a network's days are its partnership's (docs/time.md). */
    public java.time.LocalDate today(long partnershipId) {
        return no.kobling.shared.LocalDay.today(clock, zones.partnership(partnershipId));
    }

    public Optional<Visibility.PartnershipInfo> partnership(long id) {
        return visibility.partnership(id);
    }

    public Map<Long, Visibility.PartnershipInfo> partnerships(Collection<Long> ids) {
        return visibility.partnerships(ids);
    }

    public List<Visibility.PartnershipInfo> allPartnerships() {
        return visibility.allPartnerships();
    }

    public Optional<UserInfo> user(long id) {
        return users.find(id);
    }

    public List<Named> usersOf(Collection<Long> organisationIds) {
        return organisationIds.stream().flatMap(o -> users.enabledUsersOf(o).stream())
                .map(u -> new Named(u.id(), u.displayName())).sorted(Comparator.comparing(Named::name)).toList();
    }

    public Map<Long, String> organisationNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        visibility.organisations(ids).forEach((id, o) -> names.put(id, o.name()));
        return names;
    }

    public Map<Long, String> municipalityNames(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : geography.municipalities(ids).stream()
                .collect(Collectors.toMap(MunicipalityRef::id, MunicipalityRef::name, (a, b) -> a));
    }

    /** Companies the caller may see, by id. */
    public Map<Long, CompanyRef> companies(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : companies.refs(ids).stream()
                .collect(Collectors.toMap(CompanyRef::id, c -> c, (a, b) -> a));
    }

    public Optional<CompanyRef> company(long id) {
        return companies.ref(id);
    }

    public List<CompanyRef> companiesIn(Collection<Long> municipalityIds, int limit) {
        return municipalityIds.isEmpty() ? List.of() : companies.companiesIn(municipalityIds, limit);
    }

    /** The project if the caller may tag work with it (404 hidden, 422 not taggable, also while none exist). */
    public void requireTaggable(long projectId) {
        Projects p = projects.getIfAvailable();
        if (p == null) {
            throw DomainException.rule("project-not-taggable", "network.error.project-not-taggable", projectId);
        }
        p.requireTaggable(projectId);
    }

    /** Projects the caller may tag work with (empty while the project module has none). */
    public List<Named> taggableProjects() {
        Projects p = projects.getIfAvailable();
        return p == null ? List.of() : p.taggable().stream().map(r -> new Named(r.id(), r.name())).toList();
    }

    public Map<Long, String> projectNames(Collection<Long> ids) {
        Projects p = projects.getIfAvailable();
        return p == null || ids.isEmpty() ? Map.of() : p.names(ids);
    }
}
