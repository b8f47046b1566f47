package org.oxyalloc.travel;

import java.util.List;
import java.util.Locale;

/**
 * Travel on a road network: each place snaps to its nearest road node, the access leg to it is estimated in a
 * straight line, and the rest is the fastest route on the network (JGraphT Dijkstra). Pairs with no route are
 * unreachable.
 */
public final class RoadTravel implements TravelModel {

    private final RoadGraph graph;
    private final StraightLineTravel access;

    private RoadTravel(RoadGraph graph, StraightLineTravel access) {
        this.graph = graph;
        this.access = access;
    }

    public static RoadTravel of(RoadMap network, StraightLineTravel access) {
        return new RoadTravel(RoadGraph.of(network), access);
    }

    @Override
    public Leg[][] legs(List<GeoPoint> from, List<GeoPoint> to) {
        int[] fromNodes = from.stream().mapToInt(graph::nearestNode).toArray();
        int[] toNodes = to.stream().mapToInt(graph::nearestNode).toArray();
        long[][] costs = graph.costs(fromNodes, toNodes);
        Leg[][] legs = new Leg[from.size()][to.size()];
        for (int i = 0; i < from.size(); i++) {
            Leg start = access.between(from.get(i), graph.location(fromNodes[i]));
            for (int j = 0; j < to.size(); j++) {
                long cost = costs[i][j];
                if (cost == RoadGraph.UNREACHABLE) {
                    legs[i][j] = Leg.UNREACHABLE;
                } else {
                    Leg end = access.between(graph.location(toNodes[j]), to.get(j));
                    legs[i][j] = new Leg(start.km() + RoadGraph.km(cost) + end.km(),
                            start.hours() + RoadGraph.hours(cost) + end.hours());
                }
            }
        }
        return legs;
    }

    /** Snaps a place: its nearest node's location, to see where a supplier or hospital joins the network. */
    public GeoPoint snap(GeoPoint place) {
        return graph.location(graph.nearestNode(place));
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT,
                "road network '%s' (%d nodes, %d edges, %d junctions after contracting pass-through nodes);"
                        + " access to the nearest node: %s",
                graph.name() == null ? "unnamed" : graph.name(), graph.nodeCount(), graph.edgeCount(),
                graph.junctionCount(), access.describe());
    }
}
