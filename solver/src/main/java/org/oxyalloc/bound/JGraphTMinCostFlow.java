package org.oxyalloc.bound;

import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * JGraphT's capacity-scaling min-cost flow; pure Java, kept for comparison. It takes a unit cost of 10^9 or more
 * for infinite, so it refuses problems whose shortage costs reach that (large weights or priorities).
 */
public final class JGraphTMinCostFlow implements MinCostFlowSolver {

    @Override
    public long[] solve(FlowProblem problem) {
        // The capacity scaling algorithm of JGraphT 1.5.2 reads arc costs from the edge weights.
        Graph<Integer, Integer> graph = GraphTypeBuilder.<Integer, Integer>directed().allowingMultipleEdges(true)
                .allowingSelfLoops(false).weighted(true).buildGraph();
        for (int n = 0; n < problem.nodeCount(); n++) {
            graph.addVertex(n);
        }
        for (int a = 0; a < problem.arcCount(); a++) {
            if (problem.unitCost(a) >= CapacityScalingMinimumCostFlow.COST_INF) {
                throw new IllegalArgumentException("a unit cost of " + problem.unitCost(a) + " reaches JGraphT's limit of "
                        + (long) CapacityScalingMinimumCostFlow.COST_INF + ", which it takes for infinite");
            }
            graph.addEdge(problem.tail(a), problem.head(a), a);
            graph.setEdgeWeight(a, problem.unitCost(a));
        }
        var flowProblem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<Integer, Integer>(graph,
                node -> Math.toIntExact(problem.supply(node)),
                arc -> (int) Math.min(problem.capacity(arc), CapacityScalingMinimumCostFlow.CAP_INF),
                arc -> 0);
        Map<Integer, Double> flowMap = new CapacityScalingMinimumCostFlow<Integer, Integer>().getMinimumCostFlow(flowProblem)
                .getFlowMap();
        long[] flows = new long[problem.arcCount()];
        flowMap.forEach((arc, flow) -> flows[arc] = Math.round(flow));
        return flows;
    }

    @Override
    public String name() {
        return "JGraphT CapacityScalingMinimumCostFlow";
    }
}
