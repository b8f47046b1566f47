package org.oxyalloc.domain;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/**
 * What the plan being re-planned gave a hospital on one refill route (a station directly or through a collection
 * post): the cylinders it told the hospital to bring there.
 */
public record PublishedRefills(@PlanningId String id, Hospital hospital, RefillRoute route, int cylinders) {

    /** One per hospital and route, and so is its id. */
    public PublishedRefills(Hospital hospital, RefillRoute route, int cylinders) {
        this(hospital.getId() + "|" + route.getId(), hospital, route, cylinders);
    }
}
