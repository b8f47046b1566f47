package org.oxyalloc.travel;

import java.util.List;

/**
 * A road network as travel needs it: nodes where roads meet or bend, and roads between them with their length and
 * driving (or crossing) time. Node ids are unique and every road joins two different known nodes.
 */
public record RoadMap(String name, List<Node> nodes, List<Road> roads) {

    public record Node(String id, GeoPoint point) {
    }

    /** @param oneWay drivable from {@code from} to {@code to} only */
    public record Road(String from, String to, double km, double hours, boolean oneWay) {
    }
}
