package org.oxyalloc.peers;

/**
 * What a peer did within its time limit; its plan is written into the prepared solution, to be scored by Timefold.
 *
 * @param medium how the medium phase ended (OPTIMAL, FEASIBLE, NOT_SOLVED, ...)
 * @param soft how the soft phase ended, or SKIPPED when the medium phase found no plan or left no time
 * @param mediumObjective the medium penalty of the medium phase's plan as the MIP computes it; -1 without a plan
 * @param mediumBestBound the least medium penalty the peer proved any plan must have (its best bound, rounded up, as
 *        the medium penalty is whole); 0 if it proved nothing
 * @param seconds wall-clock time, model building included
 */
public record PeerResult(Peer peer, String medium, String soft, long mediumObjective, long mediumBestBound,
        double seconds) {
}
