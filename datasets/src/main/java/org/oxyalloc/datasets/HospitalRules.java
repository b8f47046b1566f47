package org.oxyalloc.datasets;

/**
 * The invented-but-grounded rules that fill in what no source gives per hospital: ICU beds, tanks, stock,
 * occupancy and cylinder use. Each rule is stated in datasets/README.md; change both together.
 */
final class HospitalRules {

    /** How far a hospital's occupancy moves from the province BOR per unit of difference in ER-full share. */
    static final double OCCUPANCY_SPREAD = 0.3;
    static final double MIN_OCCUPANCY = 0.3;
    /** ICUs ran fuller than wards in July 2021. */
    static final double ICU_EXTRA_OCCUPANCY = 0.1;
    /** Hospitals with a tank still use cylinders where oxygen is not piped: this share of their need. */
    static final double CYLINDER_SHARE_WITH_TANK = 0.1;
    /** Low-oxygen specialties (eye, dental, psychiatric, ENT, drug dependence) put few patients on oxygen. */
    static final double CYLINDER_SHARE_LOW_OXYGEN = 0.1;
    /** Full cylinders on hand, as a share of a day's use; the rest of a day's set is empty. */
    static final double FULL_CYLINDER_SHARE = 0.2;
    /** Reported needs run above the estimate (domain brief: "often inflated"). */
    static final double REPORTED_NEED_FACTOR = 1.25;

    private HospitalRules() {
    }

    /** ICU beds: 10 % of beds for class A, 8 % B, 5 % C, 2 % D or unclassified; none in low-oxygen specialties. */
    static int icuBeds(String hospitalClass, boolean lowOxygenSpecialty, int beds) {
        if (lowOxygenSpecialty) {
            return 0;
        }
        double share = switch (hospitalClass == null ? "D" : hospitalClass) {
            case "A" -> 0.10;
            case "B" -> 0.08;
            case "C" -> 0.05;
            default -> 0.02;
        };
        return (int) Math.round(beds * share);
    }

    /** LOX tank in tons: class A 20 t, class B 10 t, class C with at least 100 beds 6 t; others cylinders only. */
    static double tankTons(String hospitalClass, boolean lowOxygenSpecialty, int beds) {
        if (lowOxygenSpecialty || hospitalClass == null) {
            return 0;
        }
        return switch (hospitalClass) {
            case "A" -> 20;
            case "B" -> 10;
            case "C" -> beds >= 100 ? 6 : 0;
            default -> 0;
        };
    }

    /** Province BOR, moved up or down by how often the hospital's COVID ER was full compared with the province mean. */
    static double occupancyRatio(double bor, double erFullShare, double provinceMeanErFullShare) {
        double ratio = bor + OCCUPANCY_SPREAD * (erFullShare - provinceMeanErFullShare);
        return Math.max(MIN_OCCUPANCY, Math.min(1.0, ratio));
    }

    static int occupiedIcuBeds(int icuBeds, double occupancyRatio) {
        return (int) Math.round(icuBeds * Math.min(1.0, occupancyRatio + ICU_EXTRA_OCCUPANCY));
    }

    /** Tanks were running low: 25 % full for a hospital whose ER was never full, down to 10 % for one always full. */
    static double stockTons(double tankTons, double erFullShare) {
        return round1(tankTons * (0.25 - 0.15 * erFullShare));
    }

    /** A day's cylinders: the whole estimated need without a tank, a share of it with one or in a low-oxygen specialty. */
    static int cylindersPerDay(double estimatedTonsPerDay, boolean hasTank, boolean lowOxygenSpecialty) {
        double share = hasTank ? CYLINDER_SHARE_WITH_TANK : lowOxygenSpecialty ? CYLINDER_SHARE_LOW_OXYGEN : 1.0;
        return OxygenNeed.cylinders(estimatedTonsPerDay * share);
    }

    static int fullCylinders(int cylindersPerDay) {
        return (int) Math.round(cylindersPerDay * FULL_CYLINDER_SHARE);
    }

    static double reportedNeed(double estimatedTonsPerDay) {
        return round1(estimatedTonsPerDay * REPORTED_NEED_FACTOR);
    }

    static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
