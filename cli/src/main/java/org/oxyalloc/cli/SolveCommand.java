package org.oxyalloc.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.Callable;

import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.plan.Plan;
import org.oxyalloc.plan.PlanReporter;
import org.oxyalloc.plan.PlanSummary;
import org.oxyalloc.problem.ProblemJson;
import org.oxyalloc.problem.ProblemReading;
import org.oxyalloc.problem.TimeLimits;
import org.oxyalloc.solver.PreparedProblem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "solve", description = "Solves a problem file, writes the plan as JSON and summarises it.")
final class SolveCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PROBLEM.json", description = "The problem file.")
    Path problemFile;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = TimeLimitConverter.class,
            description = "How long to solve, e.g. 500ms, 30s, 2m. Default: the problem's settings.timeLimit (30s).")
    Duration timeLimit;

    @Option(names = "--out", paramLabel = "PLAN.json",
            description = "Where to write the plan. Default: <problem name>.plan.json in the current directory.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        AllocationEngine engine = new AllocationEngine();
        ProblemReading reading = ProblemFiles.read(problemFile, engine, err);
        if (!reading.isValid()) {
            err.printf("%s: %d error(s); nothing was solved.%n", problemFile, reading.errors().size());
            return ExitCode.INVALID_PROBLEM;
        }
        PreparedProblem prepared = engine.prepare(reading.problem());
        prepared.warnings().forEach(w -> err.println(problemFile + ": warning: " + w));
        Duration limit = timeLimit != null ? timeLimit : TimeLimits.parse(reading.problem().effectiveSettings().timeLimit());
        // Before solving nothing is allocated, so the shortage is the whole request.
        long requestKg = PlanReporter.shortageKg(prepared.solution());
        OxygenAllocation solved;
        try (SolveProgress progress = new SolveProgress(stdout, System.console() != null, limit, requestKg,
                () -> prepared.boundIfReady().map(bound -> OptionalLong.of(bound.medium())).orElse(OptionalLong.empty()),
                prepared.startedNanos())) {
            solved = engine.solve(prepared, limit, progress);
        }
        Plan plan = engine.report(prepared, solved);
        Path planFile = out != null ? out : Path.of(baseName(problemFile) + ".plan.json");
        Files.writeString(planFile, ProblemJson.mapper().writeValueAsString(plan) + "\n");
        PlanSummary.print(plan, stdout);
        stdout.println("  plan written to " + planFile);
        return plan.feasible() ? ExitCode.OK : ExitCode.INFEASIBLE;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    /** Picocli prints a TypeConversionException's message alone; any other exception would show its class. */
    static final class TimeLimitConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Duration duration;
            try {
                duration = TimeLimits.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
            if (duration.isZero()) {
                throw new CommandLine.TypeConversionException("time limit '" + value + "': expected a positive duration");
            }
            return duration;
        }
    }
}
