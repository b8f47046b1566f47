package org.oxyalloc.api.user;

import java.time.OffsetDateTime;

/**
 * A user as stored; the password only as its BCrypt hash. A disabled user cannot sign in.
 *
 * @param hospitalId the hospital of a hospital user, else null
 * @param supplierId the supplier of a supplier user, else null
 */
public record UserAccount(String username, String passwordHash, Role role, String hospitalId, String supplierId,
        boolean enabled, OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy) {
}
