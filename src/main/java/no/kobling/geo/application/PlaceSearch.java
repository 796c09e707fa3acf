package no.kobling.geo.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import no.kobling.geo.domain.Municipality;
import no.kobling.geo.domain.NaceCode;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over places and industry codes (Hibernate Search, Lucene embedded). Any name in any language
 * matches, diacritics optional ("Karasjohka" finds "Kárášjohka"), word prefixes match for search-as-you-type.
 */
@Service
@Transactional(readOnly = true)
public class PlaceSearch {

    public static final String SORT_NAME = "name";
    public static final String SORT_CODE = "code";
    public static final String SORT_RELEVANCE = "relevance";

    @PersistenceContext
    private EntityManager em;

    /** Municipalities matching {@code text} (blank = all) in a country and/or region (null = any). */
    public Page<Municipality> municipalities(String text, String countryCode, Long regionId, Pageable pageable) {
        String q = text == null ? "" : text.trim();
        SearchResult<Municipality> result = Search.session(em).search(Municipality.class)
                .where((f, root) -> {
                    root.add(f.matchAll());
                    if (!q.isEmpty()) {
                        root.add(f.bool()
                                .should(f.match().fields("names", "name").matching(q).boost(2f))
                                .should(f.match().fields("names_prefix", "name_prefix").matching(q))
                                .should(f.match().field("code").matching(q).boost(3f)));
                    }
                    if (countryCode != null && !countryCode.isBlank()) {
                        root.add(f.match().field("countryCode").matching(countryCode.toUpperCase()));
                    }
                    if (regionId != null) {
                        root.add(f.match().field("region.id").matching(regionId));
                    }
                })
                .sort(f -> {
                    Sort.Order order = pageable.getSort().stream().findFirst().orElse(null);
                    String key = order == null ? (q.isEmpty() ? SORT_NAME : SORT_RELEVANCE) : order.getProperty();
                    boolean desc = order != null && order.isDescending();
                    return switch (key) {
                        case SORT_CODE -> desc ? f.field("code").desc() : f.field("code").asc();
                        case SORT_NAME -> desc ? f.field("name_sort").desc() : f.field("name_sort").asc();
                        default -> f.composite(c -> c.add(f.score()).add(f.field("name_sort")));
                    };
                })
                .fetch((int) pageable.getOffset(), pageable.getPageSize());
        return new PageImpl<>(result.hits(), pageable, result.total().hitCount());
    }

    /** NACE codes whose code starts with or whose titles (any language) contain the words of {@code text}. */
    public List<NaceCode> nace(String text, Integer level, int limit) {
        return naceQuery(text, level, null).fetchHits(Math.max(1, Math.min(limit, 200)));
    }

    /**
     * A page of NACE codes matching {@code text} (blank = all, in hierarchy order) on a level and/or under a direct
     * parent (null = any), best matches first.
     */
    public Page<NaceCode> nace(String text, Integer level, String parentCode, Pageable pageable) {
        SearchResult<NaceCode> result = naceQuery(text, level, parentCode)
                .fetch((int) pageable.getOffset(), pageable.getPageSize());
        return new PageImpl<>(result.hits(), pageable, result.total().hitCount());
    }

    private org.hibernate.search.engine.search.query.SearchQuery<NaceCode> naceQuery(String text, Integer level,
            String parentCode) {
        String q = text == null ? "" : text.trim();
        return Search.session(em).search(NaceCode.class)
                .where((f, root) -> {
                    root.add(f.matchAll());
                    if (!q.isEmpty()) {
                        root.add(f.bool()
                                .should(f.match().fields("title_en", "title_nb", "title_sv", "title_fi").matching(q))
                                .should(f.match().field("code_prefix").matching(q).boost(3f))
                                .should(f.match().field("code_keyword").matching(q).boost(5f)));
                    }
                    if (level != null) {
                        root.add(f.match().field("level").matching(level));
                    }
                    if (parentCode != null && !parentCode.isBlank()) {
                        root.add(f.match().field("parentCode").matching(parentCode.trim()));
                    }
                })
                .sort(f -> q.isEmpty() ? f.field("sortOrder") : f.composite(c -> c.add(f.score()).add(f.field("sortOrder"))))
                .toQuery();
    }
}
