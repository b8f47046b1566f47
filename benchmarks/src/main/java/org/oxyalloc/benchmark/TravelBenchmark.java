package org.oxyalloc.benchmark;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.oxyalloc.datasets.SyntheticRoadNetwork;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.solver.ProblemTravel;
import org.oxyalloc.travel.GeoPoint;
import org.oxyalloc.travel.Leg;
import org.oxyalloc.travel.RoadTravel;
import org.oxyalloc.travel.StraightLineTravel;

/**
 * Road distances from suppliers to hospitals on a synthetic road network: building the graph, then the
 * supplier-hospital matrix, against the 2 s target; median, min and max over the runs after one warm-up.
 */
public final class TravelBenchmark {

    private final long seed;
    private final int suppliers;
    private final int hospitals;
    private final int runs;

    public TravelBenchmark(long seed, int suppliers, int hospitals, int runs) {
        this.seed = seed;
        this.suppliers = suppliers;
        this.hospitals = hospitals;
        this.runs = runs;
    }

    /** A synthetic network of this many nodes on the benchmark's seed; the generator refuses sizes it does not make. */
    public Problem.RoadNetwork network(int nodes) {
        return SyntheticRoadNetwork.generate(seed, nodes);
    }

    public void run(Problem.RoadNetwork network, PrintWriter out) {
        SplittableRandom random = new SplittableRandom(seed + 1);
        List<GeoPoint> from = places(random, suppliers);
        List<GeoPoint> to = places(random, hospitals);
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
            RoadTravel travel = ProblemTravel.roads(network, access);
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
        out.printf("  build graph       %s%n", Stats.millis(build));
        out.printf("  distance matrix   %s%n", Stats.millis(matrix));
        out.printf("  build + matrix    median %.0f ms = %.2f x the 2 s target%n",
                Stats.median(build) + Stats.median(matrix), (Stats.median(build) + Stats.median(matrix)) / 2000);
        out.printf("  straight line     %s (for scale)%n", Stats.millis(straight));
        out.printf("  unreachable pairs %d of %d%n", unreachable, suppliers * hospitals);
    }

    private static List<GeoPoint> places(SplittableRandom random, int count) {
        List<GeoPoint> places = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            places.add(new GeoPoint(random.nextDouble(-8.4, -5.9), random.nextDouble(105.1, 114.4)));
        }
        return places;
    }
}
