package no.kobling.project.plan.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.kobling.actor.Visibility;
import no.kobling.company.Companies;
import no.kobling.identity.CurrentUser;
import no.kobling.identity.CurrentUsers;
import no.kobling.identity.UserDirectory;
import no.kobling.shared.LocalDay;
import no.kobling.shared.Zones;
import org.springframework.stereotype.Component;

/**
 * The directory facts projects need, asked of the modules that own them: partnerships with their members and area
 * (actor), organisation names, users and their organisations (identity), target group names (company), and the
 * caller's "today" in their own zone (docs/time.md).
 */
@Component
public class PlanDirectory {

    private final Visibility visibility;
    private final UserDirectory users;
    private final Companies companies;
    private final CurrentUsers currentUsers;
    private final Clock clock;
    private final no.kobling.geo.Geography geography;

    PlanDirectory(Visibility visibility, UserDirectory users, Companies companies, CurrentUsers currentUsers,
            Clock clock, no.kobling.geo.Geography geography) {
        this.geography = geography;
        this.visibility = visibility;
        this.users = users;
        this.companies = companies;
        this.currentUsers = currentUsers;
        this.clock = clock;
    }

    public Optional<Visibility.PartnershipInfo> partnership(long id) {
        return visibility.partnership(id);
    }

    /** Partnerships of the organisation (every partnership for null: administrators). */
    public List<Visibility.PartnershipInfo> partnershipsOf(Long organisationId) {
        return organisationId == null ? visibility.allPartnerships() : visibility.partnershipsOf(organisationId);
    }

    public Map<Long, String> organisationNames(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            visibility.organisations(ids).forEach((id, o) -> names.put(id, o.name()));
        }
        return names;
    }

    /** Municipalities by id, id → name, sorted by name. */
    public Map<Long, String> municipalityNames(Collection<Long> ids) {
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        if (!ids.isEmpty()) {
            geography.municipalities(ids).stream()
                    .sorted(java.util.Comparator.comparing(no.kobling.geo.MunicipalityRef::name))
                    .forEach(m -> names.put(m.id(), m.name()));
        }
        return names;
    }

    public boolean organisationExists(long id) {
        return visibility.organisation(id).isPresent();
    }

    public java.util.Set<Long> visibleOrganisationIds(long organisationId) {
        return visibility.visibleOrganisationIds(organisationId);
    }

    public Optional<UserDirectory.UserInfo> user(long id) {
        return users.find(id);
    }

    public Map<Long, UserDirectory.UserInfo> users(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : users.byIds(ids);
    }

    public List<UserDirectory.UserInfo> usersOf(long organisationId) {
        return users.enabledUsersOf(organisationId);
    }

    /** Active target groups, code → name in the caller's language. */
    public Map<String, String> targetGroupNames() {
        return companies.targetGroupNames();
    }

    /** Today in the caller's own zone (Oslo for the system). */
    public LocalDate today() {
        return LocalDay.today(clock, currentUsers.current().map(CurrentUser::zone).orElse(Zones.DEFAULT));
    }

    public java.time.Instant now() {
        return clock.instant();
    }

    public String callerName() {
        return currentUsers.current().map(CurrentUser::username).orElse(no.kobling.identity.SystemAccess.SYSTEM);
    }
}
