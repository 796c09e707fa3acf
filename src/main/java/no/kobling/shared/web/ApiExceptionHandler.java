package no.kobling.shared.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.kobling.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every error of the REST API leaves as an RFC 9457 {@link ProblemDetail} with a stable {@code code}, a
 * {@code messageKey} and, for invalid bodies, field errors. Texts are in the caller's language.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private final MessageSource messages;

    public ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e) {
        return problem(HttpStatus.valueOf(e.status()), e.code(), e.messageKey(), e.args());
    }

    @ExceptionHandler({MethodArgumentNotValidException.class, BindException.class})
    ProblemDetail invalid(BindException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "validation-failed", "error.validation-failed");
        p.setProperty("errors", fieldErrors(e.getFieldErrors()));
        return p;
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(HandlerMethodValidationException e) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "validation-failed", "error.validation-failed");
        List<Map<String, String>> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err -> errors.add(Map.of(
                "field", String.valueOf(r.getMethodParameter().getParameterName()),
                "code", err.getCodes() == null ? "invalid" : err.getCodes()[err.getCodes().length - 1],
                "message", messages.getMessage(err, locale())))));
        p.setProperty("errors", errors);
        return p;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-body", "error.invalid-body");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "error.invalid-parameter", e.getName());
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail stale(ObjectOptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "concurrent-modification", "error.concurrent-modification", "", "");
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "error.conflict");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden");
    }

    /**
     * Everything else: the exceptions of Spring MVC (missing parameter, wrong media type or method, upload too large),
     * a query the search engine refuses (400) and the unexpected (500, logged), each with its code from
     * {@link ProblemCodes}.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> other(Exception e) {
        ProblemCodes.Coded coded = ProblemCodes.of(e);
        if (coded.status().is5xxServerError()) {
            LOG.error("Unexpected error in the API", e);
        }
        HttpHeaders headers = new HttpHeaders();
        if (e instanceof ErrorResponse r) {
            headers.addAll(r.getHeaders());
        }
        return ResponseEntity.status(coded.status()).headers(headers)
                .body(problem(coded.status(), coded.code(), coded.messageKey(), coded.args()));
    }

    private List<Map<String, String>> fieldErrors(List<FieldError> errors) {
        Locale locale = locale();
        return errors.stream().map(f -> Map.of(
                "field", f.getField(),
                "code", f.getCode() == null ? "invalid" : f.getCode(),
                "messageKey", "validation." + (f.getCode() == null ? "invalid" : f.getCode()),
                "message", messages.getMessage(f, locale))).toList();
    }

    private ProblemDetail problem(HttpStatus status, String code, String messageKey, Object... args) {
        return problem(messages, status, code, messageKey, args);
    }

    /** A problem detail with its code and message key, the title and detail in the caller's language. */
    static ProblemDetail problem(MessageSource messages, HttpStatus status, String code, String messageKey,
            Object... args) {
        Locale locale = locale();
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setType(URI.create("https://kobling.no/problems/" + code));
        p.setTitle(messages.getMessage("error.title." + status.value(), null, status.getReasonPhrase(), locale));
        p.setDetail(messages.getMessage(messageKey, args, messageKey, locale));
        p.setProperty("code", code);
        p.setProperty("messageKey", messageKey);
        return p;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
