package org.oxyalloc.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
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
import org.oxyalloc.domain.Supplier;
import org.oxyalloc.engine.AllocationEngine;

/**
 * DeliveryMove and DeliveryMoveFactory on a warm-started scarce day, through the solver's own score director: a move
 * changes exactly the lots it names to the suppliers it names, its undo restores plan and score, and the factory
 * only makes moves of whole deliveries.
 */
class DeliveryMoveTest {

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
        solution = engine.startingSolution(engine.prepare(ProblemFactory.scarceDay(41, 4, 12)));
        director = ((DefaultSolverFactory<OxygenAllocation>) solverFactory).<HardMediumSoftLongScore>getScoreDirectorFactory()
                .buildScoreDirector();
        director.setWorkingSolution(solution);
    }

    @AfterEach
    void closeDirector() {
        director.close();
    }

    /** Each lot's supplier, by identity. */
    private Map<LoxLot, Supplier> plan() {
        Map<LoxLot, Supplier> plan = new IdentityHashMap<>();
        solution.getLoxLots().forEach(lot -> plan.put(lot, lot.getSupplier()));
        return plan;
    }

    /** The lots of the first hospital that has an assigned lot, that share that lot's supplier. */
    private List<LoxLot> firstDelivery() {
        LoxLot first = solution.getLoxLots().stream().filter(lot -> lot.getSupplier() != null).findFirst().orElseThrow();
        return solution.getLoxLots().stream()
                .filter(lot -> lot.getHospital() == first.getHospital() && lot.getSupplier() == first.getSupplier()).toList();
    }

    @Test
    void aReassignmentMovesExactlyItsDeliveryAndItsUndoRestoresPlanAndScore() {
        List<LoxLot> delivery = firstDelivery();
        Supplier from = delivery.get(0).getSupplier();
        Supplier to = solution.getLoxSuppliers().stream().filter(s -> s != from).findFirst().orElseThrow();
        Map<LoxLot, Supplier> before = plan();
        HardMediumSoftLongScore scoreBefore = director.calculateScore().raw();

        DeliveryMove move = DeliveryMove.reassign(delivery, to);
        assertThat(move.isMoveDoable(director)).isTrue();
        assertThat(List.<Object>copyOf(move.getPlanningEntities())).containsExactlyElementsOf(delivery);
        assertThat(List.<Object>copyOf(move.getPlanningValues())).containsExactly(to);
        List<Map<LoxLot, Supplier>> during = new ArrayList<>();
        HardMediumSoftLongScore scoreDuring = director.executeTemporaryMove(move, view -> during.add(plan()), false).raw();

        Map<LoxLot, Supplier> moved = during.get(0);
        for (LoxLot lot : solution.getLoxLots()) {
            assertThat(moved.get(lot)).as("lot %d", lot.getId()).isEqualTo(delivery.contains(lot) ? to : before.get(lot));
        }
        assertThat(scoreDuring).isNotEqualTo(scoreBefore);
        assertThat(plan()).isEqualTo(before);
        assertThat(director.calculateScore().raw()).isEqualTo(scoreBefore);
    }

    @Test
    void aDeliveryMadeShortLeavesItsLotsUnassignedAndBack() {
        List<LoxLot> delivery = firstDelivery();
        Map<LoxLot, Supplier> before = plan();
        HardMediumSoftLongScore scoreBefore = director.calculateScore().raw();
        DeliveryMove move = DeliveryMove.reassign(delivery, null);
        assertThat(move.getPlanningValues()).isEmpty();
        HardMediumSoftLongScore scoreDuring = director.executeTemporaryMove(move, view ->
                assertThat(delivery).allSatisfy(lot -> assertThat(lot.getSupplier()).isNull()), false).raw();
        assertThat(scoreDuring.mediumScore()).as("shortage grows").isLessThan(scoreBefore.mediumScore());
        assertThat(plan()).isEqualTo(before);
        assertThat(director.calculateScore().raw()).isEqualTo(scoreBefore);
    }

    @Test
    void anExchangeGivesEachDeliveryTheOthersSupplier() {
        List<LoxLot> first = firstDelivery();
        LoxLot other = solution.getLoxLots().stream().filter(lot -> lot.getHospital() != first.get(0).getHospital()
                && lot.getSupplier() != first.get(0).getSupplier()).findFirst().orElseThrow();
        List<LoxLot> second = solution.getLoxLots().stream()
                .filter(lot -> lot.getHospital() == other.getHospital() && lot.getSupplier() == other.getSupplier()).toList();
        Supplier firstSupplier = first.get(0).getSupplier();
        Supplier secondSupplier = other.getSupplier();
        Map<LoxLot, Supplier> before = plan();
        HardMediumSoftLongScore scoreBefore = director.calculateScore().raw();

        director.executeTemporaryMove(DeliveryMove.exchange(first, second), view -> {
            assertThat(first).allSatisfy(lot -> assertThat(lot.getSupplier()).isSameAs(secondSupplier));
            assertThat(second).allSatisfy(lot -> assertThat(lot.getSupplier()).isSameAs(firstSupplier));
        }, false);
        assertThat(plan()).isEqualTo(before);
        assertThat(director.calculateScore().raw()).isEqualTo(scoreBefore);
    }

    @Test
    void aMoveToWhereTheDeliveryAlreadyIsIsNotDoable() {
        List<LoxLot> delivery = firstDelivery();
        assertThat(DeliveryMove.reassign(delivery, delivery.get(0).getSupplier()).isMoveDoable(director)).isFalse();
    }

    @Test
    void theFactoryMakesOnlyMovesOfWholeDeliveriesAndEveryUndoRestoresTheScore() {
        DeliveryMoveFactory factory = new DeliveryMoveFactory();
        factory.phaseStarted(director);
        Set<Hospital> withLox = solution.getLoxLots().stream().map(LoxLot::getHospital).collect(Collectors.toSet());
        assertThat(factory.getSize(director)).isEqualTo((long) withLox.size() * (solution.getLoxSuppliers().size() + 1));
        assertThatThrownBy(() -> factory.createOriginalMoveIterator(director)).isInstanceOf(UnsupportedOperationException.class);

        HardMediumSoftLongScore scoreBefore = director.calculateScore().raw();
        Map<LoxLot, Supplier> before = plan();
        Iterator<DeliveryMove> moves = factory.createRandomMoveIterator(director, new Random(7));
        int exchanges = 0;
        for (int i = 0; i < 200; i++) {
            assertThat(moves.hasNext()).isTrue();
            DeliveryMove move = moves.next();
            Map<Hospital, List<LoxLot>> byHospital = move.getPlanningEntities().stream().map(LoxLot.class::cast)
                    .collect(Collectors.groupingBy(LoxLot::getHospital));
            assertThat(byHospital).hasSizeBetween(1, 2);
            for (List<LoxLot> lots : byHospital.values()) {
                Supplier supplier = lots.get(0).getSupplier();
                List<LoxLot> wholeDelivery = solution.getLoxLots().stream()
                        .filter(lot -> lot.getHospital() == lots.get(0).getHospital() && lot.getSupplier() == supplier).toList();
                assertThat(lots).as(move.toString()).containsExactlyInAnyOrderElementsOf(wholeDelivery);
            }
            if (byHospital.size() == 2) {
                exchanges++;
                assertThat(byHospital.values().stream().map(lots -> lots.get(0).getSupplier()).distinct()).hasSize(2);
            }
            if (move.isMoveDoable(director)) {
                director.executeTemporaryMove(move, false);
            }
            assertThat(director.calculateScore().raw()).isEqualTo(scoreBefore);
        }
        assertThat(exchanges).as("some moves exchange two deliveries, the others reassign one").isBetween(1, 199);
        assertThat(plan()).isEqualTo(before);
    }
}
