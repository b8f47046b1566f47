package org.oxyalloc.domain;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/**
 * The day's rules that constraints read: the task force's maximum one-way travel time, and the most hospitals one
 * tanker trip may serve.
 */
public record PlanningRules(@PlanningId String id, double maxTravelHours, int maxStopsPerTrip) {

    /** One per day: the id by which a change to a running solve finds it (see {@code DayChange}). */
    public PlanningRules(double maxTravelHours, int maxStopsPerTrip) {
        this("rules", maxTravelHours, maxStopsPerTrip);
    }
}
