package org.oxyalloc.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oxyalloc.solver.ProblemFactory.ONE_TRIP_PER_TANKER;
import static org.oxyalloc.solver.ProblemFactory.hospital;
import static org.oxyalloc.solver.ProblemFactory.problem;
import static org.oxyalloc.solver.ProblemFactory.supplier;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxyalloc.datasets.SyntheticGenerator;
import org.oxyalloc.domain.LoxLot;
import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.solver.AllocationConstraintProvider;
import org.oxyalloc.solver.Exhaustive;
import org.oxyalloc.solver.PreparedProblem;

class PeerSolverTest {

    private static AllocationEngine solver;
    private static PeerSolver peers;

    @BeforeAll
    static void buildSolvers() {
        solver = new AllocationEngine();
        peers = new PeerSolver(solver);
    }

    /** Six hospitals, two suppliers, tankers with 15 % of the hours they would need: the fleet binds. */
    private static PreparedProblem fleetBound(long seed) {
        return solver.prepare(SyntheticGenerator.generate(seed, 6, 2, 0.8, 0.15));
    }

    /**
     * A supplier whose one small tanker drives 60 minutes reaches only the near hospital; a second one, near the far ones,
     * has little LOX and one tanker of two trips. 5 lots and 1 refill batch: small enough to enumerate.
     */
    private static Problem tinyDayWithAShortFleet() {
        Problem.Supplier north = supplier("N", -5.40, 105.30, 0.5, true, new Problem.Fleet(1, 0.2, 1.0), 10, List.of());
        Problem.Supplier south = supplier("S", -5.31, 105.21, 0.1, true, new Problem.Fleet(1, 20, 24), 0, List.of());
        List<Problem.Hospital> hospitals = List.of(
                hospital("A", -5.41, 105.31, 0.2, 0, 5, 0, 0, List.of()),
                hospital("B", -5.30, 105.20, 0.2, 0, 5, 0, 0, List.of()),
                hospital("C", -5.28, 105.22, 0.1, 0, 5, 0, 0, List.of()),
                hospital("D", -5.42, 105.32, 0, 0, 0, 10, 10, List.of()));
        return problem(List.of(north, south), hospitals, List.of(), 12)
                .withTankerTrips(new Problem.TankerTrips(null, null, null, null, 2, null));
    }

    /** One tanker, one trip a day, two hospitals near it and each other: only a milk run serves both. */
    private static Problem oneTripForTwoHospitals() {
        Problem.Supplier north = supplier("N", -5.40, 105.30, 1.0, true, new Problem.Fleet(1, 1.0, 3.0), 0, List.of());
        List<Problem.Hospital> hospitals = List.of(hospital("A", -5.42, 105.32, 0.2, 0, 5, 0, 0, List.of()),
                hospital("B", -5.43, 105.31, 0.2, 0, 5, 0, 0, List.of()));
        return problem(List.of(north), hospitals, List.of(), 12).withTankerTrips(ONE_TRIP_PER_TANKER);
    }

    @Test
    void thePeersModelTheSameMultiStopTripsAsTheScore() {
        PreparedProblem prepared = solver.prepare(oneTripForTwoHospitals());
        assertThat(Exhaustive.bestMedium(solver, prepared.solution())).as("a milk run serves both").isZero();

        PeerResult result = peers.solve(prepared, Peer.SCIP, Duration.ofSeconds(2));

        assertThat(result.mediumObjective()).isZero();
        HardMediumSoftLongScore score = solver.score(prepared.solution());
        assertThat(score.hardScore()).isZero();
        assertThat(score.mediumScore()).isZero();
        assertThat(prepared.solution().getLoxLots()).extracting(LoxLot::getTrip).doesNotContainNull().containsOnly(
                prepared.solution().getTankerTrips().get(0));
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @CsvSource({"SCIP, 2", "SCIP, 4", "CP_SAT, 2", "CP_SAT, 4"})
    void peersProveAnOptimumThatTimefoldScoresAsTheMipDoes(Peer peer, long seed) {
        PreparedProblem prepared = fleetBound(seed);

        PeerResult result = peers.solve(prepared, peer, Duration.ofSeconds(8));

        HardMediumSoftLongScore score = solver.score(prepared.solution());
        assertThat(result.medium()).isEqualTo("OPTIMAL");
        assertThat(score.hardScore()).isZero();
        assertThat(-score.mediumScore()).isEqualTo(result.mediumObjective())
                .as("no plan beats the bound").isGreaterThanOrEqualTo(prepared.bound().medium());
        assertThat(result.mediumBestBound()).as("an optimum proven by its bound")
                .isBetween((long) Math.floor(result.mediumObjective() * (1 - 2e-6)), result.mediumObjective());
    }

    @Test
    void scipFindsTheExhaustiveOptimumWhereTheFleetIsShort() {
        PreparedProblem prepared = solver.prepare(tinyDayWithAShortFleet());
        assertThat(prepared.solution().getLoxLots().size() + prepared.solution().getRefillBatches().size())
                .as("small enough to enumerate").isLessThanOrEqualTo(7);
        long optimum = Exhaustive.bestMedium(solver, prepared.solution());

        PeerResult result = peers.solve(prepared, Peer.SCIP, Duration.ofSeconds(2));

        assertThat(prepared.solution().getHospitals()).filteredOn(h -> !h.getId().equals("A") && !h.getId().equals("D"))
                .as("the short fleet reaches only the near hospital").allSatisfy(h -> assertThat(h.getTripsInReach())
                        .noneMatch(trip -> trip.getSupplier().getId().equals("N")));
        assertThat(optimum).as("so some LOX is short").isPositive().isGreaterThanOrEqualTo(prepared.bound().medium());
        assertThat(result.mediumObjective()).isEqualTo(optimum);
        assertThat(result.mediumBestBound()).isLessThanOrEqualTo(optimum).isGreaterThanOrEqualTo(prepared.bound().medium());
        assertThat(-solver.score(prepared.solution()).mediumScore()).isEqualTo(optimum);
    }

    @Test
    void theMipUsesTheWeightsInForce() {
        PreparedProblem prepared = fleetBound(2);
        prepared.solution().setConstraintWeightOverrides(ConstraintWeightOverrides.of(Map.of(
                AllocationConstraintProvider.LOX_SHORTAGE, HardMediumSoftLongScore.ofMedium(3),
                AllocationConstraintProvider.UNFAIR_CYLINDER_SHORTAGE, HardMediumSoftLongScore.ofMedium(5000),
                AllocationConstraintProvider.UNFAIR_LOX_SHORTAGE, HardMediumSoftLongScore.ZERO)));

        PeerResult result = peers.solve(prepared, Peer.SCIP, Duration.ofSeconds(5));

        assertThat(result.medium()).isEqualTo("OPTIMAL");
        assertThat(-solver.score(prepared.solution()).mediumScore()).isEqualTo(result.mediumObjective());
    }
}
