package org.oxyalloc.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.oxyalloc.cli.BenchmarkCommand.Instance;
import org.oxyalloc.peers.Peer;
import org.oxyalloc.peers.PeerResult;
import org.oxyalloc.peers.PeerSolver;
import org.oxyalloc.plan.PlanReporter;
import org.oxyalloc.solver.AllocationSolver;
import org.oxyalloc.solver.PreparedProblem;
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

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The best plan of one solver at one time limit. */
    private record Row(String instance, String solver, int seconds, HardMediumSoftLongScore score, double gapPercent,
            String status) {
    }

    /** A new best solution of the Timefold run and when it came. */
    private record Best(double seconds, HardMediumSoftLongScore score) {
    }

    @Override
    public Integer call() throws IOException {
        if (limits.isEmpty() || limits.stream().anyMatch(limit -> limit < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limits must be whole seconds of at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        AllocationSolver solver = new AllocationSolver();
        List<Instance> instances = new ArrayList<>();
        for (int hospitals : sizes) {
            instances.add(Instance.generated(spec, seed, hospitals, fleetRatio));
        }
        for (String file : datasets) {
            if (!file.equals("none")) {
                instances.add(Instance.read(solver, Path.of(file)));
            }
        }
        out.printf("%d cores; fleet ratio %s; every plan scored by Timefold; gap = (medium penalty - bound) / bound;"
                + " best = the best score at that limit%n%n", Runtime.getRuntime().availableProcessors(), fleetRatio);
        out.println("| instance | solver | limit (s) | hard | medium | soft | gap | best | status |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        out.flush();
        List<Row> rows = new ArrayList<>();
        for (Instance instance : instances) {
            List<Row> instanceRows = run(solver, instance);
            for (int limit : limits.stream().sorted().toList()) {
                List<Row> atLimit = instanceRows.stream().filter(row -> row.seconds() == limit).toList();
                HardMediumSoftLongScore best = atLimit.stream().map(Row::score).max(HardMediumSoftLongScore::compareTo)
                        .orElseThrow();
                atLimit.forEach(row -> out.println(markdown(row, row.score().equals(best))));
                rows.addAll(atLimit);
            }
            out.flush();
            if (plots != null) {
                GapChart.write(plots, instance.name(), series(instanceRows));
            }
        }
        if (csv != null) {
            writeCsv(rows);
            out.println();
            out.println("wrote " + csv);
        }
        return ExitCode.OK;
    }

    private List<Row> run(AllocationSolver solver, Instance instance) {
        List<Row> rows = new ArrayList<>(timefold(solver, instance));
        PeerSolver peers = new PeerSolver(solver);
        for (int limit : limits) {
            for (Peer peer : Peer.values()) {
                PreparedProblem prepared = solver.prepare(instance.problem());
                PeerResult result = peers.solve(prepared, peer, Duration.ofSeconds(limit));
                rows.add(row(instance, peer.label(), limit, solver.score(prepared.solution()), prepared,
                        String.format(Locale.ROOT, "medium %s (proves ≥ %d), soft %s, %.1f s", result.medium(),
                                result.mediumBestBound(), result.soft(), result.seconds())));
            }
        }
        return rows;
    }

    /** One run to the largest limit; at each limit, the best plan found by then, read from the new-best events. */
    private List<Row> timefold(AllocationSolver solver, Instance instance) {
        PreparedProblem prepared = solver.prepare(instance.problem());
        int longest = limits.stream().mapToInt(Integer::intValue).max().orElseThrow();
        List<Best> bests = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        var solved = solver.solve(prepared, Duration.ofSeconds(longest),
                best -> bests.add(new Best((System.nanoTime() - start) / 1e9, best.getScore())));
        bests.add(new Best((System.nanoTime() - start) / 1e9, solved.getScore()));
        List<Row> rows = new ArrayList<>();
        for (int limit : limits) {
            bests.stream().filter(best -> best.seconds() <= limit + 0.05).reduce((first, second) -> second)
                    .ifPresent(best -> rows.add(row(instance, "timefold", limit, best.score(), prepared, "warm started")));
        }
        return rows;
    }

    private static Row row(Instance instance, String solver, int seconds, HardMediumSoftLongScore score,
            PreparedProblem prepared, String status) {
        return new Row(instance.name(), solver, seconds, score,
                PlanReporter.gapPercent(-score.mediumScore(), prepared.bound().medium()), status);
    }

    /** Each solver's gaps at the limits, in the order the solvers first appear. */
    private static List<GapChart.Series> series(List<Row> rows) {
        Map<String, List<GapChart.Point>> bySolver = new LinkedHashMap<>();
        rows.stream().filter(row -> row.score().isFeasible()).sorted(Comparator.comparingInt(Row::seconds))
                .forEach(row -> bySolver.computeIfAbsent(row.solver(), s -> new ArrayList<>())
                        .add(new GapChart.Point(row.seconds(), row.gapPercent())));
        return bySolver.entrySet().stream().map(e -> new GapChart.Series(e.getKey(), e.getValue())).toList();
    }

    private static String markdown(Row row, boolean best) {
        return String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %.2f%% | %s | %s |", row.instance(),
                row.solver(), row.seconds(), row.score().hardScore(), row.score().mediumScore(), row.score().softScore(),
                row.gapPercent(), best ? "best" : "", row.status());
    }

    private void writeCsv(List<Row> rows) throws IOException {
        List<String> lines = new ArrayList<>(List.of("instance,solver,seconds,hard,medium,soft,gapPercent"));
        rows.forEach(row -> lines.add(String.format(Locale.ROOT, "\"%s\",%s,%d,%d,%d,%d,%.2f", row.instance(),
                row.solver(), row.seconds(), row.score().hardScore(), row.score().mediumScore(), row.score().softScore(),
                row.gapPercent())));
        Files.write(csv, lines);
    }
}
