package org.oxyalloc.datasets;

import org.oxyalloc.problem.Problem.Fleet;

/** Invented rules for supplier capacities no source gives. */
final class SupplierRules {

    /** Driving hours of a tanker with one driver. */
    static final double DRIVING_HOURS = 12;

    private SupplierRules() {
    }

    /** Enough tankers to carry the day's LOX in one trip each, plus one spare, so the fleet is not what binds. */
    static Fleet fleetFor(double loxTons, double tankerTons) {
        return fleetFor(loxTons, tankerTons, 1);
    }

    /**
     * That fleet's driving hours times a ratio (fewer tankers, or drivers, on a bad day): as few tankers as carry those
     * hours, at most {@link #DRIVING_HOURS} each. Below 1 the fleet binds.
     */
    static Fleet fleetFor(double loxTons, double tankerTons, double ratio) {
        double hours = ratio * (Math.ceil(loxTons / tankerTons) + 1) * DRIVING_HOURS;
        int tankers = (int) Math.ceil(hours / DRIVING_HOURS - 1e-9);
        return new Fleet(tankers, tankerTons, Math.round(hours / tankers * 10) / 10.0);
    }
}
