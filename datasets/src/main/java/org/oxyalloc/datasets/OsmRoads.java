package org.oxyalloc.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.Problem.RoadEdge;
import org.oxyalloc.problem.Problem.RoadKind;
import org.oxyalloc.problem.Problem.RoadNode;
import org.oxyalloc.solver.ProblemTravel;

/**
 * Converts an OpenStreetMap XML extract into a road network: the ways a truck uses between towns (motorway to
 * tertiary, their links, and ferry routes), split into one edge per pair of consecutive nodes. Motorways become toll
 * roads (in Indonesia they are), trunk and primary roads arterial, the rest local; {@code oneway} and
 * {@code maxspeed} are kept; a ferry's {@code duration} becomes its hours, else 15 km/h is assumed.
 */
public final class OsmRoads {

    /** Ferries without a duration tag: a typical Indonesian ro-ro speed, an assumption. */
    static final double FERRY_KMH = 15;

    private OsmRoads() {
    }

    private record Way(List<Long> nodes, Map<String, String> tags) {
    }

    public static Problem.RoadNetwork read(InputStream osmXml, String name) throws IOException {
        Map<Long, double[]> coordinates = new HashMap<>();
        List<Way> ways = new ArrayList<>();
        try {
            XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(osmXml);
            Way way = null;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "node" -> coordinates.put(Long.parseLong(xml.getAttributeValue(null, "id")), new double[] {
                            Double.parseDouble(xml.getAttributeValue(null, "lat")),
                            Double.parseDouble(xml.getAttributeValue(null, "lon"))});
                    case "way" -> {
                        way = new Way(new ArrayList<>(), new HashMap<>());
                        ways.add(way);
                    }
                    case "nd" -> {
                        if (way != null) {
                            way.nodes().add(Long.parseLong(xml.getAttributeValue(null, "ref")));
                        }
                    }
                    case "tag" -> {
                        if (way != null) {
                            way.tags().put(xml.getAttributeValue(null, "k"), xml.getAttributeValue(null, "v"));
                        }
                    }
                    case "relation" -> way = null;
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException | NumberFormatException e) {
            throw new IOException("not a readable OpenStreetMap XML file: " + e.getMessage(), e);
        }
        Map<Long, RoadNode> used = new LinkedHashMap<>();
        List<RoadEdge> edges = new ArrayList<>();
        for (Way way : ways) {
            RoadKind kind = kind(way.tags());
            if (kind == null) {
                continue;
            }
            String oneway = way.tags().getOrDefault("oneway", "no");
            boolean reversed = oneway.equals("-1");
            Boolean oneWay = oneway.equals("yes") || oneway.equals("1") || reversed ? Boolean.TRUE : null;
            Double speed = speed(way.tags().get("maxspeed"));
            double wayKm = 0;
            List<RoadEdge> wayEdges = new ArrayList<>();
            for (int i = 1; i < way.nodes().size(); i++) {
                RoadNode a = node(way.nodes().get(i - 1), coordinates, used);
                RoadNode b = node(way.nodes().get(i), coordinates, used);
                if (a == null || b == null || a.id().equals(b.id())) {
                    continue;
                }
                double km = round(Math.max(0.001, ProblemTravel.km(a.location(), b.location())));
                wayKm += km;
                wayEdges.add(new RoadEdge(reversed ? b.id() : a.id(), reversed ? a.id() : b.id(), km, kind, null,
                        speed, null, oneWay, way.tags().get("name")));
            }
            if (kind == RoadKind.FERRY) {
                // The crossing's duration is split over its segments in proportion to their length.
                double hoursPerKm = duration(way.tags().get("duration"), wayKm) / wayKm;
                wayEdges = wayEdges.stream().map(e -> new RoadEdge(e.from(), e.to(), e.km(), e.kind(),
                        Math.max(0.001, hoursPerKm * e.km()), null, null, e.oneWay(), e.name())).toList();
            }
            edges.addAll(wayEdges);
        }
        return new Problem.RoadNetwork(null, name, "OpenStreetMap contributors, ODbL; converted by oxyalloc network from-osm",
                List.copyOf(used.values()), edges);
    }

    private static RoadNode node(long id, Map<Long, double[]> coordinates, Map<Long, RoadNode> used) {
        double[] at = coordinates.get(id);
        if (at == null) {
            return null;
        }
        return used.computeIfAbsent(id, k -> new RoadNode("n" + k, at[0], at[1]));
    }

    private static RoadKind kind(Map<String, String> tags) {
        if ("ferry".equals(tags.get("route"))) {
            return RoadKind.FERRY;
        }
        String highway = tags.getOrDefault("highway", "").replace("_link", "");
        return switch (highway) {
            case "motorway" -> RoadKind.TOLL;
            case "trunk", "primary" -> RoadKind.ARTERIAL;
            case "secondary", "tertiary" -> RoadKind.LOCAL;
            default -> null;
        };
    }

    /** maxspeed in km/h ("80", "80 km/h"); anything else (mph, "none", "signals") is left to the road kind. */
    private static Double speed(String maxspeed) {
        if (maxspeed == null) {
            return null;
        }
        String number = maxspeed.replace("km/h", "").trim();
        return number.matches("[0-9]{1,3}") && Integer.parseInt(number) >= 5 ? Math.min(130.0, Integer.parseInt(number)) : null;
    }

    /** OSM durations are "HH:MM", "HH:MM:SS" or minutes; without one, the ferry runs at {@link #FERRY_KMH}. */
    private static double duration(String duration, double km) {
        if (duration != null) {
            String[] parts = duration.trim().split(":");
            try {
                if (parts.length >= 2) {
                    return Integer.parseInt(parts[0]) + Integer.parseInt(parts[1]) / 60.0
                            + (parts.length > 2 ? Integer.parseInt(parts[2]) / 3600.0 : 0);
                }
                return Integer.parseInt(parts[0]) / 60.0;
            } catch (NumberFormatException ignored) {
                // Not a duration we understand: fall back to the assumed speed.
            }
        }
        return km / FERRY_KMH;
    }

    private static double round(double km) {
        return Math.round(km * 1000) / 1000.0;
    }
}
