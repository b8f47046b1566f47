package org.oxyalloc.benchmark;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import ai.timefold.solver.persistence.common.api.domain.solution.SolutionFileIO;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.problem.ProblemReading;

/**
 * Reads a problem file for Timefold's benchmarker the way the product solves it: validated, prepared (travel and
 * bound) and warm-started from the flow relaxation. Name it as {@code <solutionFileIOClass>} in a benchmark XML.
 * Writes no plans: solve the problem file for one.
 */
public final class WarmStartedProblemIO implements SolutionFileIO<OxygenAllocation> {

    /** One for all reads: building it compiles the constraints. */
    private static final AllocationEngine ENGINE = new AllocationEngine();

    @Override
    public String getInputFileExtension() {
        return "json";
    }

    @Override
    public OxygenAllocation read(File file) {
        ProblemReading reading;
        try {
            reading = ENGINE.reader().read(file.toPath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!reading.isValid()) {
            throw new IllegalArgumentException(file + " is not valid: " + reading.errors());
        }
        // No time limit to take trials of a re-plan's starts from: the benchmarker times the solve, not the reading.
        return ENGINE.startingSolution(ENGINE.prepare(reading.problem()), Duration.ZERO);
    }

    @Override
    public void write(OxygenAllocation solution, File file) {
        throw new UnsupportedOperationException("the benchmark report writes no plans; solve the problem file for one");
    }
}
