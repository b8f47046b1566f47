package org.oxyalloc.api.web;

import java.util.Locale;

import org.oxyalloc.text.Phrase;

/** An unknown id: answered with 404. */
public class NotFoundException extends RuntimeException {

    private final transient Phrase text;

    /** @param text what was not found, e.g. {@code notFound.plan} with the plan's id */
    public NotFoundException(Phrase text) {
        super(text.english());
        this.text = text;
    }

    public String message(Locale locale) {
        return text.text(locale);
    }
}
