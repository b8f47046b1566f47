package org.oxyalloc.travel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * A road network ready for many-to-many shortest paths.
 * <p>
 * Costs are lexicographic (time first, then distance) packed in one number, {@code seconds << 22 | metres / 10}, so
 * that one JGraphT Dijkstra search gives both the fastest time and the distance along that route (exact while a
 * route is under 41,943 km). The graph is simplified as road graphs usually are: chains of pass-through nodes
 * (shape points, degree 2) are contracted into one edge between junctions, and every chain node keeps its offsets to
 * both ends, so that anything can still snap to any node.
 */
final class RoadGraph {

    static final int KM_BITS = 22;
    static final long UNREACHABLE = Long.MAX_VALUE;

    private final String name;
    private final int nodeCount;
    private final NearestNode nearest;
    /** Junction index of each node, or -1 for a chain node. */
    private final int[] junction;
    private final Chain[] chainOf;
    private final int[] positionInChain;
    private final Graph<Integer, DefaultWeightedEdge> junctions;
    private final int edgeCount;

    /**
     * A maximal run of pass-through nodes between two junctions, nodes[0] and nodes[last]. forward[i] is the cost from
     * nodes[0] to nodes[i], backward[i] from nodes[last] to nodes[i]; null when the chain cannot be driven that way.
     */
    private record Chain(int[] nodes, long[] forward, long[] backward) {
    }

    /** Where a trip can enter or leave the junction graph from a node, and at what cost. */
    private record Port(int junction, long cost) {
    }

    private RoadGraph(String name, int nodeCount, NearestNode nearest, int[] junction, Chain[] chainOf,
            int[] positionInChain, Graph<Integer, DefaultWeightedEdge> junctions, int edgeCount) {
        this.name = name;
        this.nodeCount = nodeCount;
        this.nearest = nearest;
        this.junction = junction;
        this.chainOf = chainOf;
        this.positionInChain = positionInChain;
        this.junctions = junctions;
        this.edgeCount = edgeCount;
    }

    static long cost(double hours, double km) {
        return (Math.round(hours * 3600) << KM_BITS) + Math.round(km * 100);
    }

    static double hours(long cost) {
        return (cost >>> KM_BITS) / 3600.0;
    }

    static double km(long cost) {
        return (cost & ((1L << KM_BITS) - 1)) / 100.0;
    }

    /** Builds the graph of a validated network: node ids unique, edges between known nodes, no self-loops. */
    static RoadGraph of(RoadMap network) {
        List<RoadMap.Node> nodes = network.nodes();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i).id(), i);
        }
        List<Map<Integer, Long>> out = new ArrayList<>();
        List<Map<Integer, Long>> in = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            out.add(new LinkedHashMap<>());
            in.add(new LinkedHashMap<>());
        }
        for (RoadMap.Road road : network.roads()) {
            int from = index.get(road.from());
            int to = index.get(road.to());
            long cost = cost(road.hours(), road.km());
            link(out, in, from, to, cost);
            if (!road.oneWay()) {
                link(out, in, to, from, cost);
            }
        }
        return contract(network.name(), nodes, out, in, network.roads().size());
    }

    private static void link(List<Map<Integer, Long>> out, List<Map<Integer, Long>> in, int from, int to, long cost) {
        out.get(from).merge(to, cost, Math::min);
        in.get(to).merge(from, cost, Math::min);
    }

    private static RoadGraph contract(String name, List<RoadMap.Node> nodes, List<Map<Integer, Long>> out,
            List<Map<Integer, Long>> in, int edgeCount) {
        int n = nodes.size();
        boolean[] passThrough = new boolean[n];
        for (int v = 0; v < n; v++) {
            passThrough[v] = isPassThrough(out.get(v), in.get(v));
        }
        while (true) {
            int[] junction = new int[n];
            Arrays.fill(junction, -1);
            int junctionCount = 0;
            for (int v = 0; v < n; v++) {
                if (!passThrough[v]) {
                    junction[v] = junctionCount++;
                }
            }
            Chain[] chainOf = new Chain[n];
            int[] position = new int[n];
            List<Chain> chains = new ArrayList<>();
            Integer broken = null;
            for (int v = 0; v < n && broken == null; v++) {
                if (passThrough[v] && chainOf[v] == null) {
                    Chain chain = walk(v, passThrough, out, in);
                    if (chain == null) {
                        // A pure cycle of pass-through nodes: make one of them a junction.
                        broken = v;
                    } else if (chain.forward() == null && chain.backward() == null) {
                        // Directions change along the chain; keep its first inner node as a junction.
                        broken = chain.nodes()[1];
                    } else {
                        chains.add(chain);
                        for (int i = 1; i < chain.nodes().length - 1; i++) {
                            chainOf[chain.nodes()[i]] = chain;
                            position[chain.nodes()[i]] = i;
                        }
                    }
                }
            }
            if (broken != null) {
                passThrough[broken] = false;
                continue;
            }
            var graph = new SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge>(DefaultWeightedEdge.class);
            for (int j = 0; j < junctionCount; j++) {
                graph.addVertex(j);
            }
            for (int v = 0; v < n; v++) {
                if (junction[v] >= 0) {
                    for (Map.Entry<Integer, Long> e : out.get(v).entrySet()) {
                        if (junction[e.getKey()] >= 0) {
                            addEdge(graph, junction[v], junction[e.getKey()], e.getValue());
                        }
                    }
                }
            }
            for (Chain chain : chains) {
                int first = junction[chain.nodes()[0]];
                int last = junction[chain.nodes()[chain.nodes().length - 1]];
                if (first != last) {
                    if (chain.forward() != null) {
                        addEdge(graph, first, last, chain.forward()[chain.nodes().length - 1]);
                    }
                    if (chain.backward() != null) {
                        addEdge(graph, last, first, chain.backward()[0]);
                    }
                }
            }
            return new RoadGraph(name, n, new NearestNode(nodes), junction, chainOf, position, graph, edgeCount);
        }
    }

    private static void addEdge(SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> graph, int from, int to, long cost) {
        DefaultWeightedEdge existing = graph.getEdge(from, to);
        if (existing == null) {
            graph.setEdgeWeight(graph.addEdge(from, to), cost);
        } else if (cost < graph.getEdgeWeight(existing)) {
            graph.setEdgeWeight(existing, cost);
        }
    }

    /** Two distinct neighbours, and traffic only passes through: in from one side, out to the other. */
    private static boolean isPassThrough(Map<Integer, Long> out, Map<Integer, Long> in) {
        var neighbours = new java.util.HashSet<Integer>(out.keySet());
        neighbours.addAll(in.keySet());
        if (neighbours.size() != 2) {
            return false;
        }
        var it = neighbours.iterator();
        int u = it.next();
        int w = it.next();
        boolean uw = in.containsKey(u) && out.containsKey(w);
        boolean wu = in.containsKey(w) && out.containsKey(u);
        int expectedOut = (uw ? 1 : 0) + (wu ? 1 : 0);
        return (uw || wu) && out.size() == expectedOut && in.size() == expectedOut;
    }

    /** The chain through pass-through node start, from junction to junction; null for a cycle without junction. */
    private static Chain walk(int start, boolean[] passThrough, List<Map<Integer, Long>> out, List<Map<Integer, Long>> in) {
        List<Integer> left = extend(start, passThrough, out, in, 0);
        List<Integer> right = extend(start, passThrough, out, in, 1);
        if (left == null || right == null) {
            return null;
        }
        List<Integer> order = new ArrayList<>(left);
        java.util.Collections.reverse(order);
        order.add(start);
        order.addAll(right);
        int[] nodes = order.stream().mapToInt(Integer::intValue).toArray();
        long[] forward = new long[nodes.length];
        long[] backward = new long[nodes.length];
        boolean forwardOk = true;
        boolean backwardOk = true;
        for (int i = 1; i < nodes.length; i++) {
            Long f = out.get(nodes[i - 1]).get(nodes[i]);
            forwardOk &= f != null;
            forward[i] = forwardOk ? forward[i - 1] + f : 0;
        }
        for (int i = nodes.length - 2; i >= 0; i--) {
            Long b = out.get(nodes[i + 1]).get(nodes[i]);
            backwardOk &= b != null;
            backward[i] = backwardOk ? backward[i + 1] + b : 0;
        }
        return new Chain(nodes, forwardOk ? forward : null, backwardOk ? backward : null);
    }

    /** Nodes from start's side-th neighbour up to and including the first junction; null if it comes back to start. */
    private static List<Integer> extend(int start, boolean[] passThrough, List<Map<Integer, Long>> out,
            List<Map<Integer, Long>> in, int side) {
        List<Integer> path = new ArrayList<>();
        int previous = start;
        int current = neighbours(start, out, in).get(side);
        while (passThrough[current]) {
            if (current == start) {
                return null;
            }
            path.add(current);
            List<Integer> next = neighbours(current, out, in);
            int following = next.get(0) == previous ? next.get(1) : next.get(0);
            previous = current;
            current = following;
        }
        path.add(current);
        return path;
    }

    private static List<Integer> neighbours(int v, List<Map<Integer, Long>> out, List<Map<Integer, Long>> in) {
        var set = new java.util.TreeSet<Integer>(out.get(v).keySet());
        set.addAll(in.get(v).keySet());
        return List.copyOf(set);
    }

    // ************************************************************************
    // Queries
    // ************************************************************************

    int nearestNode(GeoPoint location) {
        return nearest.nearest(location);
    }

    GeoPoint location(int node) {
        return nearest.location(node);
    }

    /** Ways out of a node into the junction graph. */
    private List<Port> exits(int node) {
        return ports(node, true);
    }

    /** Ways into a node from the junction graph. */
    private List<Port> entries(int node) {
        return ports(node, false);
    }

    /** A junction is its own port; a chain node reaches (or is reached from) each end it can be driven to, at a cost. */
    private List<Port> ports(int node, boolean out) {
        if (junction[node] >= 0) {
            return List.of(new Port(junction[node], 0));
        }
        Chain chain = chainOf[node];
        int i = positionInChain[node];
        int first = junction[chain.nodes()[0]];
        int last = junction[chain.nodes()[chain.nodes().length - 1]];
        int end = chain.nodes().length - 1;
        List<Port> ports = new ArrayList<>(2);
        if (chain.forward() != null) {
            long[] f = chain.forward();
            ports.add(out ? new Port(last, f[end] - f[i]) : new Port(first, f[i]));
        }
        if (chain.backward() != null) {
            long[] b = chain.backward();
            ports.add(out ? new Port(first, b[0] - b[i]) : new Port(last, b[i]));
        }
        return ports;
    }

    /** Cost along one chain when both nodes lie on it, else unreachable (the junction graph covers the rest). */
    private long alongChain(int from, int to) {
        if (from == to) {
            return 0;
        }
        Chain chain = chainOf[from];
        if (chain == null || chain != chainOf[to]) {
            return UNREACHABLE;
        }
        int i = positionInChain[from];
        int j = positionInChain[to];
        if (i < j && chain.forward() != null) {
            return chain.forward()[j] - chain.forward()[i];
        }
        if (i > j && chain.backward() != null) {
            return chain.backward()[j] - chain.backward()[i];
        }
        return UNREACHABLE;
    }

    /**
     * Fastest costs between nodes, {@link #UNREACHABLE} where there is no route. One Dijkstra per distinct junction on
     * the smaller side (on the reversed graph when that is the destinations), run in parallel; each search tree is
     * flattened to an array so that combining a million pairs is plain array reads.
     */
    long[][] costs(int[] fromNodes, int[] toNodes) {
        List<List<Port>> exits = Arrays.stream(fromNodes).mapToObj(this::exits).toList();
        List<List<Port>> entries = Arrays.stream(toNodes).mapToObj(this::entries).toList();
        boolean forward = distinct(exits) <= distinct(entries);
        Graph<Integer, DefaultWeightedEdge> graph = forward ? junctions : new EdgeReversedGraph<>(junctions);
        int[] searched = (forward ? exits : entries).stream().flatMap(List::stream).mapToInt(Port::junction)
                .distinct().toArray();
        int junctionCount = junctions.vertexSet().size();
        double[][] trees = new double[junctionCount][];
        IntStream.range(0, searched.length).parallel().forEach(k -> {
            SingleSourcePaths<Integer, DefaultWeightedEdge> paths = new DijkstraShortestPath<>(graph).getPaths(searched[k]);
            double[] tree = new double[junctionCount];
            for (int j = 0; j < junctionCount; j++) {
                tree[j] = paths.getWeight(j);
            }
            trees[searched[k]] = tree;
        });
        long[][] costs = new long[fromNodes.length][toNodes.length];
        IntStream.range(0, fromNodes.length).parallel().forEach(i -> {
            for (int k = 0; k < toNodes.length; k++) {
                long best = alongChain(fromNodes[i], toNodes[k]);
                for (Port exit : exits.get(i)) {
                    for (Port entry : entries.get(k)) {
                        double between = forward ? trees[exit.junction()][entry.junction()]
                                : trees[entry.junction()][exit.junction()];
                        if (!Double.isInfinite(between)) {
                            best = Math.min(best, exit.cost() + (long) between + entry.cost());
                        }
                    }
                }
                costs[i][k] = best;
            }
        });
        return costs;
    }

    private static long distinct(List<List<Port>> ports) {
        return ports.stream().flatMap(List::stream).mapToInt(Port::junction).distinct().count();
    }

    String name() {
        return name;
    }

    int nodeCount() {
        return nodeCount;
    }

    int edgeCount() {
        return edgeCount;
    }

    int junctionCount() {
        return junctions.vertexSet().size();
    }
}
