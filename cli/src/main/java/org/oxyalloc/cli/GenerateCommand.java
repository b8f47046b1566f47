package org.oxyalloc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.oxyalloc.datasets.SyntheticGenerator;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.ProblemJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", description = "Writes a seeded synthetic problem: clustered hospitals and suppliers over Java.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--hospitals", required = true, paramLabel = "N", description = "1 to 9999.")
    int hospitals;

    @Option(names = "--suppliers", required = true, paramLabel = "M", description = "1 to 999.")
    int suppliers;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--supply-ratio", defaultValue = "0.8", paramLabel = "R",
            description = "Total LOX supply over total LOX need; below 1 is a scarce day. Default: ${DEFAULT-VALUE}")
    double supplyRatio;

    @Option(names = "--fleet-ratio", defaultValue = "1", paramLabel = "F",
            description = "Tanker driving hours as a share of a fleet that carries each supplier's LOX in one trip per"
                    + " tanker plus a spare; below 1 the fleet binds. Default: ${DEFAULT-VALUE}")
    double fleetRatio;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The problem file to write.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Problem problem = Arguments.checked(spec,
                () -> SyntheticGenerator.generate(seed, hospitals, suppliers, supplyRatio, fleetRatio));
        Files.writeString(out, ProblemJson.mapper().writeValueAsString(problem) + "\n");
        spec.commandLine().getOut().printf("wrote %s (%d hospitals, %d suppliers, seed %d)%n", out, hospitals, suppliers, seed);
        return ExitCode.OK;
    }
}
