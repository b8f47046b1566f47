package org.oxyalloc.benchmark;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.plan.Plan;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.solver.PreparedProblem;

/**
 * Solves each instance twice in one run, with tanker trips as the problem sets them (several stops, loading and
 * unloading times) and as the single-drop model before them (one hospital per trip, no handling time, only driving
 * hours): how much LOX multi-stop trips serve that single drops leave at the suppliers.
 */
public final class TripModelBenchmark {

    /** One hospital per trip, nothing but driving counted: the model before multi-stop trips. */
    static final Problem.TankerTrips SINGLE_DROP = new Problem.TankerTrips(0.0, 0.0, 24.0, 1, 12, null);

    private final AllocationEngine engine;
    private final Duration limit;

    public TripModelBenchmark(AllocationEngine engine, Duration limit) {
        this.engine = engine;
        this.limit = limit;
    }

    public void run(List<Instance> instances, PrintWriter out) {
        out.printf("| instance | trips | LOX requested t | LOX short t | hospitals short of LOX | LOX left at suppliers t"
                + " | tanker trips | gap to own bound %% |%n|---|---|---|---|---|---|---|---|%n");
        for (Instance instance : instances) {
            row(out, instance.name(), "multi-stop", solve(instance.problem()));
            row(out, instance.name(), "single drop", solve(instance.problem().withTankerTrips(SINGLE_DROP)));
            out.flush();
        }
    }

    private Plan solve(Problem problem) {
        PreparedProblem prepared = engine.prepare(problem);
        return engine.report(prepared, engine.solve(prepared, limit, best -> { }));
    }

    private static void row(PrintWriter out, String name, String model, Plan plan) {
        long shortOfLox = plan.hospitals().stream().filter(h -> h.loxShortageTons() > 0).count();
        double left = plan.suppliers().stream().filter(s -> s.tankers() != null).mapToDouble(Plan.SupplierPlan::loxLeftTons)
                .sum();
        out.printf("| %s | %s | %.2f | %.2f | %d | %.2f | %d | %.2f |%n", name, model, plan.totals().loxRequestTons(),
                plan.totals().loxShortageTons(), shortOfLox, left, plan.totals().tankerTrips(),
                plan.bound().mediumGapPercent());
    }
}
