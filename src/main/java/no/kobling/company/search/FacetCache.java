package no.kobling.company.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import no.kobling.company.domain.CompanyStatus;
import no.kobling.company.domain.SizeBand;
import org.apache.lucene.index.IndexReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Facet counts of text-free searches (the whole country, a county, a NACE code...), kept per index generation: an
 * entry is only handed out to a query that read exactly the same index segments as the query that computed it
 * ({@link IndexGeneration}), so a company added, changed or removed on any path (a form, the API, an import run, a
 * full re-index) makes the next search count again. Least recently used entries go first beyond {@link #CAPACITY}.
 * Only the embedded Lucene backend has a reader to key on; with OpenSearch every node searches the same cluster and
 * the counts are computed by the cluster on every search. {@code kobling.search.facet-cache=false} turns the cache off
 * (every text-free search then counts, as right after an index write; the benchmark measures both).
 */
@Component
class FacetCache {

    static final int CAPACITY = 512;

    /** The filters of a text-free search: what the facet counts depend on (the page and sort do not matter). */
    record Key(String country, Long regionId, Long municipalityId, List<Long> partnershipArea, String nace,
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

    private final Map<Key, Entry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > CAPACITY;
        }
    };
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final boolean enabled;

    FacetCache(@Value("${kobling.search.facet-cache:true}") boolean enabled) {
        this.enabled = enabled;
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

    long hits() {
        return hits.get();
    }

    long misses() {
        return misses.get();
    }
}
