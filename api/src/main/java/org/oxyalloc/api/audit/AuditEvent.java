package org.oxyalloc.api.audit;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** One line of the audit trail: who did what to which plan, and when. */
public record AuditEvent(long id, Long planId, OffsetDateTime at, String username, String event,
        @JsonRawValue String detail) {
}
