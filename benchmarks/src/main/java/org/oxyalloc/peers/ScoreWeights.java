package org.oxyalloc.peers;

import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.solver.AllocationConstraintProvider;

/** The weights in force of the medium and soft rules the model's objectives copy: the problem's overrides, else the defaults. */
record ScoreWeights(long loxShortage, long cylinderShortage, long unfairLoxShortage, long unfairCylinderShortage,
        long transportTonKm, long tankerTrips, long hospitalSplit, long refillTravel) {

    static ScoreWeights of(AllocationEngine engine, OxygenAllocation allocation) {
        return new ScoreWeights(engine.weight(allocation, AllocationConstraintProvider.LOX_SHORTAGE),
                engine.weight(allocation, AllocationConstraintProvider.CYLINDER_SHORTAGE),
                engine.weight(allocation, AllocationConstraintProvider.UNFAIR_LOX_SHORTAGE),
                engine.weight(allocation, AllocationConstraintProvider.UNFAIR_CYLINDER_SHORTAGE),
                engine.weight(allocation, AllocationConstraintProvider.TRANSPORT_TON_KM),
                engine.weight(allocation, AllocationConstraintProvider.TANKER_TRIPS),
                engine.weight(allocation, AllocationConstraintProvider.HOSPITAL_SPLIT_ACROSS_SUPPLIERS),
                engine.weight(allocation, AllocationConstraintProvider.REFILL_TRAVEL));
    }
}
