/**
 * The plan people read: the {@code Plan} records written to plan files and served by the service,
 * {@code PlanReporter} (solved allocation and score analysis to plan) and {@code PlanSummary} (the plan as terminal
 * text). May depend on every package of the solver module except {@code engine}.
 */
package org.oxyalloc.plan;
