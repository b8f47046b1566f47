/**
 * Measurements of the engine: travel, the bound, solving strategies against the bound, Timefold against the exact
 * peers, and Timefold's own benchmark report (through {@code WarmStartedProblemIO} and {@code SolverVariant}), with
 * PNG charts ({@code GapChart}, JFreeChart). May depend on the solver and datasets modules and on {@code peers}.
 */
package org.oxyalloc.benchmark;
