package org.oxyalloc.api.web;

import org.oxyalloc.text.Phrase;

/** Too many wrong passwords in a row: answered with 429 and Retry-After. */
public class TooManyAttemptsException extends SaidException {

    private final long seconds;

    /**
     * @param text what to wait for, e.g. {@code account.wait} with the seconds
     * @param seconds the wait, whole seconds: what Retry-After says
     */
    public TooManyAttemptsException(Phrase text, long seconds) {
        super(text);
        this.seconds = seconds;
    }

    public long seconds() {
        return seconds;
    }
}
