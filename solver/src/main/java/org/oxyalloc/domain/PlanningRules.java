package org.oxyalloc.domain;

/**
 * The day's rules that constraints read: the task force's maximum one-way travel time, and the most hospitals one
 * tanker trip may serve.
 */
public record PlanningRules(double maxTravelHours, int maxStopsPerTrip) {
}
