package no.kobling.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The errors Spring MVC raises before (or without) a controller of ours: an unknown path, a wrong method or media type,
 * an upload too large, a missing parameter of a page. Replaces Spring Boot's default problem-details handler so these
 * too carry a {@code code} and a {@code messageKey} (the API controllers' own errors are {@link ApiExceptionHandler}'s,
 * pages' {@link WebExceptionHandler}'s, both ordered before this one).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class MvcProblemHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    MvcProblemHandler(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ProblemCodes.Coded coded = ProblemCodes.of(ex);
        HttpStatus status = HttpStatus.valueOf(statusCode.value());
        ProblemDetail problem = ApiExceptionHandler.problem(messages, status, coded.code(), coded.messageKey(),
                coded.args());
        return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
    }
}
