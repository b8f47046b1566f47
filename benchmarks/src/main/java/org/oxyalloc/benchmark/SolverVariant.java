package org.oxyalloc.benchmark;

import java.util.List;
import java.util.function.UnaryOperator;

import ai.timefold.solver.benchmark.config.SolverBenchmarkConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import org.oxyalloc.engine.AllocationEngine;

/**
 * The solver configurations that {@code benchmark report} compares: the shipped one and variants of its phases an
 * analyst would try, each derived from {@link AllocationEngine#solverConfig()} so that the shipped file stays the one
 * source of truth. Only the phases differ; the model and the time limit are inherited (see ReportBenchmark).
 */
public enum SolverVariant {

    /** Timefold's tabu search: a tenth of the entities tabu, the best of 1000 accepted moves a step. */
    SHIPPED("shipped (tabu search)", phases -> phases),
    CONSTRUCTION_ONLY("construction heuristic only",
            phases -> phases.stream().filter(phase -> phase instanceof ConstructionHeuristicPhaseConfig).toList()),
    LATE_ACCEPTANCE_100("late acceptance 100", lateAcceptance(100)),
    /** Timefold's default local search, shipped before tabu search replaced it. */
    LATE_ACCEPTANCE_400("late acceptance 400", lateAcceptance(400)),
    LATE_ACCEPTANCE_2000("late acceptance 2000", lateAcceptance(2000)),
    /** Only single lots and batches change and swap: what the custom DeliveryMoves add. */
    WITHOUT_DELIVERY_MOVES("without delivery moves", localSearch(phase -> {
        UnionMoveSelectorConfig union = (UnionMoveSelectorConfig) phase.getMoveSelectorConfig();
        union.setMoveSelectorList(union.getMoveSelectorList().stream()
                .filter(selector -> !(selector instanceof MoveIteratorFactoryConfig)).toList());
        return phase;
    }));

    private final String label;
    private final UnaryOperator<List<PhaseConfig>> change;

    SolverVariant(String label, UnaryOperator<List<PhaseConfig>> change) {
        this.label = label;
        this.change = change;
    }

    /** The name in the report. */
    String label() {
        return label;
    }

    /** The shipped phases, changed. */
    List<PhaseConfig> phases() {
        return change.apply(AllocationEngine.solverConfig().getPhaseConfigList());
    }

    SolverBenchmarkConfig benchmark() {
        return new SolverBenchmarkConfig().withName(label).withSolverConfig(new SolverConfig().withPhaseList(phases()));
    }

    private static UnaryOperator<List<PhaseConfig>> lateAcceptance(int size) {
        return localSearch(phase -> phase.withLocalSearchType(null)
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(size))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)));
    }

    private static UnaryOperator<List<PhaseConfig>> localSearch(UnaryOperator<LocalSearchPhaseConfig> change) {
        return phases -> phases.stream()
                .map(phase -> phase instanceof LocalSearchPhaseConfig localSearch ? change.apply(localSearch) : phase)
                .toList();
    }
}
