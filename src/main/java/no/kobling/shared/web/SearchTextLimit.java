package no.kobling.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import no.kobling.shared.DomainException;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Limits the search text of every search, page or API, at the edge: at most {@value #MAX_CHARACTERS} characters and
 * {@value #MAX_WORDS} words in a search parameter ({@code q}, {@code query}, {@code search}, {@code text},
 * {@code term}) of a GET. A longer text answers 400 {@code search-too-long} before it reaches the database or the
 * search engine (300 words made Lucene refuse the query with too many clauses, a 500).
 */
@Configuration(proxyBeanMethods = false)
class SearchTextLimit implements WebMvcConfigurer, HandlerInterceptor {

    static final int MAX_CHARACTERS = 200;
    static final int MAX_WORDS = 20;
    static final List<String> SEARCH_PARAMETERS = List.of("q", "query", "search", "text", "term");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"GET".equals(request.getMethod())) {
            return true;
        }
        for (String name : SEARCH_PARAMETERS) {
            String[] values = request.getParameterValues(name);
            if (values != null) {
                for (String value : values) {
                    check(value);
                }
            }
        }
        return true;
    }

    static void check(String text) {
        if (text == null) {
            return;
        }
        String trimmed = text.strip();
        if (trimmed.length() > MAX_CHARACTERS || (!trimmed.isEmpty() && trimmed.split("\\s+").length > MAX_WORDS)) {
            throw new DomainException(400, "search-too-long", "error.search-too-long", MAX_CHARACTERS, MAX_WORDS);
        }
    }
}
