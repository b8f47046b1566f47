package org.oxyalloc.travel;

/**
 * One-way road distance and driving time between two places.
 * <p>
 * An unreachable pair gets a leg far beyond any travel limit, but finite: scores multiply distances by quantities,
 * and an infinite one would overflow them when the solver tries such a pair.
 */
public record Leg(double km, double hours) {

    /** 10 million km and 100,000 hours: excluded by any travel limit (at most 72 h), safe in every product. */
    public static final Leg UNREACHABLE = new Leg(1e7, 1e5);

    public boolean isReachable() {
        return hours < UNREACHABLE.hours;
    }
}
