package org.oxyalloc.travel;

/**
 * One-way road distance and driving time between two places.
 * An unreachable pair has infinite distance and time, so that any travel-time limit excludes it.
 */
public record Leg(double km, double hours) {

    public static final Leg UNREACHABLE = new Leg(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);

    public boolean isReachable() {
        return Double.isFinite(hours);
    }
}
