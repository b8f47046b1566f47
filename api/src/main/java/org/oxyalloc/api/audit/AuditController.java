package org.oxyalloc.api.audit;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The whole audit trail, for administrators; a plan's own trail is at /api/plans/{id}/audit. */
@RestController
@Tag(name = "audit", description = "Who did what, and when")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @Operation(summary = "The whole audit trail, oldest first: submissions, status changes, publications, users")
    @GetMapping("/api/audit")
    List<AuditEvent> all() {
        return audit.all();
    }
}
