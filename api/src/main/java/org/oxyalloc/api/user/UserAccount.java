package org.oxyalloc.api.user;

import java.time.OffsetDateTime;

/** A user as stored; the password only as its BCrypt hash. A disabled user cannot sign in. */
public record UserAccount(String username, String passwordHash, Role role, String hospitalId, boolean enabled,
        OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy) {
}
