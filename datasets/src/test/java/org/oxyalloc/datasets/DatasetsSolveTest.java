package org.oxyalloc.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.problem.ProblemReading;

/** Every committed dataset reads without issue, its road network file with it, and solves to a feasible plan in a short time. */
class DatasetsSolveTest {

    private static AllocationEngine solver;

    @BeforeAll
    static void buildSolver() {
        solver = new AllocationEngine();
    }

    static Stream<Path> datasets() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("."))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void solvesToAFeasiblePlan(Path dataset) throws Exception {
        ProblemReading reading = solver.reader().read(dataset);
        assertThat(reading.issues()).isEmpty();

        OxygenAllocation solved = solver.solve(solver.prepare(reading.problem()), Duration.ofSeconds(4), best -> { });

        assertThat(solved.getScore().isFeasible()).as(solved.getScore().toString()).isTrue();
    }
}
