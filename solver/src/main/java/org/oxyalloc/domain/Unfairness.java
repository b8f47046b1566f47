package org.oxyalloc.domain;

/**
 * The fairness term of the shortage cost, shared by the rules that score a plan and the flow relaxation that bounds
 * it, so that the bound prices a shortage exactly as the score does.
 */
public final class Unfairness {

    private Unfairness() {
    }

    /**
     * Shortage² / request, rounded up: convex in the shortage, so its marginal cost (2 x shortage / request per unit)
     * rises as a hospital's share of its request left unmet rises, and minimising the sum spreads a fixed shortage in
     * proportion to requests. Rounded up so that a penalty is never rounded away.
     */
    public static long of(long shortage, long request) {
        return -Math.floorDiv(-shortage * shortage, request);
    }
}
