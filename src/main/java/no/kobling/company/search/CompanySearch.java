package no.kobling.company.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.kobling.actor.Actors;
import no.kobling.company.application.CompanyViews;
import no.kobling.company.application.TargetGroupCatalogue;
import no.kobling.company.application.Views.CompanyHit;
import no.kobling.company.application.Views.FacetValue;
import no.kobling.company.application.Views.Facets;
import no.kobling.company.application.Views.Suggestion;
import no.kobling.company.application.Views.TargetGroupView;
import no.kobling.company.domain.Company;
import no.kobling.company.domain.CompanyStatus;
import no.kobling.company.domain.SizeBand;
import no.kobling.company.persistence.ReferenceRepository;
import no.kobling.geo.MunicipalityRef;
import no.kobling.shared.DomainException;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Company search over the Lucene index: free text over names, former names and descriptions (diacritics optional,
 * typos tolerated), filters, facet counts, relevance or name order, paging, and autocomplete on names. Any input is
 * cleaned by {@link SearchText} first, so no query syntax reaches Lucene.
 */
@Service
@Transactional(readOnly = true)
public class CompanySearch {

    public static final String SORT_RELEVANCE = "relevance";
    public static final String SORT_NAME = "name";
    static final int EXPORT_CHUNK = 200;
    static final String READ = "hasAnyAuthority('MANAGE_COMPANIES', 'VIEW_DIRECTORY')";

    private static final AggregationKey<Map<String, Long>> COUNTRY = AggregationKey.of("country");
    private static final AggregationKey<Map<Long, Long>> REGION = AggregationKey.of("region");
    private static final AggregationKey<Map<String, Long>> SECTION = AggregationKey.of("section");
    private static final AggregationKey<Map<SizeBand, Long>> SIZE = AggregationKey.of("size");
    private static final AggregationKey<Map<CompanyStatus, Long>> STATUS = AggregationKey.of("status");
    private static final AggregationKey<Map<String, Long>> TARGET = AggregationKey.of("target");

    private final Actors actors;
    private final CompanyViews views;
    private final TargetGroupCatalogue targetGroups;
    private final ReferenceRepository references;

    @PersistenceContext
    private EntityManager em;

    CompanySearch(Actors actors, CompanyViews views, TargetGroupCatalogue targetGroups,
            ReferenceRepository references) {
        this.actors = actors;
        this.views = views;
        this.targetGroups = targetGroups;
        this.references = references;
    }

    @PreAuthorize(READ)
    public CompanySearchResult search(CompanyQuery query, Pageable pageable) {
        String text = SearchText.clean(query.text());
        List<Long> partnershipArea = query.partnershipId() == null ? null
                : actors.partnershipMunicipalityIds(query.partnershipId());
        SizeBand size = parse(SizeBand.class, query.sizeBand(), "sizeBand");
        CompanyStatus status = parse(CompanyStatus.class, query.status(), "status");
        String sortKey = pageable.getSort().stream().findFirst().map(Sort.Order::getProperty)
                .orElse(text.isEmpty() ? SORT_NAME : SORT_RELEVANCE);
        boolean desc = pageable.getSort().stream().findFirst().map(Sort.Order::isDescending).orElse(false);
        SearchResult<Company> result = Search.session(em).search(Company.class)
                .where((f, root) -> {
                    root.add(f.matchAll());
                    root.add(f.not(f.exists().field("mergedIntoId")));
                    if (!text.isEmpty()) {
                        root.add(textPredicate(f, text));
                    }
                    filters(f, root, query, partnershipArea, size, status);
                })
                .sort(f -> switch (sortKey) {
                    case SORT_NAME -> desc ? f.field("name_sort").desc() : f.field("name_sort").asc();
                    default -> f.composite(c -> c.add(f.score()).add(f.field("name_sort")));
                })
                .aggregation(COUNTRY, f -> f.terms().field("countryCode", String.class).maxTermCount(10))
                .aggregation(REGION, f -> f.terms().field("place.regionId", Long.class).maxTermCount(100))
                .aggregation(SECTION, f -> f.terms().field("nace.section", String.class).maxTermCount(30))
                .aggregation(SIZE, f -> f.terms().field("sizeBand", SizeBand.class))
                .aggregation(STATUS, f -> f.terms().field("status", CompanyStatus.class))
                .aggregation(TARGET, f -> f.terms().field("targetGroups.code", String.class).maxTermCount(50))
                .fetch((int) Math.min(pageable.getOffset(), 10_000), pageable.getPageSize());
        List<CompanyHit> hits = hits(result.hits());
        return new CompanySearchResult(new PageImpl<>(hits, pageable, result.total().hitCountLowerBound()),
                facets(result));
    }

    /**
     * Every hit of the query, in the order of {@code sort} ({@code name} or {@code relevance}), handed to the sink a
     * chunk at a time through a scroll: for exports, with no offset limit and no whole result in memory.
     */
    @PreAuthorize(READ)
    public void forEachHit(CompanyQuery query, Sort sort, Consumer<? super CompanyHit> sink) {
        String text = SearchText.clean(query.text());
        List<Long> partnershipArea = query.partnershipId() == null ? null
                : actors.partnershipMunicipalityIds(query.partnershipId());
        SizeBand size = parse(SizeBand.class, query.sizeBand(), "sizeBand");
        CompanyStatus status = parse(CompanyStatus.class, query.status(), "status");
        String sortKey = sort.stream().findFirst().map(Sort.Order::getProperty)
                .orElse(text.isEmpty() ? SORT_NAME : SORT_RELEVANCE);
        boolean desc = sort.stream().findFirst().map(Sort.Order::isDescending).orElse(false);
        try (SearchScroll<Company> scroll = Search.session(em).search(Company.class)
                .where((f, root) -> {
                    root.add(f.matchAll());
                    root.add(f.not(f.exists().field("mergedIntoId")));
                    if (!text.isEmpty()) {
                        root.add(textPredicate(f, text));
                    }
                    filters(f, root, query, partnershipArea, size, status);
                })
                .sort(f -> switch (sortKey) {
                    case SORT_NAME -> desc ? f.field("name_sort").desc() : f.field("name_sort").asc();
                    default -> f.composite(c -> c.add(f.score()).add(f.field("name_sort")));
                })
                .scroll(EXPORT_CHUNK)) {
            for (SearchScrollResult<Company> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
                hits(chunk.hits()).forEach(sink);
                em.clear();
            }
        }
    }

    /** Companies whose name starts with the words typed so far, for autocomplete. */
    @PreAuthorize(READ)
    public List<Suggestion> suggest(String input, int limit) {
        String text = SearchText.clean(input);
        if (text.isEmpty()) {
            return List.of();
        }
        List<Company> found = Search.session(em).search(Company.class)
                .where((f, root) -> {
                    root.add(f.not(f.exists().field("mergedIntoId")));
                    root.add(f.bool().should(f.match().field("name_prefix").matching(text))
                            .should(f.match().field("name").matching(text).boost(2f))
                            .should(f.match().field("orgNumber").matching(text.replace(" ", "")).boost(5f)));
                })
                .sort(f -> f.composite(c -> c.add(f.score()).add(f.field("name_sort"))))
                .fetchHits(Math.max(1, Math.min(limit, 20)));
        Map<Long, MunicipalityRef> places = views.municipalities(found.stream().map(Company::getMunicipalityId).toList());
        return found.stream().map(c -> new Suggestion(c.getId(), c.getName(), c.getOrgNumber(), c.getCountryCode(),
                name(places, c.getMunicipalityId()))).toList();
    }

    /** Candidates with a name close to {@code name} in the municipality (the caller compares them further). */
    @PreAuthorize(READ)
    public List<Company> similarNames(String name, Long municipalityId, long excludeId, int max) {
        String text = SearchText.clean(name);
        if (text.isEmpty() || municipalityId == null) {
            return List.of();
        }
        return Search.session(em).search(Company.class)
                .where((f, root) -> {
                    root.add(f.match().field("place.id").matching(municipalityId));
                    root.add(f.not(f.exists().field("mergedIntoId")));
                    root.add(f.not(f.id().matching(excludeId)));
                    root.add(f.bool().should(f.match().fields("name", "formerNames.name").matching(text).fuzzy(2))
                            .should(f.match().field("name").matching(text).boost(2f)));
                })
                .fetchHits(max);
    }

    private static org.hibernate.search.engine.search.predicate.SearchPredicate textPredicate(
            SearchPredicateFactory f, String text) {
        return f.bool()
                .should(f.match().field("name").matching(text).boost(5f))
                .should(f.match().field("formerNames.name").matching(text).boost(3f))
                .should(f.match().fields("name", "formerNames.name").matching(text).fuzzy(text.length() < 5 ? 1 : 2)
                        .boost(1.5f))
                .should(f.match().field("name_prefix").matching(text).boost(0.5f))
                .should(f.match().field("orgNumber").matching(text.replace(" ", "")).boost(10f))
                .should(f.match().fields("place.name", "place.names").matching(text))
                .should(f.match().fields("description", "description_nb", "description_sv", "description_fi",
                        "description_en").matching(text))
                .toPredicate();
    }

    private static void filters(SearchPredicateFactory f, SimpleBooleanPredicateClausesCollector<?, ?> root,
            CompanyQuery q, List<Long> partnershipArea, SizeBand size, CompanyStatus status) {
        if (q.country() != null && !q.country().isBlank()) {
            root.add(f.match().field("countryCode").matching(q.country().strip().toUpperCase(Locale.ROOT)));
        }
        if (q.regionId() != null) {
            root.add(f.match().field("place.regionId").matching(q.regionId()));
        }
        if (q.municipalityId() != null) {
            root.add(f.match().field("place.id").matching(q.municipalityId()));
        }
        if (partnershipArea != null) {
            root.add(partnershipArea.isEmpty() ? f.not(f.matchAll())
                    : f.terms().field("place.id").matchingAny(partnershipArea));
        }
        if (q.nace() != null && !q.nace().isBlank()) {
            root.add(f.match().field("nace.levels").matching(q.nace().strip().toUpperCase(Locale.ROOT)));
        }
        if (size != null) {
            root.add(f.match().field("sizeBand").matching(size));
        }
        if (q.targetGroup() != null && !q.targetGroup().isBlank()) {
            root.add(f.match().field("targetGroups.code").matching(q.targetGroup().strip()));
        }
        if (status != null) {
            root.add(f.match().field("status").matching(status));
        }
    }

    private List<CompanyHit> hits(List<Company> companies) {
        Map<Long, MunicipalityRef> places = views.municipalities(
                companies.stream().map(Company::getMunicipalityId).toList());
        return companies.stream().map(c -> new CompanyHit(c.getId(), c.getCountryCode(), c.getOrgNumber(), c.getName(),
                name(places, c.getMunicipalityId()), c.naceCode(), c.getStatus(), c.getSizeBand())).toList();
    }

    private Facets facets(SearchResult<Company> result) {
        Map<Long, Long> regionCounts = result.aggregation(REGION);
        Map<Long, String> regionNames = references.findByIdIn(regionCounts.keySet()).stream()
                .collect(Collectors.toMap(r -> r.getId(), r -> r.getName()));
        Map<String, String> groupNames = targetGroups.all().stream()
                .collect(Collectors.toMap(TargetGroupView::code, TargetGroupView::name));
        return new Facets(
                values(result.aggregation(COUNTRY), Function.identity(), k -> null),
                values(regionCounts, String::valueOf, k -> regionNames.getOrDefault(k, String.valueOf(k))),
                values(result.aggregation(SECTION), Function.identity(), k -> null),
                ordered(result.aggregation(SIZE), SizeBand.values()),
                ordered(result.aggregation(STATUS), CompanyStatus.values()),
                values(result.aggregation(TARGET), Function.identity(), groupNames::get));
    }

    private static <K> List<FacetValue> values(Map<K, Long> counts, Function<K, String> value,
            Function<K, String> label) {
        List<FacetValue> list = new ArrayList<>();
        counts.forEach((k, n) -> list.add(new FacetValue(value.apply(k), label.apply(k), n)));
        list.sort(Comparator.comparing((FacetValue v) -> v.label() == null ? v.value() : v.label()));
        return list;
    }

    private static <E extends Enum<E>> List<FacetValue> ordered(Map<E, Long> counts, E[] order) {
        return Arrays.stream(order).filter(counts::containsKey)
                .map(e -> new FacetValue(e.name(), null, counts.get(e))).toList();
    }

    private static String name(Map<Long, MunicipalityRef> places, Long id) {
        MunicipalityRef ref = id == null ? null : places.get(id);
        return ref == null ? null : ref.name();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(400, "invalid-parameter", "error.invalid-parameter", parameter);
        }
    }
}
