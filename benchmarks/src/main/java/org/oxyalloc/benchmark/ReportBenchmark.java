package org.oxyalloc.benchmark;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.benchmark.api.PlannerBenchmarkFactory;
import ai.timefold.solver.benchmark.config.PlannerBenchmarkConfig;
import ai.timefold.solver.benchmark.config.ProblemBenchmarksConfig;
import ai.timefold.solver.benchmark.config.SolverBenchmarkConfig;
import ai.timefold.solver.benchmark.config.statistic.ProblemStatisticType;
import ai.timefold.solver.benchmark.config.statistic.SingleStatisticType;
import ai.timefold.solver.benchmark.impl.DefaultPlannerBenchmark;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.problem.ProblemJson;

/**
 * Runs Timefold's benchmarker: solver configurations (the shipped one and variants an analyst would tune, or an
 * analyst's own benchmark XML) on problem files, each warm-started as the product does ({@link WarmStartedProblemIO});
 * writes its HTML report.
 */
public final class ReportBenchmark {

    /** Tanker hours of the generated instances where the fleet binds, as a share of a fleet that does not. */
    public static final double BINDING_FLEET_RATIO = 0.15;

    private final int seconds;
    private final int warmUpSeconds;
    private final Path out;

    /** @param out where the report goes, in a folder named by date and time */
    public ReportBenchmark(int seconds, int warmUpSeconds, Path out) {
        this.seconds = seconds;
        this.warmUpSeconds = warmUpSeconds;
        this.out = out;
    }

    /** Writes a generated instance to {@code <out>/problems} for the benchmarker to read. */
    public File write(Instance instance, String fileName) throws IOException {
        Path file = out.resolve("problems").resolve(fileName + ".json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, ProblemJson.mapper().writeValueAsString(instance.problem()) + "\n");
        return file.toFile();
    }

    /** The shipped configuration's variants. */
    public static PlannerBenchmarkConfig variants(List<SolverVariant> variants) {
        // One solve at a time: on two cores, parallel solves would compete and skew the comparison.
        return new PlannerBenchmarkConfig().withParallelBenchmarkCount("1")
                .withSolverBenchmarkConfigList(variants.stream().map(SolverVariant::benchmark).toList());
    }

    /** An analyst's benchmark XML; its solver benchmarks state their phases and inherit the rest. */
    public static PlannerBenchmarkConfig analystConfig(Path xml) throws IOException {
        if (!Files.isRegularFile(xml)) {
            throw new NoSuchFileException(xml.toString(), null, "no such benchmark configuration");
        }
        return PlannerBenchmarkConfig.createFromXmlFile(xml.toFile());
    }

    public void run(PlannerBenchmarkConfig benchmark, List<File> instances, PrintWriter console) {
        SolverBenchmarkConfig inherited = inherited(instances);
        benchmark.setInheritedSolverBenchmarkConfig(benchmark.getInheritedSolverBenchmarkConfig() == null ? inherited
                : benchmark.getInheritedSolverBenchmarkConfig().inherit(inherited));
        benchmark.setBenchmarkDirectory(out.toFile());
        benchmark.setWarmUpSecondsSpentLimit((long) warmUpSeconds);
        // The report's folder is named when the benchmark starts; only the implementation tells which it is.
        var planner = (DefaultPlannerBenchmark) PlannerBenchmarkFactory.create(benchmark).buildPlannerBenchmark();
        int runs = planner.getPlannerBenchmarkResult().getSolverBenchmarkResultList().size() * instances.size();
        // Each solve also builds its solver (compiling the constraints) and loads its instance: about 2 s more.
        console.printf("%d solves of %d s after %d s of warm-up: about %d min%n", runs, seconds, warmUpSeconds,
                (long) Math.ceil((runs * (seconds + 2) + warmUpSeconds) / 60.0));
        console.flush();
        planner.benchmark();
        console.println("report written to " + planner.getBenchmarkReport().getHtmlOverviewFile());
    }

    /**
     * What every configuration shares: the model (solution, entities, constraints) of the shipped configuration
     * without its phases, the time limit, the instances and the statistics. Not BEST_SOLUTION_MUTATION: in 1.32 it
     * fails on unassigned lots and batches (a NullPointerException in MutationCounter).
     */
    private SolverBenchmarkConfig inherited(List<File> instances) {
        SolverConfig model = AllocationEngine.solverConfig();
        model.setPhaseConfigList(null);
        model.setTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(seconds)));
        return new SolverBenchmarkConfig().withSolverConfig(model).withProblemBenchmarksConfig(new ProblemBenchmarksConfig()
                .withSolutionFileIOClass(WarmStartedProblemIO.class)
                .withInputSolutionFileList(new ArrayList<>(instances))
                .withProblemStatisticTypes(ProblemStatisticType.BEST_SCORE, ProblemStatisticType.STEP_SCORE,
                        ProblemStatisticType.MOVE_EVALUATION_SPEED, ProblemStatisticType.MOVE_COUNT_PER_TYPE)
                .withSingleStatisticTypes(SingleStatisticType.PICKED_MOVE_TYPE_BEST_SCORE_DIFF));
    }
}
