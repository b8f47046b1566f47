package org.oxyalloc.solver;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.oxyalloc.bound.ScarceResources;
import org.oxyalloc.bound.ShortageBound;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.domain.PlanningRules;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.text.Phrase;

/**
 * A problem ready to solve: the planning solution built from it, each hospital's demand, the travel model used, the
 * warnings found while building (as phrases, for a page to say in its reader's language), the bound no plan can beat (computed beside the solver: see {@link #bound()}), the
 * scarce resources ranked by what one more unit would serve (computed after the bound, on the same thread), and when
 * its preparation began ({@link System#nanoTime}), from which a solve's time limit counts.
 *
 * @param rules the day's rules fact, as built: which solutions are of this model ({@link #describes})
 */
public record PreparedProblem(Problem problem, OxygenAllocation solution, PlanningRules rules,
        Map<String, HospitalDemand> demands, String travelModel, List<Phrase> warningPhrases,
        CompletableFuture<ShortageBound> pendingBound, CompletableFuture<ScarceResources.Ranking> pendingScarceResources,
        long startedNanos) {

    /** The same problem with its bound and ranking on the way, its preparation begun at {@code startedNanos}. */
    public PreparedProblem completed(CompletableFuture<ShortageBound> bound,
            CompletableFuture<ScarceResources.Ranking> scarceResources, long startedNanos) {
        return new PreparedProblem(problem, solution, rules, demands, travelModel, warningPhrases, bound, scarceResources,
                startedNanos);
    }

    /**
     * Whether a solution is of this day's model (its facts are this day's), not of another version of the day: after a
     * change to a running solve ({@code DayChange}), the solver's earlier best solutions belong to the day before the
     * change. Facts are never cloned, so identity tells; the rules as built, since a change swaps the facts of the
     * solution the solver started from.
     */
    public boolean describes(OxygenAllocation other) {
        return other.getRules() == rules;
    }

    /** The warnings in English, as the command line and the plan's JSON give them. */
    public List<String> warnings() {
        return warningPhrases.stream().map(Phrase::english).toList();
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

    /** The scarce resources ranked, waiting for them if they are still being computed. */
    public ScarceResources.Ranking scarceResources() {
        return pendingScarceResources.join();
    }

    /**
     * The scarce resources ranked, if computed already: a report does not wait for them, since they may take longer
     * than a short time limit leaves.
     */
    public Optional<ScarceResources.Ranking> scarceResourcesIfReady() {
        return pendingScarceResources != null && pendingScarceResources.isDone() && !pendingScarceResources.isCompletedExceptionally()
                ? Optional.of(pendingScarceResources.join()) : Optional.empty();
    }

    /** The bound if it is computed already. */
    public Optional<ShortageBound> boundIfReady() {
        return pendingBound.isDone() ? Optional.of(bound()) : Optional.empty();
    }
}
