package no.kobling.actor.application;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kobling.actor.domain.Countries;
import no.kobling.actor.domain.Organisation;
import no.kobling.actor.domain.Partnership;
import no.kobling.actor.domain.Person;
import no.kobling.actor.persistence.OrganisationRepository;
import no.kobling.geo.Geography;
import no.kobling.geo.MunicipalityRef;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns actor entities into views, loading names of municipalities and organisations in batches. */
@Component
class ActorViews {

    private final Geography geography;
    private final OrganisationRepository organisations;

    ActorViews(Geography geography, OrganisationRepository organisations) {
        this.geography = geography;
        this.organisations = organisations;
    }

    OrganisationView organisation(Organisation o) {
        return organisations(List.of(o)).get(0);
    }

    List<OrganisationView> organisations(List<Organisation> list) {
        Map<Long, MunicipalityRef> places = municipalities(list.stream().map(Organisation::getHomeMunicipalityId)
                .filter(Objects::nonNull).toList());
        return list.stream().map(o -> new OrganisationView(o.getId(), o.getName(), o.getKind(), o.getCountryCode(),
                o.getHomeMunicipalityId() == null ? null : places.get(o.getHomeMunicipalityId()), o.getOrganisationNumber(), o.getWebsite(), o.getEmail(),
                o.getPhone(), o.getDescription(), o.getTimeZone(), o.getVersion())).toList();
    }

    PartnershipView partnership(Partnership p) {
        Map<Long, Organisation> members = organisationsById(p.getMembers().keySet());
        Collator collator = collator();
        List<PartnershipView.Member> memberViews = p.getMembers().entrySet().stream()
                .filter(e -> members.containsKey(e.getKey()))
                .map(e -> {
                    Organisation o = members.get(e.getKey());
                    return new PartnershipView.Member(o.getId(), o.getName(), o.getKind(), o.getCountryCode(),
                            e.getValue());
                })
                .sorted(Comparator.comparing((PartnershipView.Member m) -> m.role().ordinal())
                        .thenComparing(PartnershipView.Member::organisationName, collator))
                .toList();
        List<MunicipalityRef> places = geography.municipalities(p.getMunicipalityIds()).stream()
                .sorted(Comparator.comparing(MunicipalityRef::countryCode, Comparator.comparingInt(ActorViews::countryOrder))
                        .thenComparing(MunicipalityRef::name, collator))
                .toList();
        return new PartnershipView(p.getId(), p.getName(), p.getPurpose(), p.getStartDate(), p.getEndDate(), places,
                memberViews, p.getCreatedBy(), p.getCreatedAt(), p.getTimeZone(), p.getVersion());
    }

    PartnershipSummary summary(Partnership p, Long organisationId) {
        return new PartnershipSummary(p.getId(), p.getName(), p.getStartDate(), p.getEndDate(),
                p.getMunicipalityIds().size(), p.getMembers().size(), p.roleOf(organisationId).orElse(null));
    }

    PersonView person(Person p) {
        return people(List.of(p)).get(0);
    }

    List<PersonView> people(List<Person> list) {
        Map<Long, Organisation> orgs = organisationsById(list.stream().map(Person::getOrganisationId).toList());
        Map<Long, MunicipalityRef> places = municipalities(list.stream().map(Person::getHomeMunicipalityId)
                .filter(Objects::nonNull).toList());
        Locale locale = LocaleContextHolder.getLocale();
        return list.stream().map(p -> new PersonView(p.getId(), p.getName(),
                p.getRoles().stream().sorted().toList(), p.getOrganisationId(),
                orgs.containsKey(p.getOrganisationId()) ? orgs.get(p.getOrganisationId()).getName() : null,
                p.getHomeMunicipalityId() == null ? null : places.get(p.getHomeMunicipalityId()),
                p.getLanguages().stream().sorted(Comparator.comparingInt(ActorViews::languageOrder)).toList(),
                p.getCompetences().stream().sorted(Comparator.comparingInt(c -> c.getSortOrder()))
                        .map(c -> CompetenceCatalogue.view(c, locale)).toList(),
                p.getEmail(), p.getPhone(), p.isSharedWithPartnerships(), p.getUserId(), p.getVersion())).toList();
    }

    Map<Long, Organisation> organisationsById(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return organisations.findAllById(new HashSet<>(ids)).stream()
                .collect(Collectors.toMap(Organisation::getId, Function.identity()));
    }

    private Map<Long, MunicipalityRef> municipalities(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return geography.municipalities(new HashSet<>(ids)).stream()
                .collect(Collectors.toMap(MunicipalityRef::id, Function.identity(), (a, b) -> a));
    }

    static Collator collator() {
        Collator collator = Collator.getInstance(LocaleContextHolder.getLocale());
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }

    static int countryOrder(String code) {
        int i = Countries.CODES.indexOf(code);
        return i < 0 ? 99 : i;
    }

    static int languageOrder(String code) {
        int i = Person.LANGUAGES.indexOf(code);
        return i < 0 ? 99 : i;
    }
}
