package org.oxyalloc.datasets;

import java.util.List;
import java.util.Locale;

import org.oxyalloc.problem.Problem.Location;
import org.oxyalloc.problem.Problem.Supplier;
import org.oxyalloc.problem.Problem.SupplierKind;

/** A supplier with where its location and capacities come from, for the README. */
record SupplierEntry(Supplier supplier, String locationBasis, String capacityBasis) {

    /** Producers deliver in ISO tanks or road tankers of about 20 t. */
    static final double ISO_TANK_TONS = 20;

    /** A producer giving the region a share of its reported daily output, with a fleet that does not bind. */
    static SupplierEntry producerShare(String id, String name, Location location, String locationBasis,
                                       double outputTonsPerDay, double share, Integer refills, String refillBasis) {
        double lox = HospitalRules.round1(outputTonsPerDay * share);
        String basis = String.format(Locale.ROOT, "LOX: %.0f t/day output (%s) x the share", outputTonsPerDay, SupplyNeed.FILE);
        return new SupplierEntry(new Supplier(id, name, SupplierKind.PRODUCER, location, lox, true,
                SupplierRules.fleetFor(lox, ISO_TANK_TONS), null, refills, null, null), locationBasis,
                refillBasis == null ? basis : basis + "; refills: " + refillBasis);
    }

    static List<Supplier> suppliers(List<SupplierEntry> entries) {
        return entries.stream().map(SupplierEntry::supplier).toList();
    }

    static String table(List<SupplierEntry> entries) {
        StringBuilder md = new StringBuilder("| id | LOX t | fleet | refills/day | location | capacities |\n|---|---|---|---|---|---|\n");
        for (SupplierEntry e : entries) {
            Supplier s = e.supplier();
            String fleet = s.fleet() == null ? "-" : String.format(Locale.ROOT, "%d x %.0f t, %.0f h",
                    s.fleet().tankers(), s.fleet().tankerTons(), s.fleet().drivingHoursPerTanker());
            String id = s.medicalGrade() ? s.id() : s.id() + " (not medical grade)";
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %s | %s |\n", id,
                    s.loxTons() == null ? "-" : String.format(Locale.ROOT, "%.1f", s.loxTons()), fleet,
                    s.refillCylindersOrZero(), e.locationBasis(), e.capacityBasis()));
        }
        return md.toString();
    }
}
