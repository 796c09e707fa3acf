package no.kobling.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.kobling.shared.DomainException;
import no.kobling.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Errors on server-rendered pages: a page in the user's language with the right status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class WebExceptionHandler {

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound(Exception e, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(404);
        return page(request, "error/404");
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(e.status());
        ModelAndView mav = page(request, "error/problem");
        mav.addObject("problemKey", e.messageKey());
        mav.addObject("problemArgs", e.args());
        mav.addObject("problemCode", e.code());
        return mav;
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ModelAndView stale(ObjectOptimisticLockingFailureException e, HttpServletRequest request,
            HttpServletResponse response) {
        response.setStatus(409);
        ModelAndView mav = page(request, "error/problem");
        mav.addObject("problemKey", "error.concurrent-modification");
        mav.addObject("problemArgs", new Object[] {"", ""});
        mav.addObject("problemCode", "concurrent-modification");
        return mav;
    }

    /** A unique or foreign-key constraint refused the change (often a parallel one): 409, as the API answers. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView integrity(DataIntegrityViolationException e, HttpServletRequest request,
            HttpServletResponse response) {
        response.setStatus(409);
        ModelAndView mav = page(request, "error/problem");
        mav.addObject("problemKey", "error.conflict");
        mav.addObject("problemArgs", new Object[0]);
        mav.addObject("problemCode", "conflict");
        return mav;
    }

    private static ModelAndView page(HttpServletRequest request, String view) {
        ModelAndView mav = new ModelAndView(view);
        LayoutModelAdvice.addLayoutModel(request, mav);
        return mav;
    }
}
