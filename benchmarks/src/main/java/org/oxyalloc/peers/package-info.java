/**
 * The exact peers of the benchmark: the same allocation as a mixed-integer program ({@code AllocationMip}), solved by
 * CP-SAT or SCIP through OR-Tools ({@code PeerSolver}), its plan written back into the prepared solution to be scored
 * by Timefold. May depend on the solver module ({@code engine}, {@code solver}, {@code domain}) only.
 */
package org.oxyalloc.peers;
