package org.oxyalloc.api.user;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user's name, for the audit trail and the logs. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The user of this request; "system" outside requests (startup, solver threads). */
    public static String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
