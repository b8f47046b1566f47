package org.oxyalloc.solver;

import org.oxyalloc.domain.Oxygen;
import org.oxyalloc.problem.Problem;

/**
 * What a hospital needs per day and asks for today, derived once from its problem entry and the settings.
 * A missing need is estimated from occupancy with the WHO per-patient flows: as LOX for a hospital with a tank,
 * as cylinders (125 to the ton) for one without.
 *
 * @param loxNeedKgPerDay reported or estimated LOX use per day
 * @param cylindersPerDay reported or estimated cylinder use per day
 * @param loxRequestKg LOX to deliver today: need x coverage days - stock, at least 0
 * @param cylinderRequest refills wanted today: need x coverage days - full cylinders, at least 0
 */
public record HospitalDemand(long loxNeedKgPerDay, boolean loxNeedEstimated, int cylindersPerDay,
        boolean cylinderNeedEstimated, long loxRequestKg, int cylinderRequest) {

    private static final double MINUTES_PER_DAY = 1440.0;

    public static HospitalDemand of(Problem.Hospital hospital, Problem.Settings settings) {
        boolean hasTank = hospital.tankCapacityTonsOrZero() > 0;
        long loxNeedKg = 0;
        boolean loxEstimated = false;
        int cylinders = hospital.cylindersNeededPerDayOrZero();
        boolean cylindersEstimated = false;
        if (hasTank) {
            loxEstimated = hospital.loxNeedTonsPerDay() == null;
            loxNeedKg = Oxygen.tonsToKg(loxEstimated ? estimatedTonsPerDay(hospital, settings.needEstimation())
                    : hospital.loxNeedTonsPerDay());
        } else if (hospital.cylindersNeededPerDay() == null) {
            cylindersEstimated = true;
            cylinders = (int) Math.ceil(estimatedTonsPerDay(hospital, settings.needEstimation()) * 1000
                    / Oxygen.KG_PER_CYLINDER - 1e-9);
        }
        double days = settings.coverageDays();
        long loxRequest = Math.max(0, Math.round(loxNeedKg * days) - Oxygen.tonsToKg(hospital.loxStockTonsOrZero()));
        int cylinderRequest = Math.max(0, (int) Math.ceil(cylinders * days - 1e-9) - hospital.fullCylindersOrZero());
        return new HospitalDemand(loxNeedKg, loxEstimated, cylinders, cylindersEstimated, loxRequest, cylinderRequest);
    }

    /** Occupied ICU beds are critical patients; a share of the other occupied beds are severe patients on oxygen. */
    static double estimatedTonsPerDay(Problem.Hospital hospital, Problem.NeedEstimation estimation) {
        int icu = hospital.occupiedIcuBedsOrZero();
        int ward = Math.max(0, hospital.occupiedBeds() - icu);
        double litresPerMinute = icu * estimation.criticalLitresPerMinute()
                + ward * estimation.wardShareOnOxygen() * estimation.severeLitresPerMinute();
        double gasM3PerDay = litresPerMinute * MINUTES_PER_DAY / 1000.0;
        return gasM3PerDay / Oxygen.GAS_M3_PER_TON;
    }

    /** Need in kg of oxygen per day, LOX and cylinders together. */
    public long totalNeedKgPerDay() {
        return loxNeedKgPerDay + cylindersPerDay * Oxygen.KG_PER_CYLINDER;
    }
}
