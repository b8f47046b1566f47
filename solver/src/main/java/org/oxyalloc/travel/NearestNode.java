package org.oxyalloc.travel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds the road node nearest to a place: a grid of 0.05° cells searched in growing rings. */
final class NearestNode {

    private static final double CELL_DEGREES = 0.05;
    /** A cell is at least this wide in km near the equator (0.05° of latitude). */
    private static final double CELL_KM = 5.5;

    private final double[] lat;
    private final double[] lon;
    /** Beyond this many rings from the grid, a brute-force scan is cheaper than walking empty rings. */
    private static final int FAR_RINGS = 400;

    private final Map<Long, List<Integer>> cells = new HashMap<>();
    private final int minX;
    private final int maxX;
    private final int minY;
    private final int maxY;

    NearestNode(List<RoadMap.Node> nodes) {
        lat = new double[nodes.size()];
        lon = new double[nodes.size()];
        int minX = Integer.MAX_VALUE;
        int maxX = Integer.MIN_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxY = Integer.MIN_VALUE;
        for (int i = 0; i < nodes.size(); i++) {
            lat[i] = nodes.get(i).point().lat();
            lon[i] = nodes.get(i).point().lon();
            int x = cell(lon[i]);
            int y = cell(lat[i]);
            cells.computeIfAbsent(key(x, y), k -> new ArrayList<>()).add(i);
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        this.minX = minX;
        this.maxX = maxX;
        this.minY = minY;
        this.maxY = maxY;
    }

    private static int cell(double degrees) {
        return (int) Math.floor(degrees / CELL_DEGREES);
    }

    private static long key(int x, int y) {
        return ((long) x << 32) ^ (y & 0xffffffffL);
    }

    GeoPoint location(int node) {
        return new GeoPoint(lat[node], lon[node]);
    }

    /** The nearest node, or -1 when there are none. */
    int nearest(GeoPoint place) {
        if (lat.length == 0) {
            return -1;
        }
        int cx = cell(place.lon());
        int cy = cell(place.lat());
        int lastRing = Math.max(Math.max(Math.abs(cx - minX), Math.abs(cx - maxX)), Math.max(Math.abs(cy - minY), Math.abs(cy - maxY)));
        if (lastRing > FAR_RINGS) {
            return nearestOf(place, java.util.stream.IntStream.range(0, lat.length).boxed().toList(), -1);
        }
        // A node in ring r is at least r - 1 cells away; a cell is narrowest east-west.
        double cellKm = CELL_KM * Math.cos(Math.toRadians(Math.min(89, Math.abs(place.lat()) + 1)));
        int best = -1;
        for (int ring = 0; ring <= lastRing; ring++) {
            if (best >= 0 && (ring - 1) * cellKm > StraightLineTravel.haversineKm(place, location(best))) {
                break;
            }
            for (int x = cx - ring; x <= cx + ring; x++) {
                boolean edgeColumn = x == cx - ring || x == cx + ring;
                for (int y = cy - ring; y <= cy + ring; y += edgeColumn ? 1 : 2 * ring) {
                    best = nearestOf(place, cells.getOrDefault(key(x, y), List.of()), best);
                }
            }
        }
        return best;
    }

    private int nearestOf(GeoPoint place, List<Integer> candidates, int best) {
        double bestKm = best < 0 ? Double.POSITIVE_INFINITY : StraightLineTravel.haversineKm(place, location(best));
        for (int node : candidates) {
            double km = StraightLineTravel.haversineKm(place, location(node));
            if (km < bestKm) {
                bestKm = km;
                best = node;
            }
        }
        return best;
    }
}
