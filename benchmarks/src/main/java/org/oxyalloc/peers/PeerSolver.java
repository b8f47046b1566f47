package org.oxyalloc.peers;

import java.time.Duration;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.solver.PreparedProblem;

/**
 * Solves a prepared problem with an exact peer, CP-SAT or SCIP, within a wall-clock limit that includes building the
 * model (and, for CP-SAT, the warm start behind its hint), so that peers and Timefold get the same time.
 * <p>
 * The score's levels are lexicographic: hard, then medium, then soft. Hard rules are constraints. Medium and soft are
 * two phases rather than one objective {@code medium x M + soft}: a medium penalty reaches 10^10 and a soft one 10^9,
 * so any M that keeps the levels apart puts the objective beyond what doubles hold exactly, and a solver's relative
 * tolerances would then trade shortage for distance. The first phase minimises the medium penalty with
 * {@link #MEDIUM_SHARE} of the time left; the second minimises the soft penalty with the rest, starting from the first
 * phase's plan, with no hospital allowed to be shorter than in it. Bounding each hospital's shortage rather than the
 * medium total keeps that constraint in kg, where the solvers' tolerances cannot let the medium penalty creep up.
 */
public final class PeerSolver {

    /** Shortage decides; soft penalties only break ties and need less time once the medium phase has its plan. */
    static final double MEDIUM_SHARE = 0.75;
    /** A soft phase shorter than this would only repeat the medium phase's plan. */
    private static final long LEAST_SOFT_MILLIS = 200;

    private final AllocationEngine engine;

    public PeerSolver(AllocationEngine engine) {
        this.engine = engine;
    }

    /** Replaces the prepared solution's plan by the peer's best plan; every lot is unassigned if it found none. */
    public PeerResult solve(PreparedProblem prepared, Peer peer, Duration timeLimit) {
        long start = System.nanoTime();
        long deadline = start + timeLimit.toNanos();
        OxygenAllocation allocation = prepared.solution();
        unassignAll(allocation);
        MPSolver backend = peer.newSolver();
        MPSolverParameters parameters = peer.parameters();
        try {
            AllocationMip mip = new AllocationMip(backend, allocation, ScoreWeights.of(engine, allocation));
            if (peer.hinted()) {
                // The flow's plan as the hint (a peer's day is never a re-plan, so there is nothing to try).
                engine.startingSolution(prepared, Duration.ZERO);
                mip.hintCurrentPlan();
            }
            MPSolver.ResultStatus medium = mip.minimiseMedium((long) (millisLeft(deadline) * MEDIUM_SHARE), parameters);
            // Less a millionth for the solvers' tolerances, then whole: the penalty is.
            long bestBound = Math.max(0, (long) Math.ceil(mip.bestBound() * (1 - 1e-6)));
            if (!found(medium)) {
                unassignAll(allocation);
                return new PeerResult(peer, medium.name(), "SKIPPED", -1, bestBound, seconds(start));
            }
            long mediumObjective = Math.round(mip.objectiveValue());
            mip.writeSolution();
            String soft = "SKIPPED";
            if (millisLeft(deadline) >= LEAST_SOFT_MILLIS) {
                MPSolver.ResultStatus status = mip.minimiseSoftKeepingShortages(millisLeft(deadline), parameters);
                soft = status.name();
                if (found(status)) {
                    mip.writeSolution();
                }
            }
            return new PeerResult(peer, medium.name(), soft, mediumObjective, bestBound, seconds(start));
        } finally {
            // Native memory, which the garbage collector does not see.
            parameters.delete();
            backend.delete();
        }
    }

    /** The peer starts from nothing; the warm start, which keeps what is assigned, then gives its hint. */
    private static void unassignAll(OxygenAllocation allocation) {
        allocation.getLoxLots().forEach(lot -> lot.setTrip(null));
        allocation.getRefillBatches().forEach(batch -> batch.setRoute(null));
    }

    private static boolean found(MPSolver.ResultStatus status) {
        return status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE;
    }

    private static long millisLeft(long deadline) {
        return Math.max(0, (deadline - System.nanoTime()) / 1_000_000);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
