package org.oxyalloc.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoadGraphTest {

    /** Truck speeds as the problem format assumes them for toll, arterial and local roads. */
    static final double TOLL_KMH = 60;
    static final double ARTERIAL_KMH = 40;
    static final double LOCAL_KMH = 25;

    static RoadMap.Road edge(String from, String to, double km, double kmh) {
        return new RoadMap.Road(from, to, km, km / kmh, false);
    }

    static RoadMap.Road oneWay(String from, String to, double km) {
        return new RoadMap.Road(from, to, km, km / ARTERIAL_KMH, true);
    }

    static RoadMap.Node node(String id, double lat, double lon) {
        return new RoadMap.Node(id, new GeoPoint(lat, lon));
    }

    static RoadMap network(List<RoadMap.Node> nodes, List<RoadMap.Road> roads) {
        return new RoadMap("test", nodes, roads);
    }

    @Test
    void costsPackTimeBeforeDistance() {
        long cost = RoadGraph.cost(1.5, 78.5);
        assertThat(RoadGraph.hours(cost)).isEqualTo(1.5);
        assertThat(RoadGraph.km(cost)).isEqualTo(78.5);
        assertThat(RoadGraph.cost(1.0, 500)).isLessThan(RoadGraph.cost(1.01, 1));
        assertThat(RoadGraph.km(RoadGraph.cost(2, 30.6) + RoadGraph.cost(1, 8))).isEqualTo(38.6);
    }

    @Test
    void aChainOfShapePointsIsContractedAndStillReachableEverywhere() {
        // A - s1 - s2 - s3 - B, plus a spur B - C: two junction... A, B and C are ends or forks.
        List<RoadMap.Node> nodes = List.of(node("A", 0, 0), node("s1", 0, 0.1), node("s2", 0, 0.2), node("s3", 0, 0.3),
                node("B", 0, 0.4), node("C", 0.1, 0.4), node("D", -0.1, 0.4));
        List<RoadMap.Road> edges = List.of(edge("A", "s1", 10, TOLL_KMH), edge("s1", "s2", 10, TOLL_KMH),
                edge("s2", "s3", 10, TOLL_KMH), edge("s3", "B", 10, TOLL_KMH),
                edge("B", "C", 12, LOCAL_KMH), edge("B", "D", 8, LOCAL_KMH));
        RoadGraph graph = RoadGraph.of(network(nodes, edges));
        assertThat(graph.junctionCount()).isEqualTo(4);
        int[] all = java.util.stream.IntStream.range(0, nodes.size()).toArray();
        long[][] costs = graph.costs(all, all);
        // s1 to s3 along the chain, without passing a junction.
        assertThat(RoadGraph.km(costs[1][3])).isEqualTo(20.0);
        // s2 to C: 20 km of toll to B, then 12 km local.
        assertThat(RoadGraph.km(costs[2][5])).isEqualTo(32.0);
        assertThat(RoadGraph.hours(costs[2][5])).isCloseTo(20 / 60.0 + 12 / 25.0, within(1e-3));
        assertThat(costs[3][3]).isZero();
    }

    @Test
    void oneWayRoadsAndDisconnectedPartsAreRespected() {
        List<RoadMap.Node> nodes = List.of(node("A", 0, 0), node("B", 0, 0.1), node("C", 0, 0.2), node("X", 5, 5), node("Y", 5, 5.1));
        List<RoadMap.Road> edges = List.of(oneWay("A", "B", 10), oneWay("B", "C", 10), oneWay("C", "A", 50), edge("X", "Y", 3, LOCAL_KMH));
        RoadGraph graph = RoadGraph.of(network(nodes, edges));
        long[][] costs = graph.costs(new int[] {0, 2, 3}, new int[] {2, 0, 4});
        assertThat(RoadGraph.km(costs[0][0])).isEqualTo(20.0);
        assertThat(RoadGraph.km(costs[1][1])).isEqualTo(50.0);
        assertThat(costs[0][2]).isEqualTo(RoadGraph.UNREACHABLE);
        assertThat(RoadGraph.km(costs[2][2])).isEqualTo(3.0);
    }

    /** Random road-like networks: towns joined by roads of shape points, some one-way, some parallel roads. */
    static RoadMap randomNetwork(long seed, int towns) {
        SplittableRandom random = new SplittableRandom(seed);
        List<RoadMap.Node> nodes = new ArrayList<>();
        List<RoadMap.Road> edges = new ArrayList<>();
        for (int t = 0; t < towns; t++) {
            nodes.add(node("T" + t, random.nextDouble(-1, 1), random.nextDouble(-1, 1)));
        }
        for (int road = 0; road < towns * 2; road++) {
            int a = random.nextInt(towns);
            int b = random.nextInt(towns);
            if (a == b) {
                continue;
            }
            boolean oneWay = random.nextInt(5) == 0;
            String previous = "T" + a;
            int shapePoints = random.nextInt(0, 5);
            for (int p = 0; p <= shapePoints; p++) {
                String next = p == shapePoints ? "T" + b : "R" + road + "P" + p;
                if (p < shapePoints) {
                    nodes.add(node(next, random.nextDouble(-1, 1), random.nextDouble(-1, 1)));
                }
                double kmh = new double[] {TOLL_KMH, ARTERIAL_KMH, LOCAL_KMH}[random.nextInt(3)];
                double km = Math.round(random.nextDouble(1, 30) * 10) / 10.0;
                edges.add(new RoadMap.Road(previous, next, km, km / kmh, oneWay));
                previous = next;
            }
        }
        return network(nodes, edges);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void contractionGivesTheSameCostsAsDijkstraOnTheWholeNetwork(long seed) {
        RoadMap network = randomNetwork(seed, 12);
        RoadGraph graph = RoadGraph.of(network);
        int n = network.nodes().size();
        int[] all = java.util.stream.IntStream.range(0, n).toArray();
        long[][] contracted = graph.costs(all, all);

        var whole = new SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge>(DefaultWeightedEdge.class);
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            whole.addVertex(i);
            index.put(network.nodes().get(i).id(), i);
        }
        for (RoadMap.Road e : network.roads()) {
            long cost = RoadGraph.cost(e.hours(), e.km());
            addMin(whole, index.get(e.from()), index.get(e.to()), cost);
            if (!e.oneWay()) {
                addMin(whole, index.get(e.to()), index.get(e.from()), cost);
            }
        }
        for (int s = 0; s < n; s++) {
            var paths = new DijkstraShortestPath<>(whole).getPaths(s);
            for (int t = 0; t < n; t++) {
                double expected = paths.getWeight(t);
                assertThat(contracted[s][t]).as("%s to %s", network.nodes().get(s).id(), network.nodes().get(t).id())
                        .isEqualTo(Double.isInfinite(expected) ? RoadGraph.UNREACHABLE : (long) expected);
            }
        }
        // Fewer origins than destinations searches forwards; more origins searches the reversed graph.
        long[][] reversed = graph.costs(all, new int[] {0});
        for (int s = 0; s < n; s++) {
            assertThat(reversed[s][0]).isEqualTo(contracted[s][0]);
        }
    }

    private static void addMin(SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> graph, int from, int to, long cost) {
        DefaultWeightedEdge existing = graph.getEdge(from, to);
        if (existing == null) {
            graph.setEdgeWeight(graph.addEdge(from, to), cost);
        } else if (cost < graph.getEdgeWeight(existing)) {
            graph.setEdgeWeight(existing, cost);
        }
    }

    @Test
    void snapsToTheNearestNode() {
        RoadMap network = randomNetwork(3, 30);
        RoadGraph graph = RoadGraph.of(network);
        SplittableRandom random = new SplittableRandom(9);
        for (int k = 0; k < 200; k++) {
            GeoPoint place = new GeoPoint(random.nextDouble(-1.5, 1.5), random.nextDouble(-1.5, 1.5));
            double nearest = network.nodes().stream()
                    .mapToDouble(n -> StraightLineTravel.haversineKm(place, n.point())).min().orElseThrow();
            assertThat(StraightLineTravel.haversineKm(place, graph.location(graph.nearestNode(place))))
                    .isCloseTo(nearest, within(1e-9));
        }
        // Far outside the network's grid it still finds the nearest node.
        GeoPoint far = new GeoPoint(-40, 60);
        double nearest = network.nodes().stream().mapToDouble(n -> StraightLineTravel.haversineKm(far, n.point())).min().orElseThrow();
        assertThat(StraightLineTravel.haversineKm(far, graph.location(graph.nearestNode(far)))).isCloseTo(nearest, within(1e-9));
    }
}
