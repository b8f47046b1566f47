package org.oxyalloc.api.web;

import java.util.List;
import java.util.Map;

import org.oxyalloc.text.Phrase;

/** A request with validation errors: answered with 400 and every error at once. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldError> errors;
    private final Map<String, Object> properties;

    public InvalidRequestException(String message, List<FieldError> errors) {
        this(message, errors, Map.of());
    }

    /** @param properties more members of the problem details, such as the id of the invalid plan that was stored */
    public InvalidRequestException(String message, List<FieldError> errors, Map<String, Object> properties) {
        super(message);
        this.errors = List.copyOf(errors);
        this.properties = Map.copyOf(properties);
    }

    public static InvalidRequestException of(String path, Object value, String message) {
        return new InvalidRequestException(message,
                List.of(new FieldError(path, value == null ? null : String.valueOf(value), message)));
    }

    /** An error whose message a page can say in its reader's language. */
    public static InvalidRequestException of(String path, Object value, Phrase text) {
        return new InvalidRequestException(text.english(),
                List.of(new FieldError(path, value == null ? null : String.valueOf(value), text.english(), null, text)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
