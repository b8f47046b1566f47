package org.oxyalloc.travel;

import java.util.List;
import java.util.Locale;

/**
 * The stand-in used when no road network is given: great-circle (haversine) distance times a detour factor,
 * driven at an average speed. It ignores ferries and toll roads, so it is wrong by hours across the Sunda Strait.
 */
public record StraightLineTravel(double detourFactor, double averageSpeedKmh) implements TravelModel {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    public Leg between(GeoPoint from, GeoPoint to) {
        double km = haversineKm(from, to) * detourFactor;
        return new Leg(km, km / averageSpeedKmh);
    }

    @Override
    public Leg[][] legs(List<GeoPoint> from, List<GeoPoint> to) {
        Leg[][] legs = new Leg[from.size()][to.size()];
        for (int i = 0; i < from.size(); i++) {
            for (int j = 0; j < to.size(); j++) {
                legs[i][j] = between(from.get(i), to.get(j));
            }
        }
        return legs;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "straight line (haversine) x %.2f detour at %.0f km/h", detourFactor, averageSpeedKmh);
    }

    public static double haversineKm(GeoPoint a, GeoPoint b) {
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.lat())) * Math.cos(Math.toRadians(b.lat())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }
}
