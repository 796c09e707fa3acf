package no.kobling.company.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Which version of the Lucene index a query read: a filter that matches every document and, when the searcher builds
 * its weight, remembers the reader's segments (each with its reader cache key, which changes when the segment's
 * deletions change). Two queries that read the same segments read the same documents, so a result computed from one
 * (the facet counts, see {@link FacetCache}) is still right for the other; any index write (add, update, delete, on
 * this node or replayed from another) opens a new reader with at least one new key.
 *
 * <p>One instance per query: the generation is only read after the query ran.
 */
final class IndexGeneration extends Query {

    private volatile List<IndexReader.CacheKey> segments;

    /** The segments the query read, or null when it did not run or a segment cannot be identified. */
    List<IndexReader.CacheKey> segments() {
        return segments;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        List<IndexReader.CacheKey> keys = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
            if (helper == null) {
                keys = null;
                break;
            }
            keys.add(helper.getKey());
        }
        segments = keys == null ? null : List.copyOf(keys);
        return new MatchAllDocsQuery().createWeight(searcher, scoreMode, boost);
    }

    @Override
    public String toString(String field) {
        return "IndexGeneration";
    }

    @Override
    public void visit(QueryVisitor visitor) {
        visitor.visitLeaf(this);
    }

    /** Identity: the query cache must not hand one instance's weight to another (each records its own reader). */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
