package org.oxyalloc.datasets;

import org.oxyalloc.problem.Problem.Location;
import org.oxyalloc.problem.Problem.Travel;

/** Straight-line distances and the format's straight-line travel estimate. */
final class Geo {

    private static final double EARTH_RADIUS_KM = 6371.0;

    private Geo() {
    }

    static double kilometres(Location a, Location b) {
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.lat())) * Math.cos(Math.toRadians(b.lat())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Hours of driving with the problem's travel settings (defaults applied): haversine x detour / speed. */
    static double travelHours(Location a, Location b, Travel travel) {
        return kilometres(a, b) * travel.detourFactor() / travel.averageSpeedKmh();
    }
}
