package no.kobling.company.search;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import no.kobling.company.domain.CompanyStatus;
import no.kobling.company.domain.SizeBand;
import org.apache.lucene.index.IndexReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Facet counts of searches (the whole country, a county, a NACE code, a name typed with or without filters...), kept
 * per index generation: an entry is only handed out to a query that read exactly the same index segments as the query that computed it
 * ({@link IndexGeneration}), so a company added, changed or removed on any path (a form, the API, an import run, a
 * full re-index) makes the next search count again. Least recently used entries go first beyond the capacity
 * ({@code kobling.search.facet-cache-size}, default {@link #CAPACITY}; an entry holds at most a few hundred counts).
 * A search with text is keyed by its cleaned text exactly as typed (case included), with its filters: its counts are
 * then served to the same text and filters again, e.g. the second page, another sort, the same search by a colleague or
 * after going back. Activity and other writes that do not change a company document leave the reader, and so the
 * entries, as they are.
 * Only the embedded Lucene backend has a reader to key on; with OpenSearch every node searches the same cluster and
 * the counts are computed by the cluster on every search. {@code kobling.search.facet-cache=false} turns the cache off
 * (every search then counts its facets with its hits, as right after an index write; bench/search.sh measures both).
 */
@Component
class FacetCache {

    static final int CAPACITY = 2048;

    /**
     * The cleaned text ("" for none) and the filters of a search: what the matches, and so the facet counts, depend on
     * (the page and sort do not matter).
     */
    record Key(String text, String country, Long regionId, Long municipalityId, List<Long> partnershipArea, String nace,
            SizeBand size, String targetGroup, CompanyStatus status) {
    }

    /** The raw counts of the six facets, before labels are looked up (labels depend on the reader's language). */
    record Counts(Map<String, Long> country, Map<Long, Long> region, Map<String, Long> section,
            Map<SizeBand, Long> size, Map<CompanyStatus, Long> status, Map<String, Long> targetGroup) {

        /** Every live company has one country, so the country counts add up to the number of hits. */
        long total() {
            return country.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private record Entry(List<IndexReader.CacheKey> generation, Counts counts) {
    }

    private final Map<Key, Entry> entries;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final boolean enabled;

    FacetCache(@Value("${kobling.search.facet-cache:true}") boolean enabled,
            @Value("${kobling.search.facet-cache-size:" + CAPACITY + "}") int capacity,
            ObjectProvider<MeterRegistry> registry) {
        this.enabled = enabled;
        registry.ifAvailable(r -> {
            // kobling_search_facet_cache_total{result="hit"|"miss"}: the hit rate of the cache
            FunctionCounter.builder("kobling.search.facet.cache", hits, AtomicLong::get)
                    .description("Searches whose facet counts came from the cache (hit) or were counted (miss)")
                    .tag("result", "hit").register(r);
            FunctionCounter.builder("kobling.search.facet.cache", misses, AtomicLong::get)
                    .description("Searches whose facet counts came from the cache (hit) or were counted (miss)")
                    .tag("result", "miss").register(r);
        });
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * Whether counts for {@code key} are kept, of whatever generation: if not, the caller counts the facets with the
     * hits in one query (a miss is certain), else it fetches the hits alone and asks {@link #get}.
     */
    boolean holds(Key key) {
        if (!enabled) {
            return false;
        }
        synchronized (entries) {
            if (entries.containsKey(key)) {
                return true;
            }
        }
        misses.incrementAndGet();
        return false;
    }

    /** The counts computed for {@code key} from the same index generation, or null. */
    Counts get(Key key, List<IndexReader.CacheKey> generation) {
        if (generation == null || !enabled) {
            misses.incrementAndGet();
            return null;
        }
        Entry entry;
        synchronized (entries) {
            entry = entries.get(key);
        }
        if (entry != null && entry.generation().equals(generation)) {
            hits.incrementAndGet();
            return entry.counts();
        }
        misses.incrementAndGet();
        return null;
    }

    void put(Key key, List<IndexReader.CacheKey> generation, Counts counts) {
        if (generation == null || !enabled) {
            return;
        }
        synchronized (entries) {
            entries.put(key, new Entry(generation, counts));
        }
    }

    /** Searches whose facet counts came from the cache. */
    long hits() {
        return hits.get();
    }

    /** Searches that counted their facets (with the cache on). */
    long misses() {
        return misses.get();
    }
}
