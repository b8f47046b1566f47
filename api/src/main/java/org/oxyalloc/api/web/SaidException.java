package org.oxyalloc.api.web;

import java.util.Locale;

import org.oxyalloc.text.Phrase;

/** A refusal said in a sentence: in English to the API (its message), in the reader's language on a page. */
public abstract class SaidException extends RuntimeException {

    private final transient Phrase text;

    protected SaidException(Phrase text) {
        super(text.english());
        this.text = text;
    }

    public String message(Locale locale) {
        return text.text(locale);
    }
}
