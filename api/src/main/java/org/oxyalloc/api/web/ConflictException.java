package org.oxyalloc.api.web;

import org.oxyalloc.text.Phrase;

/** An action the resource's state does not allow, such as changing a published plan: answered with 409. */
public class ConflictException extends SaidException {

    /** @param text why, e.g. {@code conflict.unchangeable} with the plan's id and status */
    public ConflictException(Phrase text) {
        super(text);
    }
}
