package org.oxyalloc.domain;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/**
 * The plan a re-plan starts from, usually the published one: present only when re-planning, so that the stability
 * rules weigh changes against it, and do not count a day planned from scratch as changed everywhere.
 */
public record PublishedPlan(@PlanningId String id, String reason) {
}
