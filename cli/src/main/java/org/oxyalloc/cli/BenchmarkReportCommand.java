package org.oxyalloc.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import ai.timefold.solver.benchmark.config.PlannerBenchmarkConfig;
import org.oxyalloc.benchmark.Instance;
import org.oxyalloc.benchmark.ReportBenchmark;
import org.oxyalloc.benchmark.SolverVariant;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", description = "Runs Timefold's benchmarker: the shipped solver configuration and variants an"
        + " analyst would tune, on the datasets and generated instances, each warm-started as the product does; writes"
        + " its HTML report.")
final class BenchmarkReportCommand implements Callable<Integer> {

    @Option(names = "--seconds", defaultValue = "30", description = "Solving time per configuration and instance. Default: ${DEFAULT-VALUE}")
    int seconds;

    @Option(names = "--warm-up", defaultValue = "30", paramLabel = "SECONDS",
            description = "Solving before the measured runs, so that the JIT compiler has done its work. Default: ${DEFAULT-VALUE}")
    int warmUp;

    @Option(names = "--configurations", split = ",",
            defaultValue = "SHIPPED,CONSTRUCTION_ONLY,LATE_ACCEPTANCE_100,LATE_ACCEPTANCE_400,LATE_ACCEPTANCE_2000,WITHOUT_DELIVERY_MOVES",
            description = "Which solver configurations to compare. Default: ${DEFAULT-VALUE}")
    List<SolverVariant> configurations;

    @Option(names = "--config", paramLabel = "BENCHMARK.xml",
            description = "An analyst's own benchmark configuration instead of --configurations; its solver benchmarks"
                    + " state their phases and inherit the model, the time limit and the instances.")
    Path config;

    @Option(names = "--sizes", defaultValue = "100,300", paramLabel = "N,...",
            description = "Hospitals per generated instance with tankers enough (one supplier per ten); '' for none."
                    + " Default: ${DEFAULT-VALUE}")
    String sizes;

    @Option(names = "--binding-fleet-sizes", defaultValue = "300", paramLabel = "N,...",
            description = "Hospitals per generated instance whose tanker fleet binds (fleet ratio " + ReportBenchmark.BINDING_FLEET_RATIO
                    + "); '' for none. Default: ${DEFAULT-VALUE}")
    String bindingFleetSizes;

    @Option(names = "--datasets", defaultValue = "datasets", description = "Folder of datasets to include; '' for none.")
    String datasets;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--out", defaultValue = "target/benchmark-report", paramLabel = "DIR",
            description = "Where the report goes, in a folder named by date and time. Default: ${DEFAULT-VALUE}")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (seconds < 1 || warmUp < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--seconds must be at least 1, --warm-up at least 0");
        }
        ReportBenchmark report = new ReportBenchmark(seconds, warmUp, out);
        List<File> instances = instances(report);
        if (instances.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no instances: give --sizes, --binding-fleet-sizes or --datasets");
        }
        PlannerBenchmarkConfig benchmark = config == null ? ReportBenchmark.variants(configurations)
                : ReportBenchmark.analystConfig(config);
        report.run(benchmark, instances, spec.commandLine().getOut());
        return ExitCode.OK;
    }

    /** The datasets, then the generated instances, written beside the report for the benchmarker to read. */
    private List<File> instances(ReportBenchmark report) throws IOException {
        List<File> files = new ArrayList<>();
        if (!datasets.isEmpty()) {
            Instance.files(Path.of(datasets)).forEach(file -> files.add(file.toFile()));
        }
        for (int hospitals : hospitals("--sizes", sizes)) {
            files.add(generated(report, hospitals, 1));
        }
        for (int hospitals : hospitals("--binding-fleet-sizes", bindingFleetSizes)) {
            files.add(generated(report, hospitals, ReportBenchmark.BINDING_FLEET_RATIO));
        }
        return files;
    }

    /** A comma-separated list that may be empty, which picocli's split lists cannot be. */
    private List<Integer> hospitals(String option, String list) {
        try {
            return list.isBlank() ? List.of() : Arrays.stream(list.split(",")).map(String::trim).map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " '" + list + "': expected numbers separated by commas");
        }
    }

    private File generated(ReportBenchmark report, int hospitals, double fleetRatio) throws IOException {
        Instance instance = Arguments.checked(spec, () -> Instance.generated(seed, hospitals, fleetRatio));
        String name = "generated-" + hospitals + "-hospitals-" + Instance.suppliersFor(hospitals) + "-suppliers"
                + (fleetRatio == 1 ? "" : "-fleet-" + fleetRatio);
        return report.write(instance, name);
    }
}
