package org.oxyalloc.peers;

import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.solver.AllocationConstraintProvider;

/** The weights in force of the medium and soft rules the model's objectives copy: the problem's overrides, else the defaults. */
record ScoreWeights(long loxShortage, long cylinderShortage, long unfairLoxShortage, long unfairCylinderShortage,
        long transportTonKm, long tankerTrips, long hospitalSplit, long refillTravel) {

    static ScoreWeights of(AllocationEngine solver, OxygenAllocation allocation) {
        return new ScoreWeights(solver.weight(allocation, AllocationConstraintProvider.LOX_SHORTAGE),
                solver.weight(allocation, AllocationConstraintProvider.CYLINDER_SHORTAGE),
                solver.weight(allocation, AllocationConstraintProvider.UNFAIR_LOX_SHORTAGE),
                solver.weight(allocation, AllocationConstraintProvider.UNFAIR_CYLINDER_SHORTAGE),
                solver.weight(allocation, AllocationConstraintProvider.TRANSPORT_TON_KM),
                solver.weight(allocation, AllocationConstraintProvider.TANKER_TRIPS),
                solver.weight(allocation, AllocationConstraintProvider.HOSPITAL_SPLIT_ACROSS_SUPPLIERS),
                solver.weight(allocation, AllocationConstraintProvider.REFILL_TRAVEL));
    }
}
