package org.oxyalloc.api.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error as RFC 7807 problem details: validation errors all at once in {@code errors}, and never a stack trace
 * or an internal message (unexpected exceptions are logged and answered with a generic 500). For the API, and for
 * what fails before any controller is chosen (an unsupported media type); the pages' controllers have their own error
 * page ({@link PageExceptionHandler}, which comes first).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(TooManyAttemptsException.class)
    ResponseEntity<ProblemDetail> tooManyAttempts(TooManyAttemptsException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", String.valueOf(e.seconds()))
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage()));
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        ProblemDetail problem = withErrors(e.getMessage(), e.errors());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail violations(ConstraintViolationException e) {
        return withErrors("the request has invalid parameters", e.getConstraintViolations().stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), String.valueOf(v.getInvalidValue()), v.getMessage()))
                .toList());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return withErrors("the request has invalid parameters",
                List.of(new FieldError(e.getName(), String.valueOf(e.getValue()), "expected " + expected(e.getRequiredType()))));
    }

    /** What a parameter of a type expects, in words rather than a Java type's name. */
    public static String expected(Class<?> type) {
        if (type == LocalDate.class) {
            return "a date as yyyy-mm-dd, e.g. 2021-07-26";
        }
        if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type != null && type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        return "another value";
    }

    /** Thrown by our own checks, such as a hospital user asking for another hospital's quota. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("unexpected error", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "an unexpected error occurred; it has been logged");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(withErrors("the request has invalid fields", e.getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getField().toLowerCase(Locale.ROOT).contains("password") ? null
                        : String.valueOf(f.getRejectedValue()), f.getDefaultMessage()))
                .toList()));
    }

    /** An unknown address outside the API is a page's: the error page answers it, in the pages' look. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (request instanceof ServletWebRequest servlet && servlet.getResponse() != null
                && !servlet.getRequest().getRequestURI().startsWith(servlet.getRequest().getContextPath() + "/api/")) {
            try {
                servlet.getResponse().sendError(HttpStatus.NOT_FOUND.value());
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
            return null;
        }
        return super.handleNoResourceFoundException(e, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String detail = e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")
                ? "the request has no body; expected the problem as JSON (docs/problem-format.md)"
                : "the request's body is not readable as JSON";
        return ResponseEntity.badRequest().body(withErrors(detail, List.of(new FieldError("body", null, detail))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String given = e.getContentType() == null ? "none" : e.getContentType().toString();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type "
                + given + " is not accepted here; expected one of " + e.getSupportedMediaTypes());
        problem.setProperty("errors", List.of(new FieldError("Content-Type", given, "expected one of "
                + e.getSupportedMediaTypes())));
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(withErrors("the request misses the part " + e.getRequestPartName(),
                List.of(new FieldError(e.getRequestPartName(), null, "missing part"))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(withErrors("the request misses the parameter " + e.getParameterName(),
                List.of(new FieldError(e.getParameterName(), null, "missing; expected " + expected(
                        e.getMethodParameter() == null ? null : e.getMethodParameter().getParameterType())))));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, "the upload is too large"));
    }

    /** Spring's own messages for framework exceptions can name internals; keep only the status's text. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail : ProblemDetail.forStatus(status);
        if (status.is5xxServerError()) {
            log.error("request failed", e);
            problem.setDetail("an unexpected error occurred; it has been logged");
        }
        return super.handleExceptionInternal(e, problem, headers, status, request);
    }

    private static ProblemDetail withErrors(String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("errors", errors);
        return problem;
    }
}
