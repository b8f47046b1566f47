package org.oxyalloc.datasets;

import java.util.Locale;

import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.Problem.Hospital;
import org.oxyalloc.problem.Problem.NeedEstimation;
import org.oxyalloc.problem.Problem.Supplier;

/** The headline numbers of a problem: how scarce the day is, in LOX and in cylinder refills. */
record DatasetSummary(
        int hospitals,
        int beds,
        int occupiedBeds,
        int hospitalsWithTank,
        int reportedNeeds,
        int suppliers,
        double medicalLoxTons,
        double loxStockTons,
        double loxNeedTonsPerDay,
        int medicalRefillCylinders,
        int postCylindersPerDay,
        int cylindersNeededPerDay,
        int emptyCylinders,
        int fullCylinders) {

    static DatasetSummary of(Problem problem) {
        NeedEstimation flows = problem.effectiveSettings().needEstimation();
        double loxNeed = 0;
        int withTank = 0;
        int reported = 0;
        for (Hospital h : problem.hospitals()) {
            if (h.tankCapacityTonsOrZero() > 0) {
                withTank++;
                reported += h.loxNeedTonsPerDay() == null ? 0 : 1;
                loxNeed += OxygenNeed.loxNeedTonsPerDay(h, flows);
            }
        }
        return new DatasetSummary(
                problem.hospitals().size(),
                problem.hospitals().stream().mapToInt(Hospital::beds).sum(),
                problem.hospitals().stream().mapToInt(Hospital::occupiedBeds).sum(),
                withTank,
                reported,
                problem.suppliers().size(),
                problem.suppliers().stream().filter(Supplier::medicalGrade).mapToDouble(Supplier::loxTonsOrZero).sum(),
                problem.hospitals().stream().mapToDouble(Hospital::loxStockTonsOrZero).sum(),
                loxNeed,
                problem.suppliers().stream().filter(Supplier::medicalGrade).mapToInt(Supplier::refillCylindersOrZero).sum(),
                problem.effectiveCollectionPosts().stream().mapToInt(p -> p.tripsPerDay() * p.cylindersPerTrip()).sum(),
                problem.hospitals().stream().mapToInt(Hospital::cylindersNeededPerDayOrZero).sum(),
                problem.hospitals().stream().mapToInt(Hospital::emptyCylindersOrZero).sum(),
                problem.hospitals().stream().mapToInt(Hospital::fullCylindersOrZero).sum());
    }

    String toMarkdown() {
        return String.format(Locale.ROOT, """
                | | |
                |---|---|
                | hospitals (with a LOX tank) | %d (%d) |
                | beds, occupied | %,d, %,d |
                | suppliers | %d |
                | medical-grade LOX available today | %.1f t |
                | LOX need of tanked hospitals (%d reported, rest estimated) | %.1f t/day |
                | LOX in hospital tanks | %.1f t |
                | medical-grade refill capacity at suppliers | %,d cylinders/day |
                | collection-post shuttle capacity | %,d cylinders/day |
                | cylinders needed | %,d /day (%,d empty waiting, %,d full on hand) |
                | all oxygen, LOX + cylinders / 125: need vs medical-grade supply | %.1f vs %.1f t/day |
                """, hospitals, hospitalsWithTank, beds, occupiedBeds, suppliers, medicalLoxTons, reportedNeeds,
                loxNeedTonsPerDay, loxStockTons, medicalRefillCylinders, postCylindersPerDay, cylindersNeededPerDay,
                emptyCylinders, fullCylinders, totalNeedTons(), totalSupplyTons());
    }

    double totalNeedTons() {
        return loxNeedTonsPerDay + (double) cylindersNeededPerDay / OxygenNeed.CYLINDERS_PER_TON;
    }

    /** Posts carry cylinders to a station's refill capacity; they add none of their own. */
    double totalSupplyTons() {
        return medicalLoxTons + (double) medicalRefillCylinders / OxygenNeed.CYLINDERS_PER_TON;
    }
}
