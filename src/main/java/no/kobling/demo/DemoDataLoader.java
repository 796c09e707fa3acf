package no.kobling.demo;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.kobling.actor.Actors;
import no.kobling.actor.MemberRole;
import no.kobling.actor.OrganisationData;
import no.kobling.actor.PartnershipData;
import no.kobling.actor.PersonData;
import no.kobling.geo.Geography;
import no.kobling.geo.MunicipalityRef;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.UserAdministration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data at start-up under profile {@code demo} (unless {@code kobling.demo.enabled=false}), as the system actor, through the facades of the
 * actor, geo and identity modules. Idempotent: does nothing when the demo organisations exist. All or nothing: one
 * transaction.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "kobling.demo.enabled", havingValue = "true", matchIfMissing = true)
@Order(100)
public class DemoDataLoader implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final Actors actors;
    private final UserAdministration users;
    private final Geography geography;
    private final TransactionTemplate transaction;

    DemoDataLoader(Actors actors, UserAdministration users, Geography geography,
            PlatformTransactionManager transactionManager) {
        this.actors = actors;
        this.users = users;
        this.geography = geography;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (load()) {
            LOG.info("Demo data loaded: {} organisations, {} partnerships, {} people, {} users",
                    DemoSeeds.organisations().size(), DemoSeeds.partnerships().size(), DemoSeeds.people().size(),
                    DemoSeeds.users().size());
        }
    }

    /** Loads the demo data unless it is there; true if it loaded anything. */
    public boolean load() {
        Boolean loaded = SystemAccess.run(() -> transaction.execute(status -> {
            if (actors.organisationIdByName(DemoSeeds.MARKER).isPresent()) {
                return false;
            }
            Map<String, Long> organisations = createOrganisations();
            createPartnerships(organisations);
            Map<String, Long> userIds = createUsers(organisations);
            createPeople(organisations, userIds);
            return true;
        }));
        return Boolean.TRUE.equals(loaded);
    }

    private Map<String, Long> createOrganisations() {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (DemoSeeds.Org o : DemoSeeds.organisations()) {
            ids.put(o.name(), actors.createOrganisation(new OrganisationData(o.name(), o.kind(), o.country(),
                    municipality(o.municipality()), null, null, null, null, o.description())));
        }
        return ids;
    }

    private void createPartnerships(Map<String, Long> organisations) {
        for (DemoSeeds.Partnership p : DemoSeeds.partnerships()) {
            Set<Long> municipalities = new LinkedHashSet<>();
            p.municipalities().forEach(code -> municipalities.add(municipality(code)));
            Map<Long, MemberRole> members = new HashMap<>();
            p.members().forEach((name, role) -> members.put(organisation(organisations, name), role));
            actors.createPartnership(new PartnershipData(p.name(), p.purpose(), p.start(), p.end(), municipalities,
                    members));
        }
    }

    private Map<String, Long> createUsers(Map<String, Long> organisations) {
        Map<String, Long> ids = new HashMap<>();
        for (DemoSeeds.User u : DemoSeeds.users()) {
            if (users.usernameExists(u.username())) {
                continue;
            }
            Long organisation = u.organisation() == null ? null : organisation(organisations, u.organisation());
            ids.put(u.username(), users.createUser(new UserAdministration.NewUser(u.username(), u.displayName(),
                    u.username() + "@demo.kobling.example", DemoSeeds.PASSWORD, organisation, Set.of(u.role()),
                    u.locale())));
        }
        return ids;
    }

    private void createPeople(Map<String, Long> organisations, Map<String, Long> userIds) {
        for (DemoSeeds.Person p : DemoSeeds.people()) {
            long id = actors.createPerson(new PersonData(p.name(), p.roles(), organisation(organisations,
                    p.organisation()), municipality(p.municipality()), p.languages(), p.competences(), p.email(),
                    p.phone(), p.shared(), null));
            Optional.ofNullable(p.username()).map(userIds::get).ifPresent(user -> actors.linkPersonToUser(id, user));
        }
    }

    private long municipality(String countryAndCode) {
        String[] parts = countryAndCode.split(":");
        return geography.municipalityByCode(parts[0], parts[1]).map(MunicipalityRef::id)
                .orElseThrow(() -> new IllegalStateException("demo data: unknown municipality " + countryAndCode));
    }

    private static long organisation(Map<String, Long> organisations, String name) {
        Long id = organisations.get(name);
        if (id == null) {
            throw new IllegalStateException("demo data: unknown organisation " + name);
        }
        return id;
    }
}
