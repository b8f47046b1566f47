package org.oxyalloc.solver;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.oxyalloc.bound.ShortageBound;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.problem.Problem;

/**
 * A problem ready to solve: the planning solution built from it, each hospital's demand, the travel model used, the
 * warnings found while building, the bound no plan can beat (computed beside the solver: see {@link #bound()}), and
 * when its preparation began ({@link System#nanoTime}), from which a solve's time limit counts.
 */
public record PreparedProblem(Problem problem, OxygenAllocation solution, Map<String, HospitalDemand> demands,
        String travelModel, List<String> warnings, CompletableFuture<ShortageBound> pendingBound, long startedNanos) {

    /** The same problem with its bound on the way, its preparation begun at {@code startedNanos}. */
    public PreparedProblem completed(CompletableFuture<ShortageBound> bound, long startedNanos) {
        return new PreparedProblem(problem, solution, demands, travelModel, warnings, bound, startedNanos);
    }

    /** The bound, waiting for it if it is still being computed; a failure to compute it is thrown as it was. */
    public ShortageBound bound() {
        try {
            return pendingBound.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The bound if it is computed already. */
    public Optional<ShortageBound> boundIfReady() {
        return pendingBound.isDone() ? Optional.of(bound()) : Optional.empty();
    }
}
