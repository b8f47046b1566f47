package org.oxyalloc.api.audit;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The whole audit trail, for administrators; a plan's own trail is at /api/plans/{id}/audit. */
@RestController
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit")
    List<AuditEvent> all() {
        return audit.all();
    }
}
