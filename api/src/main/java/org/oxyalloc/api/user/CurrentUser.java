package org.oxyalloc.api.user;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user's name, for the audit trail and the logs. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** Whether the user of this request has one of the roles. */
    public static boolean hasRole(Role... roles) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        for (Role role : roles) {
            if (authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role.name()))) {
                return true;
            }
        }
        return false;
    }

    /** The user of this request; "system" outside requests (startup, solver threads). */
    public static String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
