package org.oxyalloc.api.web;

/** One validation error in a problem details answer: where, the value given, and what is expected. */
public record FieldError(String path, String value, String message) {
}
