/**
 * From a problem to something Timefold can solve: {@code AllocationBuilder} (problem to planning model, with demand,
 * travel legs and warnings), {@code ProblemTravel} (the format's places and network as travel's types), the rules in
 * {@code AllocationConstraintProvider} with their justifications, the custom {@code TripMove}s, and
 * {@code PreparedProblem}. The shared {@code solverConfig.xml} lives beside it. May depend on {@code problem},
 * {@code travel}, {@code domain} and {@code bound}.
 */
package org.oxyalloc.solver;
