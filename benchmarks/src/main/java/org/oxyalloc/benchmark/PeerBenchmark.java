package org.oxyalloc.benchmark;

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
import java.util.Locale;
import java.util.Map;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.peers.Peer;
import org.oxyalloc.peers.PeerResult;
import org.oxyalloc.peers.PeerSolver;
import org.oxyalloc.plan.PlanReporter;
import org.oxyalloc.solver.PreparedProblem;

/**
 * Timefold against the exact peers CP-SAT and SCIP (OR-Tools) at equal time limits, every plan scored by Timefold:
 * a Markdown table, optionally the rows as CSV and a chart per instance of each solver's gap at each limit.
 */
public final class PeerBenchmark {

    private final AllocationEngine engine;
    private final PeerSolver peers;
    private final List<Integer> limits;

    /** @param limits time limits in seconds, model building included: a peer run per limit, one Timefold run to the largest */
    public PeerBenchmark(AllocationEngine engine, List<Integer> limits) {
        this.engine = engine;
        this.peers = new PeerSolver(engine);
        this.limits = List.copyOf(limits);
    }

    /** The best plan of one solver at one time limit. */
    private record Row(String instance, String solver, int seconds, HardMediumSoftLongScore score, double gapPercent,
            String status) {
    }

    /** A new best solution of the Timefold run and when it came. */
    private record Best(double seconds, HardMediumSoftLongScore score) {
    }

    /** @param csv where the rows go as CSV too, or null; @param plots where the charts go, or null */
    public void run(List<Instance> instances, PrintWriter out, Path csv, Path plots) throws IOException {
        out.printf("%d cores; every plan scored by Timefold; gap = (medium penalty - bound) / bound;"
                + " best = the best score at that limit%n%n", Runtime.getRuntime().availableProcessors());
        out.println("| instance | solver | limit (s) | hard | medium | soft | gap | best | status |");
        out.println("|---|---|---|---|---|---|---|---|---|");
        out.flush();
        List<Row> rows = new ArrayList<>();
        SeedSummary summary = new SeedSummary();
        for (Instance instance : instances) {
            List<Row> instanceRows = run(instance);
            for (int limit : limits.stream().sorted().toList()) {
                List<Row> atLimit = instanceRows.stream().filter(row -> row.seconds() == limit).toList();
                HardMediumSoftLongScore best = atLimit.stream().map(Row::score).max(HardMediumSoftLongScore::compareTo)
                        .orElseThrow();
                atLimit.forEach(row -> {
                    out.println(markdown(row, row.score().equals(best)));
                    summary.add(instance, row.solver(), limit, row.score().isFeasible() ? row.gapPercent() : null);
                });
                rows.addAll(atLimit);
            }
            out.flush();
            if (plots != null) {
                GapChart.write(plots, instance.name(), series(instanceRows));
            }
        }
        summary.print(out, limits.stream().sorted().toList());
        if (csv != null) {
            writeCsv(rows, csv);
            out.println();
            out.println("wrote " + csv);
        }
    }

    private List<Row> run(Instance instance) {
        List<Row> rows = new ArrayList<>(timefold(instance));
        for (int limit : limits) {
            for (Peer peer : Peer.values()) {
                PreparedProblem prepared = engine.prepare(instance.problem());
                // The bound runs beside; it must not take the peer's cores during the peer's time.
                prepared.bound();
                PeerResult result = peers.solve(prepared, peer, Duration.ofSeconds(limit));
                rows.add(row(instance, peer.label(), limit, engine.score(prepared.solution()), prepared,
                        String.format(Locale.ROOT, "medium %s (proves ≥ %d), soft %s, %.1f s", result.medium(),
                                result.mediumBestBound(), result.soft(), result.seconds())));
            }
        }
        return rows;
    }

    /** One run to the largest limit; at each limit, the best plan found by then, read from the new-best events. */
    private List<Row> timefold(Instance instance) {
        PreparedProblem prepared = engine.prepare(instance.problem());
        int longest = limits.stream().mapToInt(Integer::intValue).max().orElseThrow();
        List<Best> bests = Collections.synchronizedList(new ArrayList<>());
        // Timefold's limit counts from the start of the preparation; a peer's from its model's building.
        long start = prepared.startedNanos();
        OxygenAllocation solved = engine.solve(prepared, Duration.ofSeconds(longest),
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

    private static void writeCsv(List<Row> rows, Path csv) throws IOException {
        List<String> lines = new ArrayList<>(List.of("instance,solver,seconds,hard,medium,soft,gapPercent"));
        rows.forEach(row -> lines.add(String.format(Locale.ROOT, "\"%s\",%s,%d,%d,%d,%d,%.2f", row.instance(),
                row.solver(), row.seconds(), row.score().hardScore(), row.score().mediumScore(), row.score().softScore(),
                row.gapPercent())));
        Files.write(csv, lines);
    }
}
