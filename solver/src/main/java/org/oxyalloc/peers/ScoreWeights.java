package org.oxyalloc.peers;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.solver.AllocationConstraintProvider;
import org.oxyalloc.solver.AllocationSolver;

/** The weights in force of the medium and soft rules the model's objectives copy: the problem's overrides, else the defaults. */
record ScoreWeights(long loxShortage, long cylinderShortage, long unfairLoxShortage, long unfairCylinderShortage,
        long transportTonKm, long tankerTrips, long hospitalSplit, long refillTravel) {

    static ScoreWeights of(AllocationSolver solver, OxygenAllocation allocation) {
        return new ScoreWeights(weight(solver, allocation, AllocationConstraintProvider.LOX_SHORTAGE),
                weight(solver, allocation, AllocationConstraintProvider.CYLINDER_SHORTAGE),
                weight(solver, allocation, AllocationConstraintProvider.UNFAIR_LOX_SHORTAGE),
                weight(solver, allocation, AllocationConstraintProvider.UNFAIR_CYLINDER_SHORTAGE),
                weight(solver, allocation, AllocationConstraintProvider.TRANSPORT_TON_KM),
                weight(solver, allocation, AllocationConstraintProvider.TANKER_TRIPS),
                weight(solver, allocation, AllocationConstraintProvider.HOSPITAL_SPLIT_ACROSS_SUPPLIERS),
                weight(solver, allocation, AllocationConstraintProvider.REFILL_TRAVEL));
    }

    private static long weight(AllocationSolver solver, OxygenAllocation allocation, String constraint) {
        HardMediumSoftLongScore override = allocation.getConstraintWeightOverrides().getConstraintWeight(constraint);
        return override == null ? solver.constraints().get(constraint).defaultWeight()
                : override.mediumScore() + override.softScore();
    }
}
