package no.kobling.partnering.profile.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Concept ids interned to ints 0..size-1 (the index's arrays are per int), each with the source it came from.
 * Thread-safe: word concepts ({@link WordTerms}) are added as texts use them, while other threads read.
 */
final class ConceptIds {

    private final List<String> ids = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private final Map<String, Integer> index = new ConcurrentHashMap<>();

    /** The int of an id, interned with its source the first time it is seen. */
    int intern(String id, String source) {
        Integer known = index.get(id);
        if (known != null) {
            return known;
        }
        synchronized (ids) {
            return index.computeIfAbsent(id, k -> {
                ids.add(k);
                sources.add(source);
                return ids.size() - 1;
            });
        }
    }

    int size() {
        synchronized (ids) {
            return ids.size();
        }
    }

    String id(int concept) {
        synchronized (ids) {
            return ids.get(concept);
        }
    }

    String source(int concept) {
        synchronized (ids) {
            return sources.get(concept);
        }
    }

    /** The int of an id, or -1 for an unknown id. */
    int concept(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }
}
