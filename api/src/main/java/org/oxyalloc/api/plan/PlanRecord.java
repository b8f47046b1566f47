package org.oxyalloc.api.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A plan as stored: its problem, its latest plan (the best so far while solving), status and who did what when. */
public record PlanRecord(long id, String region, LocalDate planDate, PlanStatus status, String problemJson,
        String validationJson, String planJson, String score, Long shortageKg, long timeLimitMs,
        OffsetDateTime solvingStartedAt, Long solvingMs, Long parentId, OffsetDateTime publishedAt, String publishedBy,
        Long supersededBy, String supersedeReason, OffsetDateTime createdAt, String createdBy,
        OffsetDateTime updatedAt) {
}
