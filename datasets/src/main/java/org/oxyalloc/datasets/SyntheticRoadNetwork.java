package org.oxyalloc.datasets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.Problem.RoadEdge;
import org.oxyalloc.problem.Problem.RoadKind;
import org.oxyalloc.problem.Problem.RoadNode;
import org.oxyalloc.solver.ProblemTravel;

/**
 * A seeded road-like network over the same box as {@link SyntheticGenerator}: towns joined to their nearest towns by
 * roads drawn with shape points, as an OpenStreetMap extract is, so that most nodes lie on roads between junctions.
 */
public final class SyntheticRoadNetwork {

    static final double LAT_MIN = -8.5;
    static final double LAT_MAX = -5.8;
    static final double LON_MIN = 105.0;
    static final double LON_MAX = 114.5;
    /** Towns per node: one junction for about twenty shape points, as in trunk-road extracts. */
    private static final int NODES_PER_TOWN = 20;
    private static final int ROADS_PER_TOWN = 4;

    private SyntheticRoadNetwork() {
    }

    public static Problem.RoadNetwork generate(long seed, int nodeCount) {
        if (nodeCount < 2 * NODES_PER_TOWN || nodeCount > 1_000_000) {
            throw new IllegalArgumentException("nodes must be " + 2 * NODES_PER_TOWN + "..1000000, was " + nodeCount);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int towns = nodeCount / NODES_PER_TOWN;
        List<RoadNode> nodes = new ArrayList<>(nodeCount);
        for (int t = 0; t < towns; t++) {
            nodes.add(new RoadNode("T" + t, random.nextDouble(LAT_MIN, LAT_MAX), random.nextDouble(LON_MIN, LON_MAX)));
        }
        List<int[]> roads = roads(nodes, towns);
        int shapePointsLeft = nodeCount - towns;
        List<RoadEdge> edges = new ArrayList<>();
        for (int r = 0; r < roads.size(); r++) {
            int shapePoints = shapePointsLeft / (roads.size() - r);
            shapePointsLeft -= shapePoints;
            RoadNode a = nodes.get(roads.get(r)[0]);
            RoadNode b = nodes.get(roads.get(r)[1]);
            RoadKind kind = random.nextInt(6) == 0 ? RoadKind.TOLL : RoadKind.ARTERIAL;
            RoadNode previous = a;
            for (int p = 1; p <= shapePoints + 1; p++) {
                RoadNode next = b;
                if (p <= shapePoints) {
                    double f = (double) p / (shapePoints + 1);
                    next = new RoadNode("R" + r + "P" + p, a.lat() + f * (b.lat() - a.lat()) + random.nextDouble(-0.005, 0.005),
                            a.lon() + f * (b.lon() - a.lon()) + random.nextDouble(-0.005, 0.005));
                    nodes.add(next);
                }
                double km = Math.max(0.01, ProblemTravel.km(previous.location(), next.location()) * 1.05);
                edges.add(new RoadEdge(previous.id(), next.id(), Math.round(km * 100) / 100.0, kind, null, null, null, null, null));
                previous = next;
            }
        }
        return new Problem.RoadNetwork(null, "synthetic road network (seed " + seed + ", " + nodes.size() + " nodes)",
                "invented by SyntheticRoadNetwork", nodes, edges);
    }

    /** Each town to its nearest towns, each pair once. */
    private static List<int[]> roads(List<RoadNode> nodes, int towns) {
        Set<Long> seen = new HashSet<>();
        List<int[]> roads = new ArrayList<>();
        for (int t = 0; t < towns; t++) {
            double[] km = new double[towns];
            for (int o = 0; o < towns; o++) {
                km[o] = o == t ? Double.POSITIVE_INFINITY
                        : ProblemTravel.km(nodes.get(t).location(), nodes.get(o).location());
            }
            int[] nearest = IntStream.range(0, towns).boxed().sorted(Comparator.comparingDouble(o -> km[o]))
                    .limit(ROADS_PER_TOWN).mapToInt(Integer::intValue).toArray();
            for (int other : nearest) {
                long key = (long) Math.min(t, other) * towns + Math.max(t, other);
                if (seen.add(key)) {
                    roads.add(new int[] {t, other});
                }
            }
        }
        return roads;
    }
}
