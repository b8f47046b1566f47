package org.oxyalloc.api.user;

import java.time.OffsetDateTime;

/** A user as stored; the password only as its BCrypt hash. */
public record UserAccount(String username, String passwordHash, Role role, String hospitalId, OffsetDateTime createdAt,
        String createdBy) {
}
