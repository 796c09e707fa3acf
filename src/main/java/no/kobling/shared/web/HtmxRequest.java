package no.kobling.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** htmx sends {@code HX-Request}; the same URL then answers with a fragment instead of the whole page. */
public final class HtmxRequest {

    private HtmxRequest() {
    }

    public static boolean isHtmx(HttpServletRequest request) {
        // a history restore (cache miss) needs the whole page, not a fragment
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }

    /** The view name for a page that can also serve one fragment to htmx. */
    public static String view(HttpServletRequest request, String page, String fragment) {
        return isHtmx(request) ? page + " :: " + fragment : page;
    }
}
