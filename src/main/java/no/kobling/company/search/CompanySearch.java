package no.kobling.company.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
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
import no.kobling.shared.search.NameTokens;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesStep;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
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
    /** The weight of a match on the municipality's name: about what BM25 gave a place word in the index before. */
    static final float PLACE_WEIGHT = 2f;

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
    private final FacetCache facetCache;
    private final PlaceNames placeNames;
    private volatile Boolean lucene;

    @PersistenceContext
    private EntityManager em;

    CompanySearch(Actors actors, CompanyViews views, TargetGroupCatalogue targetGroups,
            ReferenceRepository references, FacetCache facetCache, PlaceNames placeNames) {
        this.actors = actors;
        this.views = views;
        this.targetGroups = targetGroups;
        this.references = references;
        this.facetCache = facetCache;
        this.placeNames = placeNames;
    }

    @PreAuthorize(READ)
    public CompanySearchResult search(CompanyQuery query, Pageable pageable) {
        Criteria c = criteria(query, pageable.getSort());
        int offset = (int) Math.min(pageable.getOffset(), 10_000);
        SearchScope<Company> scope = Search.session(em).scope(Company.class);
        FacetCache.Key key = lucene() ? c.facetKey() : null;
        if (key == null || !facetCache.holds(key)) {
            // one query for the hits, the exact total and the facet counts; on Lucene the counts are kept for the
            // index generation this query read, so the next search with the same text and filters does not count
            IndexGeneration read = key == null ? null : new IndexGeneration();
            SearchResult<Long> result = withFacets(scope, Search.session(em).search(scope)
                    .select(f -> f.id(Long.class)).where(predicate(scope.predicate(), c, read))
                    .sort(sort(scope.sort(), c)))
                    .fetch(offset, pageable.getPageSize());
            FacetCache.Counts counts = counts(result);
            if (key != null) {
                facetCache.put(key, read.segments(), counts);
            }
            return result(result.hits(), pageable, result.total().hitCountLowerBound(), counts);
        }
        // counted before: the hits alone (not every match collected), then the facet counts if they were counted on
        // the very index generation this query read; else (the index changed since) they are counted again
        IndexGeneration read = new IndexGeneration();
        SearchResult<Long> result = Search.session(em).search(scope).select(f -> f.id(Long.class))
                .where(predicate(scope.predicate(), c, read)).sort(sort(scope.sort(), c)).totalHitCountThreshold(offset + pageable.getPageSize())
                .fetch(offset, pageable.getPageSize());
        FacetCache.Counts counts = facetCache.get(key, read.segments());
        if (counts == null) {
            IndexGeneration counted = new IndexGeneration();
            counts = counts(withFacets(scope, Search.session(em).search(scope).select(f -> f.id(Long.class))
                    .where(predicate(scope.predicate(), c, counted))).fetch(0));
            facetCache.put(key, counted.segments(), counts);
        }
        long total = result.total().isHitCountExact() ? result.total().hitCount() : counts.total();
        return result(result.hits(), pageable, total, counts);
    }

    /**
     * Every hit of the query, in the order of {@code sort} ({@code name} or {@code relevance}), handed to the sink a
     * chunk at a time through a scroll: for exports, with no offset limit and no whole result in memory.
     */
    @PreAuthorize(READ)
    public void forEachHit(CompanyQuery query, Sort sort, Consumer<? super CompanyHit> sink) {
        Criteria c = criteria(query, sort);
        SearchScope<Company> scope = Search.session(em).scope(Company.class);
        try (SearchScroll<Company> scroll = Search.session(em).search(scope)
                .where(predicate(scope.predicate(), c, null)).sort(sort(scope.sort(), c)).scroll(EXPORT_CHUNK)) {
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
                    root.add(f.bool().should(namePrefixes(f, NameTokens.of(text), 1f))
                            .should(f.match().field("name").matching(text).boost(2f))
                            .should(f.match().field("orgNumber").matching(text.replace(" ", "")).boost(5f)));
                })
                .sort(f -> f.composite(c -> c.add(f.score()).add(f.field("name_sort"))))
                .fetchHits(Math.max(1, Math.min(limit, 20)));
        Map<Long, MunicipalityRef> places = views.municipalities(found.stream().map(Company::getMunicipalityId).toList());
        return found.stream().map(c -> new Suggestion(c.getId(), c.getName(), c.getOrgNumber(), c.getCountryCode(),
                name(places, c.getMunicipalityId()))).toList();
    }

    /** A company that may be a duplicate: its id, name, number and former names (for the caller's comparison). */
    public record NameCandidate(long id, String name, String orgNumber, List<String> formerNames) {
    }

    /**
     * Candidates with a name close to {@code name} in the municipality (the caller compares them further), best match
     * first: ids from the index, then their names and former names in two statements instead of loading each
     * company as an entity.
     */
    @PreAuthorize(READ)
    public List<NameCandidate> similarNames(String name, Long municipalityId, long excludeId, int max) {
        String text = SearchText.clean(name);
        if (text.isEmpty() || municipalityId == null) {
            return List.of();
        }
        List<Long> ids = Search.session(em).search(Company.class).select(f -> f.id(Long.class))
                .where((f, root) -> {
                    root.add(f.match().field("place.id").matching(municipalityId));
                    root.add(f.not(f.exists().field("mergedIntoId")));
                    root.add(f.not(f.id().matching(excludeId)));
                    root.add(f.bool().should(f.match().fields("name", "formerNames.name").matching(text).fuzzy(2))
                            .should(f.match().field("name").matching(text).boost(2f)));
                })
                .fetchHits(max);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> rows = new HashMap<>();
        for (Object[] row : em.createQuery("select c.id, c.name, c.orgNumber from Company c where c.id in :ids",
                Object[].class).setParameter("ids", ids).getResultList()) {
            rows.put((Long) row[0], row);
        }
        Map<Long, List<String>> formerNames = new HashMap<>();
        for (Object[] row : em.createQuery("select c.id, f.name from Company c join c.formerNames f "
                + "where c.id in :ids", Object[].class).setParameter("ids", ids).getResultList()) {
            formerNames.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        List<NameCandidate> found = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Object[] r = rows.get(id);
            if (r != null) {
                found.add(new NameCandidate(id, (String) r[1], (String) r[2],
                        List.copyOf(formerNames.getOrDefault(id, List.of()))));
            }
        }
        return found;
    }

    /**
     * Free text: the name (exact words first, then former names, typos, and words that start with what was typed),
     * the organisation number, the municipality's names (resolved to municipality ids in memory by {@link PlaceNames},
     * constant weight, as a word of the place is not a word of the company) and the description.
     */
    private static SearchPredicate textPredicate(SearchPredicateFactory f, Criteria c) {
        String text = c.text();
        var any = f.bool()
                .should(f.match().field("name").matching(text).boost(5f))
                .should(f.match().field("formerNames.name").matching(text).boost(3f))
                .should(f.match().fields("name", "formerNames.name").matching(text).fuzzy(text.length() < 5 ? 1 : 2)
                        .boost(1.5f))
                .should(namePrefixes(f, c.words(), 0.5f))
                .should(f.match().field("orgNumber").matching(text.replace(" ", "")).boost(10f))
                .should(f.match().fields("description", "description_nb", "description_sv", "description_fi",
                        "description_en").matching(text));
        if (!c.places().isEmpty()) {
            any.should(f.terms().field("place.id").matchingAny(c.places()).constantScore().boost(PLACE_WEIGHT));
        }
        return any.toPredicate();
    }

    /**
     * Names with a word that starts with one of {@code words} (search as you type), each word a constant {@code boost}:
     * a prefix query on the name's own terms at search time, instead of every prefix of every name word in the index
     * (issue 18.3: the edge n-grams were about 16 of a company document's terms). The words come folded from
     * {@link NameTokens}, so both backends compare the same terms.
     */
    private static SearchPredicate namePrefixes(SearchPredicateFactory f, List<String> words, float boost) {
        if (words.isEmpty()) {
            return f.matchNone().toPredicate();
        }
        var any = f.bool();
        for (String word : words) {
            any.should(f.prefix().field("name").matching(word).boost(boost));
        }
        return any.toPredicate();
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

    /** The cleaned text, the parsed filters and the sort of a search. */
    private record Criteria(CompanyQuery query, String text, List<String> words, List<Long> places,
            List<Long> partnershipArea, SizeBand size, CompanyStatus status, String sortKey, boolean descending) {

        /** What the matches, and so the facet counts, depend on: the cleaned text and the filters (not page or sort). */
        FacetCache.Key facetKey() {
            return new FacetCache.Key(text, blankToNull(query.country()), query.regionId(), query.municipalityId(),
                    partnershipArea, blankToNull(query.nace()), size, blankToNull(query.targetGroup()), status);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
        }
    }

    private Criteria criteria(CompanyQuery query, Sort sort) {
        String text = SearchText.clean(query.text());
        List<Long> partnershipArea = query.partnershipId() == null ? null
                : actors.partnershipMunicipalityIds(query.partnershipId());
        String sortKey = sort.stream().findFirst().map(Sort.Order::getProperty)
                .orElse(text.isEmpty() ? SORT_NAME : SORT_RELEVANCE);
        boolean desc = sort.stream().findFirst().map(Sort.Order::isDescending).orElse(false);
        return new Criteria(query, text, NameTokens.of(text), text.isEmpty() ? List.of()
                : placeNames.municipalities(em, text), partnershipArea, parse(SizeBand.class, query.sizeBand(), "sizeBand"),
                parse(CompanyStatus.class, query.status(), "status"), sortKey, desc);
    }

    /** Live companies matching the text and filters; {@code read} (Lucene only) records the index generation read. */
    private static SearchPredicate predicate(SearchPredicateFactory f, Criteria c, IndexGeneration read) {
        SimpleBooleanPredicateClausesStep<?, ?> root = f.and();
        root.add(f.matchAll());
        root.add(f.not(f.exists().field("mergedIntoId")));
        if (!c.text().isEmpty()) {
            root.add(textPredicate(f, c));
        }
        filters(f, root, c.query(), c.partnershipArea(), c.size(), c.status());
        if (read != null) {
            root.add(f.bool().filter(f.extension(LuceneExtension.get()).fromLuceneQuery(read)));
        }
        return root.toPredicate();
    }

    private static SearchSort sort(SearchSortFactory f, Criteria c) {
        return switch (c.sortKey()) {
            case SORT_NAME -> c.descending() ? f.field("name_sort").desc().toSort() : f.field("name_sort").toSort();
            default -> f.composite(s -> s.add(f.score()).add(f.field("name_sort"))).toSort();
        };
    }

    /** The six facet aggregations, added to a query. */
    private static <H> SearchQueryOptionsStep<?, ?, H, ?, ?, ?> withFacets(SearchScope<Company> scope,
            SearchQueryOptionsStep<?, ?, H, ?, ?, ?> query) {
        SearchAggregationFactory a = scope.aggregation();
        return query.aggregation(COUNTRY, a.terms().field("countryCode", String.class).maxTermCount(10).toAggregation())
                .aggregation(REGION, a.terms().field("place.regionId", Long.class).maxTermCount(100).toAggregation())
                .aggregation(SECTION, a.terms().field("nace.section", String.class).maxTermCount(30).toAggregation())
                .aggregation(SIZE, a.terms().field("sizeBand", SizeBand.class).toAggregation())
                .aggregation(STATUS, a.terms().field("status", CompanyStatus.class).toAggregation())
                .aggregation(TARGET, a.terms().field("targetGroups.code", String.class).maxTermCount(50)
                        .toAggregation());
    }

    private static FacetCache.Counts counts(SearchResult<?> result) {
        return new FacetCache.Counts(result.aggregation(COUNTRY), result.aggregation(REGION),
                result.aggregation(SECTION), result.aggregation(SIZE), result.aggregation(STATUS),
                result.aggregation(TARGET));
    }

    /** Whether the company index is the embedded Lucene one (whose reader generation keys the facet cache). */
    private boolean lucene() {
        Boolean known = lucene;
        if (known == null) {
            known = Search.mapping(em.getEntityManagerFactory()).backend() instanceof LuceneBackend;
            lucene = known;
        }
        return known;
    }

    private CompanySearchResult result(List<Long> ids, Pageable pageable, long total, FacetCache.Counts counts) {
        return new CompanySearchResult(new PageImpl<>(hitsOf(ids), pageable, total), facets(counts));
    }

    /**
     * The rows of a page of hits (ids in the index's order) in one statement of the columns the list shows, instead of
     * loading each company as an entity; a hit whose row is gone is left out, as entity loading does.
     */
    private List<CompanyHit> hitsOf(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Object[]> rows = new HashMap<>();
        for (Object[] row : em.createQuery("select c.id, c.countryCode, c.orgNumber, c.name, p.id, n.code, c.status, "
                + "c.employees from Company c left join c.place p left join c.nace n where c.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            rows.put((Long) row[0], row);
        }
        Map<Long, MunicipalityRef> places = views.municipalities(rows.values().stream().map(r -> (Long) r[4]).toList());
        List<CompanyHit> hits = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Object[] r = rows.get(id);
            if (r != null) {
                hits.add(new CompanyHit(id, (String) r[1], (String) r[2], (String) r[3], name(places, (Long) r[4]),
                        (String) r[5], (CompanyStatus) r[6], SizeBand.of((Integer) r[7])));
            }
        }
        return hits;
    }

    private List<CompanyHit> hits(List<Company> companies) {
        Map<Long, MunicipalityRef> places = views.municipalities(
                companies.stream().map(Company::getMunicipalityId).toList());
        return companies.stream().map(c -> new CompanyHit(c.getId(), c.getCountryCode(), c.getOrgNumber(), c.getName(),
                name(places, c.getMunicipalityId()), c.naceCode(), c.getStatus(), c.getSizeBand())).toList();
    }

    private Facets facets(FacetCache.Counts counts) {
        Map<Long, Long> regionCounts = counts.region();
        Map<Long, String> regionNames = references.findByIdIn(regionCounts.keySet()).stream()
                .collect(Collectors.toMap(r -> r.getId(), r -> r.getName()));
        Map<String, String> groupNames = targetGroups.all().stream()
                .collect(Collectors.toMap(TargetGroupView::code, TargetGroupView::name));
        return new Facets(
                values(counts.country(), Function.identity(), k -> null),
                values(regionCounts, String::valueOf, k -> regionNames.getOrDefault(k, String.valueOf(k))),
                values(counts.section(), Function.identity(), k -> null),
                ordered(counts.size(), SizeBand.values()),
                ordered(counts.status(), CompanyStatus.values()),
                values(counts.targetGroup(), Function.identity(), groupNames::get));
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
