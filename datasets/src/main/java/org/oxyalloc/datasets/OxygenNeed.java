package org.oxyalloc.datasets;

import org.oxyalloc.problem.Problem.Hospital;
import org.oxyalloc.problem.Problem.NeedEstimation;

/** Oxygen arithmetic with the field conventions of the domain brief. */
final class OxygenNeed {

    /** 1 t of LOX gives about 750 m³ of gas at 20 °C. */
    static final double CUBIC_METRES_PER_TON = 750.0;
    /** Field convention: 1 t of LOX fills about 125 cylinders of 6 m³. */
    static final int CYLINDERS_PER_TON = 125;

    private OxygenNeed() {
    }

    /** A continuous flow in litres of gas per minute as tons of LOX per day (10 L/min = 0.0192 t/day). */
    static double tonsPerDay(double litresPerMinute) {
        return litresPerMinute * 60 * 24 / 1000 / CUBIC_METRES_PER_TON;
    }

    /** The WHO-flow estimate from occupancy: occupied ICU beds are critical, a share of the other occupied beds severe. */
    static double estimatedTonsPerDay(int occupiedBeds, int occupiedIcuBeds, NeedEstimation flows) {
        int ward = Math.max(0, occupiedBeds - occupiedIcuBeds);
        return ward * flows.wardShareOnOxygen() * tonsPerDay(flows.severeLitresPerMinute())
                + occupiedIcuBeds * tonsPerDay(flows.criticalLitresPerMinute());
    }

    /** The LOX need the engine sees: the reported one, else the estimate; 0 for a hospital without a tank. */
    static double loxNeedTonsPerDay(Hospital hospital, NeedEstimation flows) {
        if (hospital.tankCapacityTonsOrZero() <= 0) {
            return 0;
        }
        return hospital.loxNeedTonsPerDay() != null ? hospital.loxNeedTonsPerDay()
                : estimatedTonsPerDay(hospital.occupiedBeds(), hospital.occupiedIcuBedsOrZero(), flows);
    }

    static int cylinders(double tons) {
        return (int) Math.round(tons * CYLINDERS_PER_TON);
    }
}
