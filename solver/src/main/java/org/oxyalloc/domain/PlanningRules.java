package org.oxyalloc.domain;

/** The day's rules that constraints read: the task force's maximum one-way travel time. */
public record PlanningRules(double maxTravelHours) {
}
