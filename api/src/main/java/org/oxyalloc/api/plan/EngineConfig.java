package org.oxyalloc.api.plan;

import java.nio.file.Path;

import ai.timefold.solver.core.api.solver.SolverManager;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.problem.ProblemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine as beans. The SolverManager is built from the engine's own solver configuration rather than by the
 * Timefold Spring Boot starter: the starter scans for the planning solution and builds its own solver factory from
 * properties, while the command line and the service must share one configuration (phases and custom moves).
 */
@Configuration
class EngineConfig {

    @Bean
    AllocationEngine allocationEngine() {
        return new AllocationEngine();
    }

    /**
     * The engine's reader, which also reads the road networks the service ships: a shipped dataset can be posted as
     * it is, its {@code "file": "networks/…"} read from the datasets folder (and no file outside it).
     */
    @Bean
    ProblemReader problemReader(AllocationEngine engine, @Value("${oxyalloc.demo.datasets-dir}") String datasets) {
        return new ProblemReader(engine.constraints().keySet(), Path.of(datasets));
    }

    /**
     * Solves at most parallel-solver-count plans at once; the others wait in submission order. Each solve keeps one
     * core busy, so more than the machine's cores is refused at startup.
     */
    @Bean(destroyMethod = "close")
    SolverManager<OxygenAllocation, Long> solverManager(AllocationEngine engine,
            @Value("${oxyalloc.solving.parallel-solver-count}") int parallelSolverCount) {
        int cores = Runtime.getRuntime().availableProcessors();
        if (parallelSolverCount < 1 || parallelSolverCount > cores) {
            throw new IllegalStateException("oxyalloc.solving.parallel-solver-count is " + parallelSolverCount
                    + "; expected 1 to " + cores + ", the cores of this machine");
        }
        return engine.solverManager(parallelSolverCount);
    }
}
