package org.oxyalloc.api.tuning;

import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.oxyalloc.api.audit.AuditLog;
import org.oxyalloc.api.plan.PlanRecord;
import org.oxyalloc.api.plan.PlanRepository;
import org.oxyalloc.api.plan.PlanService;
import org.oxyalloc.api.user.CurrentUser;
import org.oxyalloc.api.user.Role;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.ProblemJson;
import org.oxyalloc.problem.ProblemReader;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** What-if plans: a new plan from an existing one with other weights or changed inputs, validated like any problem. */
@Service
class TuningService {

    /**
     * @param constraintWeights weights to change, by constraint name, on the constraint's level (0 disables it)
     * @param problem changed inputs: a whole problem replacing the original's (its weights still apply); null keeps them
     */
    record WhatIf(Map<String, Long> constraintWeights, JsonNode problem, String timeLimit, Boolean solve) {
    }

    private final PlanRepository plans;
    private final PlanService service;
    private final ProblemReader reader;
    private final AuditLog audit;

    TuningService(PlanRepository plans, PlanService service, ProblemReader reader, AuditLog audit) {
        this.plans = plans;
        this.service = service;
        this.reader = reader;
        this.audit = audit;
    }

    /**
     * Analysts tune weights; changing a plan's inputs (a replacement problem) is a staff action, since staff answer for
     * what a problem says.
     */
    long whatIf(long baseId, WhatIf request) {
        if (request.problem() != null && !CurrentUser.hasRole(Role.ADMIN, Role.STAFF)) {
            throw new AccessDeniedException("changing a plan's inputs is a staff action; an analyst changes weights only");
        }
        PlanRecord base = plans.get(baseId);
        Problem original = PlanService.problemOf(base);
        ObjectNode problem = request.problem() != null && request.problem().isObject()
                ? (ObjectNode) request.problem().deepCopy()
                : ProblemJson.mapper().valueToTree(original);
        Map<String, Long> before = new TreeMap<>(original.effectiveSettings().constraintWeights());
        Map<String, Long> after = new TreeMap<>(before);
        if (request.constraintWeights() != null) {
            after.putAll(request.constraintWeights());
        }
        ObjectNode settings = problem.has("settings") && problem.get("settings").isObject()
                ? (ObjectNode) problem.get("settings") : problem.putObject("settings");
        settings.set("constraintWeights", ProblemJson.mapper().valueToTree(after));
        String json;
        try {
            json = ProblemJson.mapper().writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("what-if problem is not serialisable", e);
        }
        boolean solve = request.solve() == null || request.solve();
        long id = service.submit(reader.read(json), json, new PlanService.SubmitOptions(request.timeLimit(), solve,
                baseId, request.problem() != null ? "what-if with changed inputs" : "what-if"));
        audit.record(id, "weights-changed", Map.of("from", before, "to", after, "basePlanId", baseId,
                "inputsChanged", request.problem() != null));
        return id;
    }
}
