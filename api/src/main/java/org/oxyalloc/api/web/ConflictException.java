package org.oxyalloc.api.web;

/** An action the resource's state does not allow, such as changing a published plan: answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
