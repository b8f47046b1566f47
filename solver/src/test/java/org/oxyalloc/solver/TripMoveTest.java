package org.oxyalloc.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import ai.timefold.solver.core.impl.solver.DefaultSolverFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oxyalloc.domain.Hospital;
import org.oxyalloc.domain.LoxLot;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.domain.TankerTrip;
import org.oxyalloc.engine.AllocationEngine;

/**
 * TripMove and TripMoveFactory on a warm-started scarce day, through the solver's own score director: a move changes
 * exactly the lots it names to the trips it names, its undo restores plan and score, and the factory moves only
 * whole stops (or whole trips around a hospital) to trips their lots may take.
 */
class TripMoveTest {

    private static AllocationEngine engine;
    private static SolverFactory<OxygenAllocation> solverFactory;
    private OxygenAllocation solution;
    private InnerScoreDirector<OxygenAllocation, HardMediumSoftLongScore> director;

    @BeforeAll
    static void buildEngine() {
        engine = new AllocationEngine();
        solverFactory = SolverFactory.create(AllocationEngine.solverConfig());
    }

    @BeforeEach
    void warmStartedDay() {
        solution = engine.startingSolution(engine.prepare(ProblemFactory.scarceDay(41, 4, 12)), Duration.ofSeconds(1));
        director = ((DefaultSolverFactory<OxygenAllocation>) solverFactory).<HardMediumSoftLongScore>getScoreDirectorFactory()
                .buildScoreDirector();
        director.setWorkingSolution(solution);
    }

    @AfterEach
    void closeDirector() {
        director.close();
    }

    /** Each lot's trip, by identity. */
    private Map<LoxLot, TankerTrip> plan() {
        Map<LoxLot, TankerTrip> plan = new IdentityHashMap<>();
        solution.getLoxLots().forEach(lot -> plan.put(lot, lot.getTrip()));
        return plan;
    }

    /** The lots of the first hospital that has an assigned lot, that share that lot's trip: one stop. */
    private List<LoxLot> firstStop() {
        LoxLot first = solution.getLoxLots().stream().filter(lot -> lot.getTrip() != null).findFirst().orElseThrow();
        return solution.getLoxLots().stream()
                .filter(lot -> lot.getHospital() == first.getHospital() && lot.getTrip() == first.getTrip()).toList();
    }

    @Test
    void aReassignmentMovesExactlyItsStopAndItsUndoRestoresPlanAndScore() {
        List<LoxLot> stop = firstStop();
        TankerTrip from = stop.get(0).getTrip();
        TankerTrip to = stop.get(0).getTripsInReach().stream().filter(t -> t != from)
                .min(Comparator.comparing((TankerTrip t) -> t.getSupplier() == from.getSupplier())).orElseThrow();
        Map<LoxLot, TankerTrip> before = plan();
        HardMediumSoftLongScore scoreBefore = director.calculateScore().raw();

        TripMove move = TripMove.reassign(stop, to);
        assertThat(move.isMoveDoable(director)).isTrue();
        assertThat(List.<Object>copyOf(move.getPlanningEntities())).containsExactlyElementsOf(stop);
        assertThat(List.<Object>copyOf(move.getPlanningValues())).containsExactly(to);
        List<Map<LoxLot, TankerTrip>> during = new ArrayList<>();
        HardMediumSoftLongScore scoreDuring = director.executeTemporaryMove(move, view -> during.add(plan()), false).raw();

        Map<LoxLot, TankerTrip> moved = during.get(0);
        for (LoxLot lot : solution.getLoxLots()) {
            assertThat(moved.get(lot)).as("lot %d", lot.getId()).isEqualTo(stop.contains(lot) ? to : before.get(lot));
        }
        assertThat(scoreDuring).isNotEqualTo(scoreBefore);
        assertThat(plan()).isEqualTo(before);
        assertThat(director.calculateScore().raw()).isEqualTo(scoreBefore);
    }

    @Test
    void aStopMadeShortLeavesItsLotsUnassignedAndBack() {
        List<LoxLot> stop = firstStop();
        Map<LoxLot, TankerTrip> before = plan();
        HardMediumSoftLongScore scoreBefore = director.calculateScore().raw();
        TripMove move = TripMove.reassign(stop, null);
        assertThat(move.getPlanningValues()).isEmpty();
        HardMediumSoftLongScore scoreDuring = director.executeTemporaryMove(move, view ->
                assertThat(stop).allSatisfy(lot -> assertThat(lot.getTrip()).isNull()), false).raw();
        assertThat(scoreDuring.mediumScore()).as("shortage grows").isLessThan(scoreBefore.mediumScore());
        assertThat(plan()).isEqualTo(before);
        assertThat(director.calculateScore().raw()).isEqualTo(scoreBefore);
    }

    @Test
    void anExchangeGivesEachStopTheOthersTrip() {
        List<LoxLot> first = firstStop();
        LoxLot other = solution.getLoxLots().stream().filter(lot -> lot.getHospital() != first.get(0).getHospital()
                && lot.getTrip() != first.get(0).getTrip()).findFirst().orElseThrow();
        List<LoxLot> second = solution.getLoxLots().stream()
                .filter(lot -> lot.getHospital() == other.getHospital() && lot.getTrip() == other.getTrip()).toList();
        TankerTrip firstTrip = first.get(0).getTrip();
        TankerTrip secondTrip = other.getTrip();
        Map<LoxLot, TankerTrip> before = plan();
        HardMediumSoftLongScore scoreBefore = director.calculateScore().raw();

        director.executeTemporaryMove(TripMove.exchange(first, second), view -> {
            assertThat(first).allSatisfy(lot -> assertThat(lot.getTrip()).isSameAs(secondTrip));
            assertThat(second).allSatisfy(lot -> assertThat(lot.getTrip()).isSameAs(firstTrip));
        }, false);
        assertThat(plan()).isEqualTo(before);
        assertThat(director.calculateScore().raw()).isEqualTo(scoreBefore);
    }

    @Test
    void aMoveToWhereTheStopAlreadyIsIsNotDoable() {
        List<LoxLot> stop = firstStop();
        assertThat(TripMove.reassign(stop, stop.get(0).getTrip()).isMoveDoable(director)).isFalse();
    }

    @Test
    void theFactoryMovesWholeStopsToTripsTheirLotsMayTakeAndEveryUndoRestoresTheScore() {
        TripMoveFactory factory = new TripMoveFactory();
        factory.phaseStarted(director);
        assertThatThrownBy(() -> factory.createOriginalMoveIterator(director)).isInstanceOf(UnsupportedOperationException.class);

        HardMediumSoftLongScore scoreBefore = director.calculateScore().raw();
        Map<LoxLot, TankerTrip> before = plan();
        Iterator<TripMove> moves = factory.createRandomMoveIterator(director, new Random(7));
        int exchanges = 0;
        for (int i = 0; i < 300; i++) {
            assertThat(moves.hasNext()).isTrue();
            TripMove move = moves.next();
            List<LoxLot> lots = move.getPlanningEntities().stream().map(LoxLot.class::cast).toList();
            Map<Hospital, Set<TankerTrip>> tripsByHospital = lots.stream().collect(Collectors.groupingBy(
                    LoxLot::getHospital, Collectors.mapping(LoxLot::getTrip, Collectors.toSet())));
            for (Map.Entry<Hospital, Set<TankerTrip>> entry : tripsByHospital.entrySet()) {
                assertThat(entry.getValue()).as("one stop per hospital: %s", move).hasSize(1);
                TankerTrip trip = entry.getValue().iterator().next();
                List<LoxLot> wholeStop = solution.getLoxLots().stream()
                        .filter(lot -> lot.getHospital() == entry.getKey() && lot.getTrip() == trip).toList();
                assertThat(lots).as(move.toString()).containsAll(wholeStop);
            }
            if (move.toString().startsWith("exchange")) {
                exchanges++;
            }
            director.executeTemporaryMove(move, view -> assertThat(lots).allSatisfy(lot -> assertThat(
                    lot.getTrip() == null || lot.getTripsInReach().contains(lot.getTrip())).as(move.toString()).isTrue()),
                    false);
            assertThat(director.calculateScore().raw()).isEqualTo(scoreBefore);
        }
        assertThat(exchanges).as("some moves exchange two stops, the others reassign").isBetween(1, 299);
        assertThat(plan()).isEqualTo(before);
    }
}
