package no.kobling.actor.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.kobling.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The 404 page of the actor pages, with what the layout needs ({@code currentPath}, {@code languageLinks}).
 * Workaround: the shared {@code WebExceptionHandler} renders {@code error/404} without these model attributes, and
 * the layout's navigation fails on a null {@code currentPath} for signed-in users (reported to the lead; remove
 * this class when the shared handler provides them).
 */
@ControllerAdvice(assignableTypes = {OrganisationController.class, PartnershipController.class,
        PersonController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotFoundPages {

    private static final List<String> LANGUAGES = List.of("nb", "nn", "sv", "fi", "en");

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(404);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Map<String, String> links = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            links.put(lang, UriComponentsBuilder.fromPath(path.isEmpty() ? "/" : path).queryParam("lang", lang)
                    .encode().build().toUriString());
        }
        ModelAndView mav = new ModelAndView("error/404");
        mav.addObject("currentPath", path);
        mav.addObject("languageLinks", links);
        return mav;
    }
}
