package org.oxyalloc.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchType;
import org.junit.jupiter.api.Test;
import org.oxyalloc.engine.AllocationEngine;

class SolverVariantTest {

    @Test
    void theShippedVariantHasTheShippedPhases() {
        assertThat(SolverVariant.SHIPPED.phases()).hasSameSizeAs(AllocationEngine.solverConfig().getPhaseConfigList());
        assertThat(moves(SolverVariant.SHIPPED).getMoveSelectorList()).hasSize(5)
                .anyMatch(MoveIteratorFactoryConfig.class::isInstance);
        assertThat(localSearch(SolverVariant.SHIPPED).getLocalSearchType()).isEqualTo(LocalSearchType.TABU_SEARCH);
        assertThat(localSearch(SolverVariant.SHIPPED).getAcceptorConfig()).isNull();
    }

    @Test
    void eachVariantChangesWhatItsNameSays() {
        assertThat(SolverVariant.CONSTRUCTION_ONLY.phases()).hasSize(2).allMatch(ConstructionHeuristicPhaseConfig.class::isInstance);
        assertThat(localSearch(SolverVariant.LATE_ACCEPTANCE_100).getAcceptorConfig().getLateAcceptanceSize()).isEqualTo(100);
        assertThat(localSearch(SolverVariant.LATE_ACCEPTANCE_2000).getAcceptorConfig().getLateAcceptanceSize()).isEqualTo(2000);
        assertThat(localSearch(SolverVariant.LATE_ACCEPTANCE_400)).satisfies(phase -> {
            assertThat(phase.getLocalSearchType()).as("the acceptor alone decides").isNull();
            assertThat(phase.getAcceptorConfig().getLateAcceptanceSize()).isEqualTo(400);
        });
        assertThat(moves(SolverVariant.WITHOUT_DELIVERY_MOVES).getMoveSelectorList()).hasSize(4)
                .noneMatch(MoveIteratorFactoryConfig.class::isInstance);
    }

    @Test
    void benchmarksAreNamedForTheReport() {
        assertThat(SolverVariant.LATE_ACCEPTANCE_400.benchmark().getName()).isEqualTo("late acceptance 400");
        assertThat(SolverVariant.LATE_ACCEPTANCE_400.benchmark().getSolverConfig().getPhaseConfigList()).hasSize(3);
    }

    private static LocalSearchPhaseConfig localSearch(SolverVariant variant) {
        return (LocalSearchPhaseConfig) variant.phases().get(2);
    }

    private static UnionMoveSelectorConfig moves(SolverVariant variant) {
        return (UnionMoveSelectorConfig) localSearch(variant).getMoveSelectorConfig();
    }
}
