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
        return new Fleet((int) Math.ceil(loxTons / tankerTons) + 1, tankerTons, DRIVING_HOURS);
    }
}
