package org.oxyalloc.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.problem.ProblemReading;
import org.oxyalloc.solver.PreparedProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", description = "Checks a problem file and prints every error and warning in it.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PROBLEM.json", description = "The problem file.")
    Path problemFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        AllocationEngine engine = new AllocationEngine();
        ProblemReading reading = ProblemFiles.read(problemFile, engine, spec.commandLine().getErr());
        if (!reading.isValid()) {
            spec.commandLine().getErr().printf("%s: %d error(s); nothing was solved.%n", problemFile, reading.errors().size());
            return ExitCode.INVALID_PROBLEM;
        }
        PreparedProblem prepared = engine.prepare(reading.problem());
        prepared.warnings().forEach(w -> spec.commandLine().getErr().println(problemFile + ": warning: " + w));
        spec.commandLine().getOut().printf("%s: valid (%d hospitals, %d suppliers, %d LOX lots, %d refill batches; %d warning(s)).%n",
                problemFile, reading.problem().hospitals().size(), reading.problem().suppliers().size(),
                prepared.solution().getLoxLots().size(), prepared.solution().getRefillBatches().size(),
                reading.warnings().size() + prepared.warnings().size());
        return ExitCode.OK;
    }
}
