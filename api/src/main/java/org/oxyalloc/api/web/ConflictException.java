package org.oxyalloc.api.web;

import java.util.Locale;

import org.oxyalloc.text.Phrase;

/** An action the resource's state does not allow, such as changing a published plan: answered with 409. */
public class ConflictException extends RuntimeException {

    private final transient Phrase text;

    /** @param text why, said in English to the API and in the reader's language on a page */
    public ConflictException(Phrase text) {
        super(text.english());
        this.text = text;
    }

    public String message(Locale locale) {
        return text.text(locale);
    }
}
