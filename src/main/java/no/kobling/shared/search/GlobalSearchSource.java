package no.kobling.shared.search;

import java.util.List;
import java.util.Optional;

/**
 * One group of the global search (issue 16): a module contributes a bean of this type for one of its lists
 * (companies, people, partner profiles, events, services). Each source applies exactly the rules of its own list
 * page: what the list would hide, the source never returns. The search module only collects the groups.
 */
public interface GlobalSearchSource {

    /** A stable key of the group ({@code companies}, {@code people}, ...), also its message key suffix. */
    String kind();

    /** Position of the group on the results page (lower first). */
    int order();

    /**
     * The caller's hits for {@code text} (already cleaned, not blank), at most {@code limit}, with the total count; empty
     * when the caller may not use this list at all (then the group is not shown).
     */
    Optional<Group> search(String text, int limit);

    /** One hit: the record's id, its title, a short detail line (may be null), and the address of its page. */
    record Hit(long id, String title, String detail, String href) {
    }

    /**
     * A group's hits, the total number of matches, and the address of the list's own search for "see all".
     * {@code kind} and {@code order} are copied from the source.
     */
    record Group(String kind, int order, long total, List<Hit> hits, String seeAllHref) {

        public Group {
            hits = List.copyOf(hits);
        }
    }
}
