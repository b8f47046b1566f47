package org.oxyalloc.solver;

import java.util.List;

import org.oxyalloc.problem.Problem;
import org.oxyalloc.travel.GeoPoint;
import org.oxyalloc.travel.RoadMap;
import org.oxyalloc.travel.RoadTravel;
import org.oxyalloc.travel.StraightLineTravel;
import org.oxyalloc.travel.TravelModel;

/**
 * Travel as a problem file describes it: the format's places, road network and travel settings turned into the travel
 * package's own types, so that travel knows nothing of the file format.
 */
public final class ProblemTravel {

    private ProblemTravel() {
    }

    /**
     * Travel on the problem's road network when it has one (read, not a file reference), else the straight-line
     * estimate of its settings, which also gives the access legs to the network.
     */
    public static TravelModel of(Problem problem) {
        StraightLineTravel straightLine = straightLine(problem.effectiveSettings().travel());
        Problem.RoadNetwork network = problem.roadNetwork();
        if (network == null) {
            return straightLine;
        }
        if (network.refersToFile()) {
            throw new IllegalArgumentException("road network file '" + network.file() + "' was not read; use ProblemReader.read(Path)");
        }
        return roads(network, straightLine);
    }

    /** With the problem's travel settings, defaults applied. */
    public static StraightLineTravel straightLine(Problem.Travel travel) {
        return new StraightLineTravel(travel.detourFactor(), travel.averageSpeedKmh());
    }

    /** @param network a validated, inline network */
    public static RoadTravel roads(Problem.RoadNetwork network, StraightLineTravel access) {
        return RoadTravel.of(roadMap(network), access);
    }

    /** Each edge's time from its hours, or its length at its speed or its kind's assumed speed, plus any wait. */
    public static RoadMap roadMap(Problem.RoadNetwork network) {
        return new RoadMap(network.name(),
                network.nodes().stream().map(node -> new RoadMap.Node(node.id(), new GeoPoint(node.lat(), node.lon()))).toList(),
                network.edges().stream().map(edge -> new RoadMap.Road(edge.from(), edge.to(), edge.km(),
                        RoadKinds.hours(edge), Boolean.TRUE.equals(edge.oneWay()))).toList());
    }

    public static GeoPoint point(Problem.Location location) {
        return new GeoPoint(location.lat(), location.lon());
    }

    public static List<GeoPoint> points(List<Problem.Location> locations) {
        return locations.stream().map(ProblemTravel::point).toList();
    }

    public static Problem.Location location(GeoPoint point) {
        return new Problem.Location(point.lat(), point.lon());
    }

    /** Great-circle distance in km. */
    public static double km(Problem.Location a, Problem.Location b) {
        return StraightLineTravel.haversineKm(point(a), point(b));
    }
}
