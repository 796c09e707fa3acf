package no.kobling.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What the layout needs on every page: links that switch language and keep the user where they are. */
@ControllerAdvice(annotations = Controller.class)
public class LayoutModelAdvice {

    static final List<String> LANGUAGES = List.of("nb", "nn", "sv", "fi", "en");

    /** Adds what the layout needs to a view that no controller advice has seen (exception handler views). */
    public static void addLayoutModel(HttpServletRequest request, org.springframework.web.servlet.ModelAndView mav) {
        mav.addObject("languageLinks", links(request));
        mav.addObject("currentPath", path(request));
    }

    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        return links(request);
    }

    private static Map<String, String> links(HttpServletRequest request) {
        Map<String, String> links = new LinkedHashMap<>();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String lang : LANGUAGES) {
            UriComponentsBuilder b = UriComponentsBuilder.fromPath(path.isEmpty() ? "/" : path);
            request.getParameterMap().forEach((k, v) -> {
                if (!"lang".equals(k) && !"_csrf".equals(k) && !"password".equals(k)) {
                    b.queryParam(k, (Object[]) v);
                }
            });
            b.queryParam("lang", lang);
            links.put(lang, b.encode().build().toUriString());
        }
        return links;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return path(request);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
