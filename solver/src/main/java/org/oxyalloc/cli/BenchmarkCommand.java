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
        subcommands = BenchmarkCommand.Travel.class)
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
}
