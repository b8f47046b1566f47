package org.oxyalloc.api.web;

import java.util.Locale;

import org.oxyalloc.api.page.PageController;
import org.oxyalloc.text.Phrase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page's errors as the error page, in the page's language, with what went wrong in words: never a stack trace (an
 * unexpected exception is logged and shown as a generic error).
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, Locale locale) {
        return page(HttpStatus.NOT_FOUND, e.message(locale));
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e, Locale locale) {
        return page(HttpStatus.CONFLICT, e.message(locale));
    }

    @ExceptionHandler(InvalidRequestException.class)
    ModelAndView invalid(InvalidRequestException e, Locale locale) {
        return page(HttpStatus.BAD_REQUEST, e.errors().get(0).sentence(locale));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException e, Locale locale) {
        return page(HttpStatus.BAD_REQUEST, e.getParameterName() + ": " + Phrase.of("page.missing").text(locale));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e) {
        return page(HttpStatus.BAD_REQUEST, e.getName() + " = " + e.getValue() + ": expected "
                + ApiExceptionHandler.expected(e.getRequiredType()));
    }

    /** Our own checks, such as a hospital user opening another hospital's page. */
    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(AccessDeniedException e) {
        return page(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) {
        log.error("unexpected error on a page", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, null);
    }

    private static ModelAndView page(HttpStatus status, String detail) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        return page;
    }
}
