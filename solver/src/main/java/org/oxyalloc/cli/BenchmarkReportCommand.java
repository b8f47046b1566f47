package org.oxyalloc.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import ai.timefold.solver.benchmark.api.PlannerBenchmarkFactory;
import ai.timefold.solver.benchmark.config.PlannerBenchmarkConfig;
import ai.timefold.solver.benchmark.config.ProblemBenchmarksConfig;
import ai.timefold.solver.benchmark.config.SolverBenchmarkConfig;
import ai.timefold.solver.benchmark.config.statistic.ProblemStatisticType;
import ai.timefold.solver.benchmark.config.statistic.SingleStatisticType;
import ai.timefold.solver.benchmark.impl.DefaultPlannerBenchmark;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.oxyalloc.problem.ProblemJson;
import org.oxyalloc.solver.AllocationSolver;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", description = "Runs Timefold's benchmarker: the shipped solver configuration and variants an"
        + " analyst would tune, on the datasets and generated instances, each warm-started as the product does; writes"
        + " its HTML report.")
final class BenchmarkReportCommand implements Callable<Integer> {

    /** Tanker hours of the generated instances where the fleet binds, as a share of a fleet that does not. */
    static final double BINDING_FLEET_RATIO = 0.15;

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
            description = "Hospitals per generated instance whose tanker fleet binds (fleet ratio " + BINDING_FLEET_RATIO
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
        List<File> instances = instances();
        if (instances.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no instances: give --sizes, --binding-fleet-sizes or --datasets");
        }
        PlannerBenchmarkConfig benchmark = plannerBenchmark();
        SolverBenchmarkConfig inherited = inherited(instances);
        benchmark.setInheritedSolverBenchmarkConfig(benchmark.getInheritedSolverBenchmarkConfig() == null ? inherited
                : benchmark.getInheritedSolverBenchmarkConfig().inherit(inherited));
        benchmark.setBenchmarkDirectory(out.toFile());
        benchmark.setWarmUpSecondsSpentLimit((long) warmUp);
        // The report's folder is named when the benchmark starts; only the implementation tells which it is.
        var planner = (DefaultPlannerBenchmark) PlannerBenchmarkFactory.create(benchmark).buildPlannerBenchmark();
        PrintWriter console = spec.commandLine().getOut();
        int runs = planner.getPlannerBenchmarkResult().getSolverBenchmarkResultList().size() * instances.size();
        // Each solve also builds its solver (compiling the constraints) and loads its instance: about 2 s more.
        console.printf("%d solves of %d s after %d s of warm-up: about %d min%n", runs, seconds, warmUp,
                (long) Math.ceil((runs * (seconds + 2) + warmUp) / 60.0));
        console.flush();
        planner.benchmark();
        console.println("report written to " + planner.getBenchmarkReport().getHtmlOverviewFile());
        return ExitCode.OK;
    }

    private PlannerBenchmarkConfig plannerBenchmark() throws IOException {
        if (config == null) {
            // One solve at a time: on two cores, parallel solves would compete and skew the comparison.
            return new PlannerBenchmarkConfig().withParallelBenchmarkCount("1")
                    .withSolverBenchmarkConfigList(configurations.stream().map(SolverVariant::benchmark).toList());
        }
        if (!Files.isRegularFile(config)) {
            throw new NoSuchFileException(config.toString(), null, "no such benchmark configuration");
        }
        return PlannerBenchmarkConfig.createFromXmlFile(config.toFile());
    }

    /**
     * What every configuration shares: the model (solution, entities, constraints) of the shipped configuration
     * without its phases, the time limit, the instances and the statistics. Not BEST_SOLUTION_MUTATION: in 1.32 it
     * fails on unassigned lots and batches (a NullPointerException in MutationCounter).
     */
    SolverBenchmarkConfig inherited(List<File> instances) {
        SolverConfig model = AllocationSolver.solverConfig();
        model.setPhaseConfigList(null);
        model.setTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(seconds)));
        return new SolverBenchmarkConfig().withSolverConfig(model).withProblemBenchmarksConfig(new ProblemBenchmarksConfig()
                .withSolutionFileIOClass(WarmStartedProblemIO.class)
                .withInputSolutionFileList(instances)
                .withProblemStatisticTypes(ProblemStatisticType.BEST_SCORE, ProblemStatisticType.STEP_SCORE,
                        ProblemStatisticType.MOVE_EVALUATION_SPEED, ProblemStatisticType.MOVE_COUNT_PER_TYPE)
                .withSingleStatisticTypes(SingleStatisticType.PICKED_MOVE_TYPE_BEST_SCORE_DIFF));
    }

    /** The datasets, then the generated instances, written to {@code <out>/problems} for the benchmarker to read. */
    private List<File> instances() throws IOException {
        List<File> files = new ArrayList<>();
        if (!datasets.isEmpty()) {
            try (var listing = Files.list(Path.of(datasets))) {
                listing.filter(file -> file.toString().endsWith(".json")).sorted().forEach(file -> files.add(file.toFile()));
            }
        }
        for (int hospitals : hospitals("--sizes", sizes)) {
            files.add(generated(hospitals, 1));
        }
        for (int hospitals : hospitals("--binding-fleet-sizes", bindingFleetSizes)) {
            files.add(generated(hospitals, BINDING_FLEET_RATIO));
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

    private File generated(int hospitals, double fleetRatio) throws IOException {
        int suppliers = Math.max(2, hospitals / 10);
        String name = "generated-" + hospitals + "-hospitals-" + suppliers + "-suppliers" + (fleetRatio == 1 ? "" : "-fleet-" + fleetRatio);
        Path file = out.resolve("problems").resolve(name + ".json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, ProblemJson.mapper().writeValueAsString(
                GenerateCommand.generate(spec, seed, hospitals, suppliers, 0.8, fleetRatio)) + "\n");
        return file.toFile();
    }
}
