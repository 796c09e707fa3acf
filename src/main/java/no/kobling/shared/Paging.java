package no.kobling.shared;

import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Builds safe {@link Pageable}s from request parameters: bounded size, only known sort keys. */
public final class Paging {

    public static final int MAX_SIZE = 200;

    private Paging() {
    }

    public static Pageable of(int page, int size, String sort, Set<String> allowedSorts, String defaultSort) {
        int safeSize = Math.max(1, Math.min(size <= 0 ? 20 : size, MAX_SIZE));
        int safePage = Math.max(0, page);
        String key = sort == null || sort.isBlank() ? defaultSort : sort;
        Sort.Direction direction = Sort.Direction.ASC;
        if (key.startsWith("-")) {
            direction = Sort.Direction.DESC;
            key = key.substring(1);
        }
        if (!allowedSorts.contains(key)) {
            throw DomainException.rule("invalid-sort", "error.invalid-sort", key);
        }
        return PageRequest.of(safePage, safeSize, Sort.by(direction, key));
    }
}
