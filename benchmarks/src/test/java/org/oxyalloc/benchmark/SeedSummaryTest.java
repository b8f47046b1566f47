package org.oxyalloc.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

class SeedSummaryTest {

    private static final Instance SEED_1 = new Instance("100 hospitals, seed 1", "100 hospitals", null);
    private static final Instance SEED_2 = new Instance("100 hospitals, seed 2", "100 hospitals", null);
    private static final Instance SEED_3 = new Instance("100 hospitals, seed 3", "100 hospitals", null);
    private static final Instance LAMPUNG = new Instance("lampung.json", "lampung.json", null);

    private static List<String> print(SeedSummary summary, List<Integer> limits) {
        StringWriter text = new StringWriter();
        summary.print(new PrintWriter(text), limits);
        return text.toString().lines().filter(line -> line.startsWith("| ") && !line.startsWith("| instances")).toList();
    }

    @Test
    void eachGroupAndSolverGetsTheMedianAndTheWorstOverItsSeedsAtEachLimit() {
        SeedSummary summary = new SeedSummary();
        summary.add(SEED_1, "timefold", 10, 0.5);
        summary.add(SEED_2, "timefold", 10, 0.1);
        summary.add(SEED_3, "timefold", 10, 2.0);
        summary.add(SEED_1, "timefold", 30, 0.0);
        summary.add(SEED_2, "timefold", 30, 0.0);
        summary.add(SEED_3, "timefold", 30, 1.0);
        summary.add(SEED_1, "scip", 10, 3.0);
        summary.add(LAMPUNG, "timefold", 10, 11.69);
        assertThat(print(summary, List.of(10, 30))).containsExactly(
                "| 100 hospitals | timefold | 3 | 0.50% | 2.00% | 0.00% | 1.00% |",
                "| 100 hospitals | scip | 1 | 3.00% | 3.00% | - | - |",
                "| lampung.json | timefold | 1 | 11.69% | 11.69% | - | - |");
    }

    @Test
    void aSeedWithoutAFeasiblePlanIsTheWorst() {
        SeedSummary summary = new SeedSummary();
        summary.add(SEED_1, "cp-sat", 10, 0.2);
        summary.add(SEED_2, "cp-sat", 10, null);
        summary.add(SEED_3, "cp-sat", 10, 0.4);
        assertThat(print(summary, List.of(10))).containsExactly("| 100 hospitals | cp-sat | 3 | 0.40% | no plan yet |");
    }
}
