package no.kobling.shared.web;

import org.apache.lucene.search.IndexSearcher;
import org.hibernate.search.util.common.SearchException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The stable problem code, message key and status of every exception that is not a {@code DomainException}: the
 * exceptions of Spring MVC, of the search engine and anything unexpected (500, {@code internal-error}). One table for
 * the API handler and for errors raised before a controller is chosen (unknown path, wrong method or media type).
 */
final class ProblemCodes {

    record Coded(HttpStatus status, String code, String messageKey, Object... args) {
    }

    private ProblemCodes() {
    }

    static Coded of(Throwable e) {
        if (e instanceof HttpMediaTypeNotSupportedException m) {
            return new Coded(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "error.unsupported-media-type", String.valueOf(m.getContentType()));
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return new Coded(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "error.not-acceptable");
        }
        if (e instanceof HttpRequestMethodNotSupportedException m) {
            return new Coded(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "error.method-not-allowed",
                    m.getMethod());
        }
        if (e instanceof MissingServletRequestParameterException m) {
            return new Coded(HttpStatus.BAD_REQUEST, "missing-parameter", "error.missing-parameter",
                    m.getParameterName());
        }
        if (e instanceof MissingServletRequestPartException m) {
            return new Coded(HttpStatus.BAD_REQUEST, "missing-parameter", "error.missing-parameter",
                    m.getRequestPartName());
        }
        if (e instanceof MissingRequestValueException) {
            return new Coded(HttpStatus.BAD_REQUEST, "missing-parameter", "error.missing-parameter", "");
        }
        if (e instanceof ServletRequestBindingException) {
            return new Coded(HttpStatus.BAD_REQUEST, "invalid-request", "error.invalid-request");
        }
        if (e instanceof TypeMismatchException m) {
            return new Coded(HttpStatus.BAD_REQUEST, "invalid-parameter", "error.invalid-parameter",
                    String.valueOf(m.getPropertyName()));
        }
        if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
            return new Coded(HttpStatus.NOT_FOUND, "no-such-path", "error.no-such-path");
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return new Coded(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large", "error.upload-too-large");
        }
        if (e instanceof MultipartException) {
            return new Coded(HttpStatus.BAD_REQUEST, "invalid-body", "error.invalid-body");
        }
        if (e instanceof AsyncRequestTimeoutException) {
            return new Coded(HttpStatus.SERVICE_UNAVAILABLE, "timeout", "error.timeout");
        }
        if (e instanceof AuthenticationException) {
            return new Coded(HttpStatus.UNAUTHORIZED, "unauthenticated", "error.unauthenticated");
        }
        if (cause(e, IndexSearcher.TooManyClauses.class)) {
            return new Coded(HttpStatus.BAD_REQUEST, "search-too-complex", "error.search-too-complex");
        }
        if (cause(e, SearchException.class)) {
            return new Coded(HttpStatus.BAD_REQUEST, "invalid-search", "error.invalid-search");
        }
        if (e instanceof ErrorResponse r && r.getStatusCode().value() < 500) {
            return new Coded(HttpStatus.valueOf(r.getStatusCode().value()), "request-rejected",
                    "error.request-rejected");
        }
        return new Coded(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "error.internal-error");
    }

    /**
     * Whether {@code e} or one of its causes is a {@code type}. A query the search engine refuses (too many clauses, a
     * query it cannot build) comes from the caller's text: a 400, not a 500.
     */
    static boolean cause(Throwable e, Class<? extends Throwable> type) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
