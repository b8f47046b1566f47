package org.oxyalloc.api.publication;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.oxyalloc.api.audit.AuditLog;
import org.oxyalloc.api.plan.PlanRecord;
import org.oxyalloc.api.plan.PlanRepository;
import org.oxyalloc.api.plan.PlanService;
import org.oxyalloc.api.plan.PlanStatus;
import org.oxyalloc.api.user.CurrentUser;
import org.oxyalloc.api.user.Role;
import org.oxyalloc.api.user.UserAccount;
import org.oxyalloc.api.user.UserRepository;
import org.oxyalloc.api.web.ConflictException;
import org.oxyalloc.api.web.InvalidRequestException;
import org.oxyalloc.api.webhook.WebhookOutbox;
import org.oxyalloc.plan.Plan;
import org.oxyalloc.text.Phrase;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing a plan makes it the day's plan for its region: immutable from then on. A later plan for the same day
 * and region supersedes it, and the reason is recorded.
 */
@Service
class PublicationService {

    private final PlanRepository plans;
    private final UserRepository users;
    private final AuditLog audit;
    private final WebhookOutbox webhook;

    PublicationService(PlanRepository plans, UserRepository users, AuditLog audit, WebhookOutbox webhook) {
        this.plans = plans;
        this.users = users;
        this.audit = audit;
        this.webhook = webhook;
    }

    @Transactional
    PlanRecord publish(long id, String reason) {
        PlanRecord plan = plans.get(id);
        PlanService.requireChangeable(plan);
        if (plan.status() != PlanStatus.SOLVED && plan.status() != PlanStatus.TERMINATED) {
            throw new ConflictException(Phrase.of("conflict.notPublishable", id, plan.status().phrase()));
        }
        if (users.find(plan.createdBy()).map(UserAccount::role).orElse(null) == Role.ANALYST) {
            throw new ConflictException(Phrase.of("conflict.analystPlan", id, plan.createdBy()));
        }
        List<PlanRecord> current = plans.published(plan.planDate(), plan.region());
        boolean hasReason = reason != null && !reason.isBlank();
        if (!current.isEmpty() && !hasReason) {
            throw InvalidRequestException.of("reason", reason, Phrase.of("publication.reasonNeeded", current.get(0).id(),
                    plan.region(), plan.planDate().toString()));
        }
        String user = CurrentUser.name();
        for (PlanRecord old : current) {
            plans.supersede(old.id(), id, reason);
            audit.recordAs(user, old.id(), "status-changed", Map.of("status", PlanStatus.SUPERSEDED.label(),
                    "supersededBy", id, "reason", reason));
            webhook.add("plan.superseded", old.id(), () -> Map.of("region", plan.region(), "date",
                    plan.planDate().toString(), "supersededBy", id, "reason", reason));
        }
        try {
            plans.publish(id, user);
        } catch (DuplicateKeyException e) {
            // Another publication for this day and region committed since this one read it: the database kept one.
            throw new ConflictException(Phrase.of("conflict.publishedMeanwhile", plan.region(), plan.planDate().toString()));
        }
        audit.recordAs(user, id, "status-changed", Map.of("status", PlanStatus.PUBLISHED.label(),
                "date", String.valueOf(plan.planDate()), "region", plan.region(),
                "supersedes", current.stream().map(PlanRecord::id).toList(), "reason", hasReason ? reason : ""));
        webhook.add("plan.published", id, () -> publishedEvent(plan, current, hasReason ? reason : "", user));
        return plans.get(id);
    }

    /** What a messaging gateway needs to tell each hospital its quota: the day, and every hospital's part. */
    private static Map<String, Object> publishedEvent(PlanRecord plan, List<PlanRecord> superseded, String reason,
            String user) {
        Plan result = PlanService.resultOf(plan);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("region", plan.region());
        event.put("date", plan.planDate().toString());
        event.put("publishedBy", user);
        event.put("reason", reason);
        event.put("supersedes", superseded.stream().map(PlanRecord::id).toList());
        event.put("totals", result.totals());
        event.put("hospitals", result.hospitals().stream().map(h -> {
            Map<String, Object> hospital = new LinkedHashMap<>();
            hospital.put("id", h.id());
            hospital.put("name", h.name());
            hospital.put("loxTons", h.loxReceivedTons());
            hospital.put("loxShortageTons", h.loxShortageTons());
            hospital.put("cylindersRefilled", h.cylindersRefilled());
            hospital.put("cylinderShortage", h.cylinderShortage());
            hospital.put("quotas", h.quotas());
            hospital.put("refills", h.refills());
            return hospital;
        }).toList());
        return event;
    }
}
