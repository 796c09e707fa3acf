package no.kobling.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links a list page needs (previous/next page, sort by column) that keep every other query parameter. Use with the
 * {@code fragments/list :: pager(${links})} and {@code fragments/list :: sort(${links}, 'name', #{...})} fragments.
 */
public final class ListLinks {

    private final HttpServletRequest request;
    private final Page<?> page;
    private final String currentSort;

    private ListLinks(HttpServletRequest request, Page<?> page) {
        this.request = request;
        this.page = page;
        Sort.Order order = page.getSort().stream().findFirst().orElse(null);
        this.currentSort = order == null ? "" : (order.isDescending() ? "-" : "") + order.getProperty();
    }

    public static ListLinks of(HttpServletRequest request, Page<?> page) {
        return new ListLinks(request, page);
    }

    public Page<?> getPage() {
        return page;
    }

    public int getNumber() {
        return page.getNumber() + 1;
    }

    public int getTotalPages() {
        return Math.max(1, page.getTotalPages());
    }

    public long getTotal() {
        return page.getTotalElements();
    }

    public String getPrevious() {
        return page.hasPrevious() ? with("page", String.valueOf(page.getNumber() - 1)) : null;
    }

    public String getNext() {
        return page.hasNext() ? with("page", String.valueOf(page.getNumber() + 1)) : null;
    }

    /** Link that sorts by {@code key}, toggling the direction when it already sorts by it. */
    public String sortBy(String key) {
        String next = currentSort.equals(key) ? "-" + key : key;
        return with("sort", next, "page", "0");
    }

    /**
     * A link to {@code path} (e.g. the list's export, {@code /companies/export.xlsx}) with the list's current filters
     * and sort, without its page: an export holds every page.
     */
    public String export(String path) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        request.getParameterMap().forEach((k, v) -> {
            if (!"page".equals(k) && !"lang".equals(k) && !"size".equals(k)) {
                b.queryParam(k, (Object[]) v);
            }
        });
        return request.getContextPath() + b.encode().build().toUriString();
    }

    /** "ascending", "descending" or "none", for aria-sort. */
    public String ariaSort(String key) {
        if (currentSort.equals(key)) {
            return "ascending";
        }
        return currentSort.equals("-" + key) ? "descending" : "none";
    }

    private String with(String... pairs) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(
                request.getRequestURI().substring(request.getContextPath().length()));
        request.getParameterMap().forEach((k, v) -> {
            boolean replaced = false;
            for (int i = 0; i < pairs.length; i += 2) {
                replaced |= pairs[i].equals(k);
            }
            if (!replaced && !"lang".equals(k)) {
                b.queryParam(k, (Object[]) v);
            }
        });
        for (int i = 0; i < pairs.length; i += 2) {
            b.queryParam(pairs[i], pairs[i + 1]);
        }
        return request.getContextPath() + b.encode().build().toUriString();
    }
}
