package org.oxyalloc.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.oxyalloc.datasets.SyntheticRoadNetwork;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.Problem.Location;
import org.oxyalloc.travel.Leg;
import org.oxyalloc.travel.RoadTravel;
import org.oxyalloc.travel.StraightLineTravel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "benchmark", description = "Measures the engine on synthetic instances; results are in docs/benchmarks.md.",
        subcommands = {BenchmarkCommand.Travel.class, BenchmarkCommand.Bound.class, BenchmarkCommand.Solve.class,
                BenchmarkPeersCommand.class, BenchmarkReportCommand.class})
final class BenchmarkCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "travel", description = "Road distances from suppliers to hospitals on a synthetic road network:"
            + " building the graph, then the supplier-hospital matrix; median, min and max over the runs.")
    static final class Travel implements Callable<Integer> {

        @Option(names = "--nodes", defaultValue = "50000", description = "Road nodes. Default: ${DEFAULT-VALUE}")
        int nodes;

        @Option(names = "--suppliers", defaultValue = "300", description = "Default: ${DEFAULT-VALUE}")
        int suppliers;

        @Option(names = "--hospitals", defaultValue = "3000", description = "Default: ${DEFAULT-VALUE}")
        int hospitals;

        @Option(names = "--runs", defaultValue = "7", description = "Measured runs, after one warm-up. Default: ${DEFAULT-VALUE}")
        int runs;

        @Option(names = "--seed", defaultValue = "1", description = "Default: ${DEFAULT-VALUE}")
        long seed;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (runs < 1 || suppliers < 1 || hospitals < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--runs, --suppliers and --hospitals must be at least 1");
            }
            PrintWriter out = spec.commandLine().getOut();
            Problem.RoadNetwork network;
            try {
                network = SyntheticRoadNetwork.generate(seed, nodes);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
            }
            SplittableRandom random = new SplittableRandom(seed + 1);
            List<Location> from = places(random, suppliers);
            List<Location> to = places(random, hospitals);
            StraightLineTravel access = new StraightLineTravel(1.3, 40);
            out.printf("%s: %d edges; %d suppliers x %d hospitals; %d runs after a warm-up; %d cores, max heap %d MiB%n",
                    network.name(), network.edges().size(), suppliers, hospitals, runs,
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            double[] build = new double[runs];
            double[] matrix = new double[runs];
            double[] straight = new double[runs];
            int unreachable = 0;
            for (int run = -1; run < runs; run++) {
                long t0 = System.nanoTime();
                RoadTravel travel = RoadTravel.of(network, access);
                long t1 = System.nanoTime();
                Leg[][] legs = travel.legs(from, to);
                long t2 = System.nanoTime();
                access.legs(from, to);
                long t3 = System.nanoTime();
                if (run >= 0) {
                    build[run] = (t1 - t0) / 1e6;
                    matrix[run] = (t2 - t1) / 1e6;
                    straight[run] = (t3 - t2) / 1e6;
                } else {
                    out.println("  " + travel.describe());
                    unreachable = (int) Arrays.stream(legs).flatMap(Arrays::stream).filter(l -> !l.isReachable()).count();
                }
            }
            out.printf("  build graph       %s%n", stats(build));
            out.printf("  distance matrix   %s%n", stats(matrix));
            out.printf("  build + matrix    median %.0f ms = %.2f x the 2 s target%n",
                    median(build) + median(matrix), (median(build) + median(matrix)) / 2000);
            out.printf("  straight line     %s (for scale)%n", stats(straight));
            out.printf("  unreachable pairs %d of %d%n", unreachable, suppliers * hospitals);
            return ExitCode.OK;
        }

        private static List<Location> places(SplittableRandom random, int count) {
            List<Location> places = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                places.add(new Location(random.nextDouble(-8.4, -5.9), random.nextDouble(105.1, 114.4)));
            }
            return places;
        }

        private static String stats(double[] millis) {
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            return String.format(java.util.Locale.ROOT, "median %6.0f ms  (min %.0f, max %.0f)", median(millis),
                    sorted[0], sorted[sorted.length - 1]);
        }

        private static double median(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
    }

    /** A benchmark instance: a generated problem or a dataset. */
    record Instance(String name, Problem problem) {

        /** Suppliers: one per ten hospitals, at least 2; supply 80 % of the need. */
        static Instance generated(CommandLine.Model.CommandSpec spec, long seed, int hospitals, double fleetRatio) {
            int suppliers = Math.max(2, hospitals / 10);
            return new Instance(hospitals + " hospitals x " + suppliers + " suppliers",
                    GenerateCommand.generate(spec, seed, hospitals, suppliers, 0.8, fleetRatio));
        }

        static Instance read(org.oxyalloc.solver.AllocationSolver solver, java.nio.file.Path file) throws java.io.IOException {
            var reading = new org.oxyalloc.problem.ProblemReader(solver.constraints().keySet()).read(file);
            if (!reading.isValid()) {
                throw new IllegalStateException(file + " is not valid: " + reading.errors());
            }
            return new Instance(file.getFileName().toString(), reading.problem());
        }
    }

    @Command(name = "solve", description = "Solves generated instances and the datasets with each strategy and reports,"
            + " as a Markdown table: preparation time (travel and bound), time to the first feasible plan, the gap to the"
            + " bound on the medium level at each checkpoint, and peak heap.")
    static final class Solve implements Callable<Integer> {

        @Option(names = "--sizes", split = ",", defaultValue = "10,100,300,1000,3000",
                description = "Hospitals per generated instance (suppliers: one per ten, at least 2). Default: ${DEFAULT-VALUE}")
        List<Integer> sizes;

        @Option(names = "--checkpoints", split = ",", defaultValue = "1,10,30,60",
                description = "Seconds at which the gap is read; the last is the time limit. Default: ${DEFAULT-VALUE}")
        List<Integer> checkpoints;

        @Option(names = "--strategies", split = ",", defaultValue = "CONSTRUCTION_ONLY,LOCAL_SEARCH,WARM_STARTED",
                description = "Default: ${DEFAULT-VALUE}")
        List<org.oxyalloc.solver.AllocationSolver.Strategy> strategies;

        @Option(names = "--datasets", defaultValue = "datasets", description = "Folder of datasets to include; '' for none.")
        String datasets;

        @Option(names = "--seed", defaultValue = "1")
        long seed;

        @Option(names = "--plots", paramLabel = "DIR",
                description = "Also writes one PNG chart per instance to DIR: the gap to the bound over time, a line per strategy.")
        java.nio.file.Path plots;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        /** A table row, and the gaps over time for the instance's chart. */
        private record Run(String row, GapChart.Series gaps) {
        }

        @Override
        public Integer call() throws Exception {
            if (checkpoints.isEmpty() || checkpoints.stream().anyMatch(c -> c < 1)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--checkpoints must be whole seconds of at least 1");
            }
            PrintWriter out = spec.commandLine().getOut();
            var solver = new org.oxyalloc.solver.AllocationSolver();
            List<Instance> instances = new ArrayList<>();
            for (int hospitals : sizes) {
                instances.add(Instance.generated(spec, seed, hospitals, 1));
            }
            if (!datasets.isEmpty()) {
                try (var files = java.nio.file.Files.list(java.nio.file.Path.of(datasets))) {
                    for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                        instances.add(Instance.read(solver, file));
                    }
                }
            }
            int limit = checkpoints.stream().mapToInt(Integer::intValue).max().orElseThrow();
            out.printf("%d cores, max heap %d MiB; gap = (medium penalty - bound) / bound on the best plan so far%n%n",
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            StringBuilder header = new StringBuilder("| instance | strategy | prepare (s) | first feasible (s) |");
            StringBuilder rule = new StringBuilder("|---|---|---|---|");
            checkpoints.forEach(c -> {
                header.append(" gap @").append(c).append(" s |");
                rule.append("---|");
            });
            out.println(header.append(" shortage vs least (t) | peak heap (MiB) |"));
            out.println(rule.append("---|---|"));
            out.flush();
            for (Instance instance : instances) {
                List<GapChart.Series> gaps = new ArrayList<>();
                for (var strategy : strategies) {
                    Run run = run(solver, instance, strategy, limit);
                    out.println(run.row());
                    out.flush();
                    gaps.add(run.gaps());
                }
                if (plots != null) {
                    GapChart.write(plots, instance.name(), gaps);
                }
            }
            return ExitCode.OK;
        }

        private Run run(org.oxyalloc.solver.AllocationSolver solver, Instance instance,
                org.oxyalloc.solver.AllocationSolver.Strategy strategy, int limitSeconds) {
            System.gc();
            java.lang.management.ManagementFactory.getMemoryPoolMXBeans().forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
            long t0 = System.nanoTime();
            var prepared = solver.prepare(instance.problem());
            double prepare = (System.nanoTime() - t0) / 1e9;
            List<double[]> bests = java.util.Collections.synchronizedList(new ArrayList<>()); // elapsed s, hard, medium
            long t1 = System.nanoTime();
            var solved = solver.solve(prepared, java.time.Duration.ofSeconds(limitSeconds), strategy,
                    best -> bests.add(new double[] {(System.nanoTime() - t1) / 1e9, best.getScore().hardScore(),
                            best.getScore().mediumScore()}));
            bests.add(new double[] {(System.nanoTime() - t1) / 1e9, solved.getScore().hardScore(), solved.getScore().mediumScore()});
            long heap = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                    .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
            long bound = prepared.bound().medium();
            List<GapChart.Point> gaps = bests.stream().filter(b -> b[1] == 0)
                    .map(b -> new GapChart.Point(b[0], org.oxyalloc.plan.PlanReporter.gapPercent((long) -b[2], bound))).toList();
            String firstFeasible = bests.stream().filter(b -> b[1] == 0).findFirst()
                    .map(b -> String.format(java.util.Locale.ROOT, "%.1f", b[0])).orElse("none");
            String name = strategy.name().toLowerCase().replace('_', ' ');
            StringBuilder row = new StringBuilder(String.format(java.util.Locale.ROOT, "| %s | %s | %.1f | %s |",
                    instance.name(), name, prepare, firstFeasible));
            for (int checkpoint : checkpoints) {
                GapChart.Point best = null;
                for (GapChart.Point gap : gaps) {
                    if (gap.seconds() <= checkpoint + 0.05) {
                        best = gap;
                    }
                }
                row.append(best == null ? " - |" : String.format(java.util.Locale.ROOT, " %.2f%% |", best.gapPercent()));
            }
            row.append(String.format(java.util.Locale.ROOT, " %.2f vs %.2f | %d |",
                    org.oxyalloc.plan.PlanReporter.shortageKg(solved) / 1000.0, prepared.bound().minimumShortageKg() / 1000.0,
                    heap));
            return new Run(row.toString(), new GapChart.Series(name, gaps));
        }
    }

    @Command(name = "bound", description = "Times the flow relaxation behind the bound with each min-cost flow library on one"
            + " generated instance; median, min and max over the runs.")
    static final class Bound implements Callable<Integer> {

        @Option(names = "--hospitals", defaultValue = "3000", description = "Default: ${DEFAULT-VALUE}")
        int hospitals;

        @Option(names = "--suppliers", defaultValue = "300", description = "Default: ${DEFAULT-VALUE}")
        int suppliers;

        @Option(names = "--runs", defaultValue = "5", description = "Measured runs, after one warm-up. Default: ${DEFAULT-VALUE}")
        int runs;

        @Option(names = "--seed", defaultValue = "1")
        long seed;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (runs < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be at least 1");
            }
            PrintWriter out = spec.commandLine().getOut();
            Problem problem = GenerateCommand.generate(spec, seed, hospitals, suppliers, 0.8, 1);
            var allocation = new org.oxyalloc.solver.AllocationSolver().prepare(problem).solution();
            var weights = new org.oxyalloc.bound.ShortageWeights(1, 1, 1000, 1000, 1, 1);
            out.printf("%d hospitals x %d suppliers: %d LOX lots, %d refill batches; %d runs after a warm-up%n", hospitals,
                    suppliers, allocation.getLoxLots().size(), allocation.getRefillBatches().size(), runs);
            for (var flowSolver : List.of(new org.oxyalloc.bound.OrToolsMinCostFlow(), new org.oxyalloc.bound.JGraphTMinCostFlow())) {
                var bounds = new org.oxyalloc.bound.Bounds(flowSolver);
                double[] millis = new double[runs];
                org.oxyalloc.bound.ShortageBound result = null;
                for (int run = -1; run < runs; run++) {
                    long t0 = System.nanoTime();
                    result = bounds.compute(allocation, weights);
                    if (run >= 0) {
                        millis[run] = (System.nanoTime() - t0) / 1e6;
                    }
                }
                out.printf("  %-40s %s; bound %d, least shortage %.2f t%n", flowSolver.name(), Travel.stats(millis),
                        result.medium(), result.minimumShortageKg() / 1000.0);
            }
            return ExitCode.OK;
        }
    }
}
