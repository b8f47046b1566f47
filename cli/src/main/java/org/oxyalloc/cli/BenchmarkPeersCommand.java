package org.oxyalloc.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.oxyalloc.benchmark.Instance;
import org.oxyalloc.benchmark.PeerBenchmark;
import org.oxyalloc.engine.AllocationEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "peers", description = "Timefold against the exact peers CP-SAT and SCIP (OR-Tools) at equal time limits,"
        + " on generated instances where the tanker fleet binds and on datasets; every plan scored by Timefold. Markdown"
        + " table, and optionally the series as CSV.")
final class BenchmarkPeersCommand implements Callable<Integer> {

    @Option(names = "--sizes", split = ",", defaultValue = "10,30,100,300",
            description = "Hospitals per generated instance (suppliers: one per ten, at least 2). Default: ${DEFAULT-VALUE}")
    List<Integer> sizes;

    @Option(names = "--fleet-ratio", defaultValue = "0.15",
            description = "Tanker driving hours of the generated instances, as in 'generate'. Default: ${DEFAULT-VALUE}")
    double fleetRatio;

    @Option(names = "--limits", split = ",", defaultValue = "10,30,60",
            description = "Time limits in seconds, model building included; one peer run per limit, one Timefold run to"
                    + " the largest. Default: ${DEFAULT-VALUE}")
    List<Integer> limits;

    @Option(names = "--datasets", split = ",", defaultValue = "datasets/lampung-2021-07-26.json",
            description = "Problem files to include; 'none' for none. Default: ${DEFAULT-VALUE}")
    List<String> datasets;

    @Option(names = "--csv", paramLabel = "FILE",
            description = "Also write the rows as CSV: instance,solver,seconds,hard,medium,soft,gapPercent.")
    Path csv;

    @Option(names = "--plots", paramLabel = "DIR",
            description = "Also writes one PNG chart per instance to DIR: each solver's gap to the bound at each limit.")
    Path plots;

    @Option(names = "--seeds", split = ",", defaultValue = "1,2,3,4,5",
            description = "Seeds of the generated instances: one instance per size and seed; the summary gives the median"
                    + " and the worst over them. Default: ${DEFAULT-VALUE}")
    List<Long> seeds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (limits.isEmpty() || limits.stream().anyMatch(limit -> limit < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limits must be whole seconds of at least 1");
        }
        AllocationEngine engine = new AllocationEngine();
        List<Path> files = datasets.stream().filter(file -> !file.equals("none")).map(Path::of).toList();
        List<Instance> instances = BenchmarkCommand.instances(spec, engine, seeds, sizes, fleetRatio, files);
        spec.commandLine().getOut().printf("generated instances: fleet ratio %s, seeds %s%n", fleetRatio, seeds);
        new PeerBenchmark(engine, limits).run(instances, spec.commandLine().getOut(), csv, plots);
        return ExitCode.OK;
    }
}
