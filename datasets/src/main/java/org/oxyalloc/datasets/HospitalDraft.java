package org.oxyalloc.datasets;

import java.util.Comparator;
import java.util.List;

import org.oxyalloc.problem.Problem.Hospital;
import org.oxyalloc.problem.Problem.Location;

/** A hospital being put together: the common rules fill it in, then a dataset adjusts what it knows better. */
final class HospitalDraft {

    final RegisterHospital register;
    final String regency;
    final Location location;
    final String locationBasis;
    final int occupiedBeds;
    final int icuBeds;
    final int occupiedIcuBeds;
    final boolean covidReferral;
    final double tankTons;
    final double stockTons;
    /** The WHO-flow estimate the engine would make; kept to derive cylinders and reported needs. */
    final double estimatedTonsPerDay;
    List<String> groups;
    Double reportedNeedTonsPerDay;
    int cylindersPerDay;
    int emptyCylinders;
    int fullCylinders;

    HospitalDraft(RegisterHospital register, String regency, Location location, String locationBasis, int occupiedBeds,
                  int icuBeds, int occupiedIcuBeds, boolean covidReferral, double tankTons, double stockTons,
                  double estimatedTonsPerDay) {
        this.register = register;
        this.regency = regency;
        this.location = location;
        this.locationBasis = locationBasis;
        this.occupiedBeds = occupiedBeds;
        this.icuBeds = icuBeds;
        this.occupiedIcuBeds = occupiedIcuBeds;
        this.covidReferral = covidReferral;
        this.tankTons = tankTons;
        this.stockTons = stockTons;
        this.estimatedTonsPerDay = estimatedTonsPerDay;
        useCylinders(HospitalRules.cylindersPerDay(estimatedTonsPerDay, hasTank(), register.isLowOxygenSpecialty()));
    }

    boolean hasTank() {
        return tankTons > 0;
    }

    /** Sets a day's cylinder use; a day's set of cylinders is partly full, the rest empty and waiting for a refill. */
    void useCylinders(int perDay) {
        cylindersPerDay = perDay;
        fullCylinders = HospitalRules.fullCylinders(perDay);
        emptyCylinders = perDay - fullCylinders;
    }

    /** Spreads a reported number of cylinders waiting for a refill over the hospitals, in proportion to their daily use. */
    static void spreadEmptyCylinders(List<HospitalDraft> drafts, int total) {
        double perDay = drafts.stream().mapToInt(d -> d.cylindersPerDay).sum();
        drafts.forEach(d -> d.emptyCylinders = (int) Math.round(total * d.cylindersPerDay / perDay));
    }

    /** How many hospitals per dataset get a reported LOX need. */
    static final int REPORTED_NEEDS = 3;

    /** Gives the largest tanked hospitals a reported need (invented: the estimate x 1.25), so both paths are exercised. */
    static void reportNeedOfLargestTanked(List<HospitalDraft> drafts) {
        drafts.stream().filter(HospitalDraft::hasTank)
                .sorted(Comparator.comparingInt((HospitalDraft d) -> -d.register.beds()).thenComparing(d -> d.register.kodeRs()))
                .limit(REPORTED_NEEDS)
                .forEach(d -> d.reportedNeedTonsPerDay = HospitalRules.reportedNeed(d.estimatedTonsPerDay));
    }

    Hospital toHospital() {
        return new Hospital(register.kodeRs(), register.name(), regency, register.hospitalClass(), location,
                register.beds(), occupiedBeds, icuBeds, occupiedIcuBeds, covidReferral ? Boolean.TRUE : null, groups,
                hasTank() ? stockTons : null, hasTank() ? tankTons : null, hasTank() ? reportedNeedTonsPerDay : null,
                emptyCylinders, fullCylinders, cylindersPerDay, null);
    }
}
