package org.oxyalloc.bound;

/**
 * The weights, as the solution's score uses them (defaults or overrides), of the rules the relaxation keeps exactly:
 * the medium-level shortage and fairness rules, the soft transport rules whose lower bound it gives, and the soft
 * stability rules that a re-plan's warm start weighs (per kg of a published quota, per cylinder of published refills).
 */
public record ShortageWeights(long loxShortage, long cylinderShortage, long unfairLoxShortage, long unfairCylinderShortage,
        long transportTonKm, long refillTravel, long publishedQuotaChanged, long publishedRefillsChanged) {

    /** Whether every kg of shortage costs something; if not, an optimal plan need not deliver all it can. */
    boolean shortageAlwaysCosts() {
        return loxShortage > 0 && cylinderShortage > 0;
    }
}
