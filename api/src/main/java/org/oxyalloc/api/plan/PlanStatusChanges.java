package org.oxyalloc.api.plan;

import java.util.LinkedHashMap;
import java.util.Map;

import org.oxyalloc.api.audit.AuditLog;
import org.springframework.stereotype.Component;

/** The one way a plan's status changes: stored, and recorded in the audit trail with who and why. */
@Component
public class PlanStatusChanges {

    private final PlanRepository plans;
    private final AuditLog audit;

    PlanStatusChanges(PlanRepository plans, AuditLog audit) {
        this.plans = plans;
        this.audit = audit;
    }

    public void change(String user, long id, PlanStatus status, Map<String, ?> detail) {
        plans.updateStatus(id, status);
        Map<String, Object> withStatus = new LinkedHashMap<>(detail);
        withStatus.put("status", status.label());
        audit.recordAs(user, id, "status-changed", withStatus);
    }
}
