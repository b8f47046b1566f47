package org.oxyalloc.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.engine.AllocationEngine.Strategy;
import org.oxyalloc.plan.PlanReporter;
import org.oxyalloc.solver.PreparedProblem;

/**
 * Solves instances with each strategy and reports, as a Markdown table: preparation time (travel and the planning model; the bound runs beside), time to
 * the first feasible plan, the gap to the bound on the medium level at each checkpoint, when the reported plan was
 * back (the time limit is the last checkpoint, counted like every time here from the start of the preparation), and
 * peak heap; then the median and the worst gaps over the seeds; optionally a chart per instance of the gap over time.
 */
public final class SolveBenchmark {

    private final AllocationEngine engine;
    private final List<Integer> checkpoints;
    private final List<Strategy> strategies;

    /** A table row, the gap at each checkpoint (null where no plan was feasible yet), and the gaps over time for the chart. */
    private record Run(String row, List<Double> atCheckpoints, GapChart.Series gaps) {
    }

    /** A new best plan: seconds since the solve started, and its hard and medium scores. */
    private record Best(double seconds, long hard, long medium) {
    }

    /** @param checkpoints seconds at which the gap is read; the last is the time limit */
    public SolveBenchmark(AllocationEngine engine, List<Integer> checkpoints, List<Strategy> strategies) {
        this.engine = engine;
        this.checkpoints = List.copyOf(checkpoints);
        this.strategies = List.copyOf(strategies);
    }

    /** @param plots where the charts go, or null for none */
    public void run(List<Instance> instances, PrintWriter out, Path plots) throws IOException {
        int limit = checkpoints.stream().mapToInt(Integer::intValue).max().orElseThrow();
        out.printf("%d cores, max heap %d MiB; gap = (medium penalty - bound) / bound on the best plan so far; times count"
                + " from the start of the preparation, as the time limit does%n%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        StringBuilder header = new StringBuilder("| instance | strategy | prepare (s) | first feasible (s) |");
        StringBuilder rule = new StringBuilder("|---|---|---|---|");
        checkpoints.forEach(c -> {
            header.append(" gap @").append(c).append(" s |");
            rule.append("---|");
        });
        out.println(header.append(" plan back (s) | shortage vs least (t) | peak heap (MiB) |"));
        out.println(rule.append("---|---|---|"));
        out.flush();
        SeedSummary summary = new SeedSummary();
        for (Instance instance : instances) {
            List<GapChart.Series> gaps = new ArrayList<>();
            for (Strategy strategy : strategies) {
                Run run = run(instance, strategy, limit);
                out.println(run.row());
                out.flush();
                gaps.add(run.gaps());
                for (int c = 0; c < checkpoints.size(); c++) {
                    summary.add(instance, run.gaps().name(), checkpoints.get(c), run.atCheckpoints().get(c));
                }
            }
            if (plots != null) {
                GapChart.write(plots, instance.name(), gaps);
            }
        }
        summary.print(out, checkpoints);
    }

    private Run run(Instance instance, Strategy strategy, int limitSeconds) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        PreparedProblem prepared = engine.prepare(instance.problem());
        double prepare = (System.nanoTime() - prepared.startedNanos()) / 1e9;
        List<Best> bests = Collections.synchronizedList(new ArrayList<>());
        // As the time limit does, every time counts from the start of the preparation.
        long t1 = prepared.startedNanos();
        OxygenAllocation solved = engine.solve(prepared, Duration.ofSeconds(limitSeconds), strategy,
                best -> bests.add(new Best((System.nanoTime() - t1) / 1e9, best.getScore().hardScore(),
                        best.getScore().mediumScore())));
        bests.add(new Best((System.nanoTime() - t1) / 1e9, solved.getScore().hardScore(), solved.getScore().mediumScore()));
        engine.report(prepared, solved);
        double back = (System.nanoTime() - t1) / 1e9;
        long heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
        long bound = prepared.bound().medium();
        List<GapChart.Point> gaps = bests.stream().filter(b -> b.hard() == 0)
                .map(b -> new GapChart.Point(b.seconds(), PlanReporter.gapPercent(-b.medium(), bound))).toList();
        String firstFeasible = bests.stream().filter(b -> b.hard() == 0).findFirst()
                .map(b -> String.format(Locale.ROOT, "%.1f", b.seconds())).orElse("none");
        String name = strategy.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %s | %.1f | %s |",
                instance.name(), name, prepare, firstFeasible));
        List<Double> atCheckpoints = new ArrayList<>();
        for (int checkpoint : checkpoints) {
            GapChart.Point best = null;
            for (GapChart.Point gap : gaps) {
                if (gap.seconds() <= checkpoint + 0.05) {
                    best = gap;
                }
            }
            atCheckpoints.add(best == null ? null : best.gapPercent());
            row.append(best == null ? " - |" : String.format(Locale.ROOT, " %.2f%% |", best.gapPercent()));
        }
        row.append(String.format(Locale.ROOT, " %.1f | %.2f vs %.2f | %d |", back, PlanReporter.shortageKg(solved) / 1000.0,
                prepared.bound().minimumShortageKg() / 1000.0, heap));
        return new Run(row.toString(), atCheckpoints, new GapChart.Series(name, gaps));
    }
}
