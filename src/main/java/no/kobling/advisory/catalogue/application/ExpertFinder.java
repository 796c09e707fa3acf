package no.kobling.advisory.catalogue.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kobling.actor.Actors;
import no.kobling.actor.ExpertRef;
import no.kobling.advisory.application.NeedTypeOptions;
import no.kobling.advisory.catalogue.application.CatalogueAccess.Caller;
import no.kobling.advisory.catalogue.domain.ExpertCapacity;
import no.kobling.advisory.catalogue.domain.ExpertRanking;
import no.kobling.advisory.catalogue.domain.ExpertRanking.Candidate;
import no.kobling.advisory.catalogue.domain.ExpertRanking.Place;
import no.kobling.advisory.catalogue.domain.ExpertRanking.Ranked;
import no.kobling.advisory.catalogue.persistence.BookingRepository;
import no.kobling.advisory.catalogue.persistence.ExpertCapacityRepository;
import no.kobling.company.CompanyRef;
import no.kobling.geo.Geography;
import no.kobling.geo.MunicipalityRef;
import no.kobling.identity.Permission;
import no.kobling.identity.UserZones;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds mentors/experts across the caller's partnerships for a need (or a competence), ranked by
 * {@link ExpertRanking}; keeps each expert's hours per month (default {@value ExpertCapacity#DEFAULT_HOURS}).
 */
@Service
public class ExpertFinder {

    static final String FIND = "hasAnyAuthority('LOG_ACTIVITIES', 'FACILITATE_PARTNER_SEARCH')";

    private final Actors actors;
    private final ExpertCapacityRepository capacities;
    private final BookingRepository bookings;
    private final CatalogueAccess access;
    private final Geography geography;
    private final ObjectProvider<NeedTypeOptions> needTypes;
    private final Clock clock;
    private final UserZones userZones;

    ExpertFinder(Actors actors, ExpertCapacityRepository capacities, BookingRepository bookings,
            CatalogueAccess access, Geography geography, ObjectProvider<NeedTypeOptions> needTypes, Clock clock,
            UserZones userZones) {
        this.actors = actors;
        this.capacities = capacities;
        this.bookings = bookings;
        this.access = access;
        this.geography = geography;
        this.needTypes = needTypes;
        this.clock = clock;
        this.userZones = userZones;
    }

    /** What to search for: a need code (via the needs taxonomy) or a competence code; the rest optional. */
    public record Search(String needCode, String competenceCode, String language, String countryCode,
            Long companyId, YearMonth month) {
    }

    public record Result(Set<String> competences, YearMonth month, String companyName, List<ExpertMatch> matches) {
    }

    /** Needs the caller can pick (empty when needs assessment is not installed). */
    public List<NeedTypeOptions.NeedTypeOption> needOptions(Locale locale) {
        NeedTypeOptions options = needTypes.getIfAvailable();
        return options == null ? List.of() : options.needTypes(locale);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(FIND)
    public Result find(Search search) {
        Caller caller = access.caller();
        Set<String> wanted = competences(search);
        YearMonth month = search.month() == null ? YearMonth.from(userZones.today()) : search.month();
        String language = search.language() == null || search.language().isBlank() ? null
                : search.language().strip().toLowerCase(Locale.ROOT);
        String country = search.countryCode() == null || search.countryCode().isBlank() ? null
                : search.countryCode().strip().toUpperCase(Locale.ROOT);
        Place companyPlace = Place.UNKNOWN;
        String companyName = null;
        if (search.companyId() != null) {
            CompanyRef company = access.company(caller, search.companyId());
            companyName = company.name();
            companyPlace = place(company.municipalityId() == null ? null
                    : geography.municipality(company.municipalityId()).orElse(null), company.countryCode());
        }
        List<ExpertRef> experts = actors.experts();
        Map<Long, MunicipalityRef> homes = homes(experts);
        List<ExpertRef> inCountry = experts.stream()
                .filter(e -> country == null || country.equals(countryOf(e, homes))).toList();
        Map<Long, BigDecimal> perMonth = hoursPerMonth(inCountry);
        Map<Long, BigDecimal> booked = booked(inCountry, month);
        Map<Long, ExpertRef> byId = inCountry.stream().collect(Collectors.toMap(ExpertRef::personId,
                Function.identity()));
        List<Candidate> candidates = inCountry.stream().map(e -> new Candidate(e.personId(), e.name(),
                e.languages(), e.competences(), place(homes.get(e.homeMunicipalityId()), e.countryCode()),
                perMonth.get(e.personId()), booked.getOrDefault(e.personId(), BigDecimal.ZERO))).toList();
        Map<String, String> competenceNames = actors.competenceNames();
        List<ExpertMatch> matches = ExpertRanking.rank(new ExpertRanking.Query(wanted, language, companyPlace),
                candidates).stream().map(r -> match(r, byId.get(r.candidate().personId()), homes, wanted,
                        language, month, competenceNames)).toList();
        return new Result(wanted, month, companyName, matches);
    }

    /** Sets an expert's hours per month: the expert themselves, their organisation's people manager, or an admin. */
    @Transactional
    @PreAuthorize("hasAnyAuthority('OFFER_EXPERTISE', 'MANAGE_PEOPLE')")
    public int setCapacity(long personId, int hoursPerMonth) {
        Caller caller = access.caller();
        ExpertRef expert = expert(personId);
        boolean self = caller.userId() != null && caller.userId().equals(expert.userId());
        boolean manager = caller.has(Permission.MANAGE_PEOPLE) && caller.belongsTo(expert.organisationId());
        if (!caller.seesAll() && !self && !manager) {
            throw new AccessDeniedException("not this expert's capacity");
        }
        ExpertCapacity capacity = capacities.findById(personId).orElse(null);
        if (capacity == null) {
            capacities.save(new ExpertCapacity(personId, hoursPerMonth));
        } else {
            capacity.change(hoursPerMonth);
        }
        capacities.flush();
        return hoursPerMonth;
    }

    /** An expert the caller may see; 404 otherwise. */
    ExpertRef expert(long personId) {
        return actors.experts().stream().filter(e -> e.personId() == personId).findFirst()
                .orElseThrow(() -> new NotFoundException("catalogue.expert", personId));
    }

    /** An expert's hours per month (the default when not stated). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int capacityOf(long personId) {
        return hoursPerMonth(expert(personId).personId()).intValue();
    }

    List<ExpertRef> visibleExperts() {
        return actors.experts();
    }

    BigDecimal hoursPerMonth(long personId) {
        return capacities.findById(personId).map(c -> BigDecimal.valueOf(c.getHoursPerMonth()))
                .orElse(BigDecimal.valueOf(ExpertCapacity.DEFAULT_HOURS));
    }

    private Set<String> competences(Search search) {
        if (search.needCode() != null && !search.needCode().isBlank()) {
            NeedTypeOptions options = needTypes.getIfAvailable();
            List<String> codes = options == null ? List.of() : options.competencesFor(search.needCode().strip());
            if (codes.isEmpty()) {
                throw DomainException.rule("need-unknown", "catalogue.error.need-unknown", search.needCode());
            }
            return new HashSet<>(codes);
        }
        if (search.competenceCode() == null || search.competenceCode().isBlank()) {
            throw DomainException.rule("expert-need-required", "catalogue.error.need-required");
        }
        String code = search.competenceCode().strip();
        if (!actors.competenceNames().containsKey(code)) {
            throw DomainException.rule("competence-unknown", "catalogue.error.competence-unknown", code);
        }
        return Set.of(code);
    }

    private ExpertMatch match(Ranked r, ExpertRef e, Map<Long, MunicipalityRef> homes, Set<String> wanted,
            String language, YearMonth month, Map<String, String> competenceNames) {
        MunicipalityRef home = homes.get(e.homeMunicipalityId());
        List<String> matched = r.matchedCompetences().stream().map(c -> competenceNames.getOrDefault(c, c)).toList();
        List<ExpertMatch.Reason> reasons = new java.util.ArrayList<>();
        reasons.add(new ExpertMatch.Reason("catalogue.expert.reason.competence",
                List.of(String.join(", ", matched), r.matchedCompetences().size(), wanted.size())));
        if (language != null) {
            String languageName = Locale.forLanguageTag(language).getDisplayLanguage(LocaleContextHolder.getLocale());
            reasons.add(new ExpertMatch.Reason(r.speaksLanguage() ? "catalogue.expert.reason.speaks"
                    : "catalogue.expert.reason.does-not-speak", List.of(languageName)));
        }
        reasons.add(new ExpertMatch.Reason("catalogue.expert.reason.capacity",
                List.of(r.hoursLeft().stripTrailingZeros().toPlainString(),
                        r.candidate().hoursPerMonth().stripTrailingZeros().toPlainString(), month.toString())));
        reasons.add(new ExpertMatch.Reason("catalogue.expert.distance." + r.distance().name(),
                List.of(home == null ? "–" : home.name())));
        return new ExpertMatch(e.personId(), e.name(), e.organisationName(), home == null ? null : home.name(),
                e.languages().stream().sorted().toList(), r.score(), matched, r.speaksLanguage(),
                r.candidate().hoursPerMonth(), r.hoursLeft(), r.distance().name(), List.copyOf(reasons));
    }

    private Map<Long, MunicipalityRef> homes(List<ExpertRef> experts) {
        Set<Long> ids = experts.stream().map(ExpertRef::homeMunicipalityId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, MunicipalityRef> map = new HashMap<>();
        geography.municipalities(ids).forEach(m -> map.put(m.id(), m));
        return map;
    }

    private static String countryOf(ExpertRef e, Map<Long, MunicipalityRef> homes) {
        MunicipalityRef home = homes.get(e.homeMunicipalityId());
        return home != null ? home.countryCode() : e.countryCode();
    }

    private static Place place(MunicipalityRef m, String fallbackCountry) {
        return m == null ? new Place(null, null, fallbackCountry) : new Place(m.id(), m.regionCode(), m.countryCode());
    }

    private Map<Long, BigDecimal> hoursPerMonth(List<ExpertRef> experts) {
        Map<Long, BigDecimal> map = new HashMap<>();
        experts.forEach(e -> map.put(e.personId(), BigDecimal.valueOf(ExpertCapacity.DEFAULT_HOURS)));
        capacities.findAllById(map.keySet()).forEach(c -> map.put(c.getPersonId(),
                BigDecimal.valueOf(c.getHoursPerMonth())));
        return map;
    }

    private Map<Long, BigDecimal> booked(List<ExpertRef> experts, YearMonth month) {
        if (experts.isEmpty()) {
            return Map.of();
        }
        Map<Long, BigDecimal> map = new HashMap<>();
        bookings.bookedHours(experts.stream().map(ExpertRef::personId).toList(), month.atDay(1))
                .forEach(row -> map.put(((Number) row[0]).longValue(), (BigDecimal) row[1]));
        return map;
    }
}
