package org.oxyalloc.bound;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

/** Google OR-Tools' min-cost flow (cost scaling push-relabel, native code bundled in the jar). */
public final class OrToolsMinCostFlow implements MinCostFlowSolver {

    static {
        Loader.loadNativeLibraries();
    }

    @Override
    public long[] solve(FlowProblem problem) {
        MinCostFlow flow = new MinCostFlow(problem.nodeCount(), problem.arcCount());
        try {
            for (int a = 0; a < problem.arcCount(); a++) {
                flow.addArcWithCapacityAndUnitCost(problem.tail(a), problem.head(a), problem.capacity(a), problem.unitCost(a));
            }
            for (int n = 0; n < problem.nodeCount(); n++) {
                flow.setNodeSupply(n, problem.supply(n));
            }
            MinCostFlowBase.Status status = flow.solve();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("the flow relaxation has no optimal solution: " + status);
            }
            long[] flows = new long[problem.arcCount()];
            for (int a = 0; a < flows.length; a++) {
                flows[a] = flow.getFlow(a);
            }
            return flows;
        } finally {
            flow.delete();
        }
    }

    @Override
    public String name() {
        return "OR-Tools MinCostFlow";
    }
}
