package no.kobling.shared.export;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;

/**
 * The rows of an export, handed to the writer a page at a time: a source never holds the whole list in memory, it
 * pages through its query (the same permission-filtered query the list page uses) and gives each row to the sink.
 */
@FunctionalInterface
public interface ExportRows<T> {

    /** Pages of this size are read one after the other. */
    int PAGE_SIZE = 200;

    void forEach(Consumer<? super T> sink);

    /** Reads page 0, 1, 2, ... of {@code query} (same sort on each page) until a page has no next one. */
    static <T> ExportRows<T> paged(Sort sort, Function<Pageable, ? extends Slice<? extends T>> query) {
        return sink -> {
            Pageable pageable = PageRequest.of(0, PAGE_SIZE, sort);
            while (true) {
                Slice<? extends T> page = query.apply(pageable);
                page.getContent().forEach(sink);
                if (!page.hasNext() || page.getContent().isEmpty()) {
                    return;
                }
                pageable = pageable.next();
            }
        };
    }

    /** Reads page 0, 1, 2, ... of a service that takes a page number and size, until a page has no next one. */
    static <T> ExportRows<T> pages(java.util.function.BiFunction<Integer, Integer, ? extends Slice<? extends T>> query) {
        return sink -> {
            for (int p = 0; ; p++) {
                Slice<? extends T> page = query.apply(p, PAGE_SIZE);
                page.getContent().forEach(sink);
                if (!page.hasNext() || page.getContent().isEmpty()) {
                    return;
                }
            }
        };
    }

    /** A list that is already small and bounded (e.g. an event's participants, a board capped by its filters). */
    static <T> ExportRows<T> of(List<? extends T> rows) {
        return rows::forEach;
    }
}
