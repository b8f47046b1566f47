package org.oxyalloc.api.web;

/** An unknown id: answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
