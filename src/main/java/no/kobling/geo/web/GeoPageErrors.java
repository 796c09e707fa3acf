package no.kobling.geo.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.kobling.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The 404 page for unknown municipalities and NACE codes. Same as the shared WebExceptionHandler, but it also gives
 * the layout the {@code currentPath} it needs (model attributes of controller advice do not reach exception
 * views, and the layout fails without it). Remove once the shared handler or the layout covers this.
 */
@ControllerAdvice(assignableTypes = {PlacePageController.class, NacePageController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class GeoPageErrors {

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(404);
        ModelAndView mav = new ModelAndView("error/404");
        mav.addObject("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
        return mav;
    }
}
