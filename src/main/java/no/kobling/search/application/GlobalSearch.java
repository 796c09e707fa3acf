package no.kobling.search.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.kobling.shared.search.GlobalSearchSource;
import no.kobling.shared.search.GlobalSearchSource.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Asks every {@link GlobalSearchSource} for the caller's hits. A source the caller may not use gives no group at all
 * (no heading, no count); a source that fails is logged and left out, so one broken list never breaks the page.
 */
@Service
public class GlobalSearch {

    public static final int DEFAULT_LIMIT = 5;
    public static final int MAX_LIMIT = 20;
    private static final Logger LOG = LoggerFactory.getLogger(GlobalSearch.class);

    private final List<GlobalSearchSource> sources;

    GlobalSearch(List<GlobalSearchSource> sources) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(GlobalSearchSource::order)).toList();
    }

    /** The search text as the sources get it: control characters out, spaces collapsed; may be empty. */
    public static String clean(String q) {
        return q == null ? "" : q.replaceAll("\\p{Cntrl}+", " ").replaceAll("\\s+", " ").strip();
    }

    /** The groups the caller may see for {@code q}, in the sources' order; none for a blank text. */
    @PreAuthorize("isAuthenticated()")
    public List<Group> search(String q, int limit) {
        String text = clean(q);
        if (text.isEmpty()) {
            return List.of();
        }
        int max = Math.max(1, Math.min(limit, MAX_LIMIT));
        List<Group> groups = new ArrayList<>();
        for (GlobalSearchSource source : sources) {
            try {
                source.search(text, max).ifPresent(groups::add);
            } catch (AccessDeniedException e) {
                // the caller may not use this list: no group
            } catch (RuntimeException e) {
                LOG.warn("Global search: the {} group failed and is left out", source.kind(), e);
            }
        }
        return groups;
    }
}
