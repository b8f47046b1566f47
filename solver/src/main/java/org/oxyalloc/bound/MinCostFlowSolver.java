package org.oxyalloc.bound;

/** Solves a feasible min-cost flow problem exactly, returning the flow on each arc. */
public interface MinCostFlowSolver {

    long[] solve(FlowProblem problem);

    String name();

    /** The default: Google OR-Tools, measured fastest at national scale (docs/benchmarks.md). */
    static MinCostFlowSolver standard() {
        return new OrToolsMinCostFlow();
    }
}
