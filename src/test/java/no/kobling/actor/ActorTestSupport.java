package no.kobling.actor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.kobling.actor.application.PersonFilter;
import no.kobling.actor.application.PersonService;
import no.kobling.actor.application.PersonView;
import no.kobling.geo.Geography;
import no.kobling.identity.SystemAccess;
import no.kobling.identity.application.ApiTokenService;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Helpers of the actor integration tests: sign in as a demo user, get API tokens, find and create records. Not a
 * bean (tests must not change the shared context): build it with {@link #from(ApplicationContext)}.
 */
public class ActorTestSupport {

    private final UserDetailsService userDetails;
    private final ApiTokenService tokens;
    private final Actors actors;
    private final PersonService people;
    private final Geography geography;

    ActorTestSupport(UserDetailsService userDetails, ApiTokenService tokens, Actors actors, PersonService people,
            Geography geography) {
        this.userDetails = userDetails;
        this.tokens = tokens;
        this.actors = actors;
        this.people = people;
        this.geography = geography;
    }

    public static ActorTestSupport from(ApplicationContext context) {
        return new ActorTestSupport(context.getBean(UserDetailsService.class), context.getBean(ApiTokenService.class),
                context.getBean(Actors.class), context.getBean(PersonService.class), context.getBean(Geography.class));
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Signs the request in as the user (as a real session would: their permissions and organisation). */
    public RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    /** A fresh personal API token of the user, as "Authorization: Bearer ..." value. */
    public String bearer(String username) {
        return "Bearer " + asUser(username, () -> tokens.create(unique("test"), 1).secret());
    }

    public <T> T asUser(String username, java.util.function.Supplier<T> work) {
        UserDetails details = userDetails.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
                details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public long organisation(String name) {
        return SystemAccess.run(() -> actors.organisationIdByName(name)).orElseThrow();
    }

    public long partnership(String name) {
        return SystemAccess.run(() -> actors.partnershipIdByName(name)).orElseThrow();
    }

    public long person(String name) {
        return SystemAccess.run(() -> people.search(new PersonFilter(name, null, null, null, null),
                PageRequest.of(0, 5)).getContent().stream().filter(p -> p.name().equals(name)).findFirst()
                .map(PersonView::id).orElseThrow());
    }

    public long municipality(String country, String code) {
        return geography.municipalityByCode(country, code).orElseThrow().id();
    }

    public Actors.Counts counts() {
        return SystemAccess.run(actors::counts);
    }

    public long newOrganisation(String name, OrganisationKind kind, String country) {
        return SystemAccess.run(() -> actors.createOrganisation(
                new OrganisationData(name, kind, country, null, null, null, null, null, null)));
    }

    public long newPartnership(String name, Map<Long, MemberRole> members) {
        return SystemAccess.run(() -> actors.createPartnership(new PartnershipData(name, null,
                java.time.LocalDate.of(2025, 1, 1), null, Set.of(), members)));
    }

    public long newPerson(String name, long organisation, boolean shared) {
        return SystemAccess.run(() -> actors.createPerson(new PersonData(name, Set.of(NetworkRole.ADVISOR),
                organisation, null, Set.of("nb"), Set.of("export"), null, null, shared, null)));
    }
}
