/**
 * {@code AllocationEngine}, the one way in for the command line, the service and the benchmarks: read a problem,
 * prepare it (travel, planning model, bound), take its starting solution, solve it or hand it to a SolverManager,
 * and report the plan; also the constraint catalogue. May depend on every other package of the solver module.
 */
package org.oxyalloc.engine;
