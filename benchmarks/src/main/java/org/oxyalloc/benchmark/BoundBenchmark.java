package org.oxyalloc.benchmark;

import java.io.PrintWriter;
import java.util.List;

import org.oxyalloc.bound.Bounds;
import org.oxyalloc.bound.JGraphTMinCostFlow;
import org.oxyalloc.bound.MinCostFlowSolver;
import org.oxyalloc.bound.OrToolsMinCostFlow;
import org.oxyalloc.bound.ShortageBound;
import org.oxyalloc.bound.ShortageWeights;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.solver.PreparedProblem;

/** Times the flow relaxation behind the bound with each min-cost flow library on one instance. */
public final class BoundBenchmark {

    private final int runs;

    public BoundBenchmark(int runs) {
        this.runs = runs;
    }

    public void run(Instance instance, PrintWriter out) {
        PreparedProblem prepared = new AllocationEngine().prepare(instance.problem());
        // The engine's own bound runs beside; it must be done before the clock starts.
        prepared.bound();
        OxygenAllocation allocation = prepared.solution();
        ShortageWeights weights = new ShortageWeights(1, 1, 1000, 1000, 1, 1, 10_000, 10_000);
        out.printf("%s: %d LOX lots, %d refill batches; %d runs after a warm-up%n", instance.name(),
                allocation.getLoxLots().size(), allocation.getRefillBatches().size(), runs);
        for (MinCostFlowSolver flowSolver : List.of(new OrToolsMinCostFlow(), new JGraphTMinCostFlow())) {
            Bounds bounds = new Bounds(flowSolver);
            double[] millis = new double[runs];
            ShortageBound result = null;
            try {
                for (int run = -1; run < runs; run++) {
                    long t0 = System.nanoTime();
                    result = bounds.compute(allocation, weights);
                    if (run >= 0) {
                        millis[run] = (System.nanoTime() - t0) / 1e6;
                    }
                }
            } catch (IllegalArgumentException e) {
                out.printf("  %-40s cannot solve this instance: %s%n", flowSolver.name(), e.getMessage());
                continue;
            }
            out.printf("  %-40s %s; bound %d, least shortage %.2f t%n", flowSolver.name(), Stats.millis(millis),
                    result.medium(), result.minimumShortageKg() / 1000.0);
        }
    }
}
