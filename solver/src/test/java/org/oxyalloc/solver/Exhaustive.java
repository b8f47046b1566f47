package org.oxyalloc.solver;

import java.util.List;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.oxyalloc.domain.LoxLot;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.domain.RefillBatch;
import org.oxyalloc.domain.RefillRoute;
import org.oxyalloc.domain.TankerTrip;
import org.oxyalloc.engine.AllocationEngine;

/** The true optimum of a tiny day by brute force: every assignment of every lot and batch, scored by the solver. */
public final class Exhaustive {

    private Exhaustive() {
    }

    /**
     * The least medium penalty over every feasible assignment of every lot to one of its trips (or none) and every
     * batch to a route (or none); leaves the solution's plan changed.
     */
    public static long bestMedium(AllocationEngine solver, OxygenAllocation solution) {
        List<RefillRoute> routes = solution.getRefillRoutes();
        List<LoxLot> lots = solution.getLoxLots();
        List<RefillBatch> batches = solution.getRefillBatches();
        int batchChoices = routes.size() + 1;
        long combinations = (long) Math.pow(batchChoices, batches.size());
        for (LoxLot lot : lots) {
            combinations *= lot.getTripsInReach().size() + 1;
        }
        if (combinations > 20_000_000) {
            throw new IllegalArgumentException(combinations + " assignments: too many to try them all");
        }
        long best = Long.MAX_VALUE;
        for (long c = 0; c < combinations; c++) {
            long code = c;
            for (LoxLot lot : lots) {
                List<TankerTrip> trips = lot.getTripsInReach();
                int pick = (int) (code % (trips.size() + 1));
                code /= trips.size() + 1;
                lot.setTrip(pick == trips.size() ? null : trips.get(pick));
            }
            for (RefillBatch batch : batches) {
                int pick = (int) (code % batchChoices);
                code /= batchChoices;
                batch.setRoute(pick == routes.size() ? null : routes.get(pick));
            }
            HardMediumSoftLongScore score = solver.score(solution);
            if (score.isFeasible()) {
                best = Math.min(best, -score.mediumScore());
            }
        }
        return best;
    }
}
