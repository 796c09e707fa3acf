package no.kobling.company.search;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import no.kobling.shared.search.NameTokens;
import org.springframework.stereotype.Component;

/**
 * The municipalities whose name, in any language the geo data has, contains a word of a search text: free text finds a
 * company by its place ("Uleåborg" finds the companies in Oulu, "Tromso" those in Tromsø) through a filter on the
 * municipality id, instead of every company document carrying all names of its municipality (issue 18.3: they were a
 * fifth of a document's terms, written a million times for 1,100 municipalities). A word matches a name word exactly,
 * after the same analysis the index uses ({@link NameTokens}), as the match on the indexed names did.
 *
 * <p>Municipalities and their names are reference data written only by migrations, so the words are read once.
 */
@Component
class PlaceNames {

    private volatile Map<String, long[]> byWord;

    /** The ids of the municipalities one of whose names has one of the words of {@code text}, ascending. */
    List<Long> municipalities(EntityManager em, String text) {
        List<String> words = NameTokens.of(text);
        if (words.isEmpty()) {
            return List.of();
        }
        Map<String, long[]> index = index(em);
        TreeSet<Long> ids = new TreeSet<>();
        for (String word : words) {
            long[] found = index.get(word);
            if (found != null) {
                for (long id : found) {
                    ids.add(id);
                }
            }
        }
        return new ArrayList<>(ids);
    }

    private Map<String, long[]> index(EntityManager em) {
        Map<String, long[]> index = byWord;
        if (index == null) {
            synchronized (this) {
                index = byWord;
                if (index == null) {
                    index = load(em);
                    byWord = index;
                }
            }
        }
        return index;
    }

    private static Map<String, long[]> load(EntityManager em) {
        Map<String, TreeSet<Long>> words = new HashMap<>();
        List<Object[]> names = new ArrayList<>(em.createQuery("select p.id, p.name from PlaceInfo p", Object[].class)
                .getResultList());
        names.addAll(em.createQuery("select p.id, n from PlaceInfo p join p.names n", Object[].class).getResultList());
        for (Object[] row : names) {
            for (String word : NameTokens.of((String) row[1])) {
                words.computeIfAbsent(word, w -> new TreeSet<>()).add((Long) row[0]);
            }
        }
        Map<String, long[]> index = new HashMap<>();
        words.forEach((word, ids) -> index.put(word, ids.stream().mapToLong(Long::longValue).toArray()));
        return Map.copyOf(index);
    }
}
