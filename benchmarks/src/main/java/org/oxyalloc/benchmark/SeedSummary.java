package org.oxyalloc.benchmark;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The gaps of each instance group (one size, many seeds) by solver and time limit: the median and the worst over the
 * seeds, so that no result rests on one lucky instance. A run with no feasible plan yet by a limit counts as the worst.
 */
final class SeedSummary {

    /** One group's gaps with one solver at one limit. */
    private record Key(String group, String solver, int seconds) {
    }

    private final Map<Key, List<Double>> gaps = new LinkedHashMap<>();

    /** @param gapPercent the gap of the best feasible plan by that limit, or null when there was none */
    void add(Instance instance, String solver, int seconds, Double gapPercent) {
        gaps.computeIfAbsent(new Key(instance.group(), solver, seconds), key -> new ArrayList<>())
                .add(gapPercent == null ? Double.POSITIVE_INFINITY : gapPercent);
    }

    /** A Markdown table: group, solver, seeds, then median and worst gap at each limit. */
    void print(PrintWriter out, List<Integer> limits) {
        StringBuilder header = new StringBuilder("| instances | solver | seeds |");
        StringBuilder rule = new StringBuilder("|---|---|---|");
        for (int limit : limits) {
            header.append(" median @").append(limit).append(" s | worst @").append(limit).append(" s |");
            rule.append("---|---|");
        }
        out.println();
        out.println("Over the seeds of each size (a run with no feasible plan yet by a limit counts as the worst):");
        out.println();
        out.println(header);
        out.println(rule);
        Map<String, List<Key>> rows = new LinkedHashMap<>();
        gaps.keySet().forEach(key -> rows.computeIfAbsent(key.group() + "\u0000" + key.solver(), k -> new ArrayList<>()).add(key));
        for (List<Key> keys : rows.values()) {
            Key first = keys.get(0);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %s | %d |", first.group(),
                    first.solver(), gaps.get(first).size()));
            for (int limit : limits) {
                List<Double> values = gaps.get(new Key(first.group(), first.solver(), limit));
                row.append(values == null ? " - | - |" : " " + percent(median(values)) + " | " + percent(worst(values)) + " |");
            }
            out.println(row);
        }
        out.flush();
    }

    static double median(List<Double> values) {
        return Stats.median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    static double worst(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    private static String percent(double gap) {
        return Double.isInfinite(gap) ? "no plan yet" : String.format(Locale.ROOT, "%.2f%%", gap);
    }
}
