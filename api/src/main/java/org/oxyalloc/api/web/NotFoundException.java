package org.oxyalloc.api.web;

import org.oxyalloc.text.Phrase;

/** An unknown id: answered with 404. */
public class NotFoundException extends SaidException {

    /** @param text what was not found, e.g. {@code notFound.plan} with the plan's id */
    public NotFoundException(Phrase text) {
        super(text);
    }
}
