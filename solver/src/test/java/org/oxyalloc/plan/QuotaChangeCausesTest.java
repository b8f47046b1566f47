package org.oxyalloc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oxyalloc.solver.ProblemFactory.AMPLE_FLEET;
import static org.oxyalloc.solver.ProblemFactory.hospital;
import static org.oxyalloc.solver.ProblemFactory.problem;
import static org.oxyalloc.solver.ProblemFactory.supplier;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.solver.PreparedProblem;
import org.oxyalloc.text.Phrase;

/** Why quotas changed between a day's plan and the plan of the day changed: the supplier cut, the SOS, the rest. */
class QuotaChangeCausesTest {

    private static final AllocationEngine ENGINE = new AllocationEngine();

    /** NORTH and SOUTH, A and B next to NORTH, C next to SOUTH, which needs {@code needOfC}. */
    private static Problem day(double northTons, double needOfC) {
        return problem(List.of(supplier("NORTH", -5.40, 105.30, northTons, true, AMPLE_FLEET, 0, List.of()),
                        supplier("SOUTH", -5.60, 105.30, 1.0, true, AMPLE_FLEET, 0, List.of())),
                List.of(hospital("A", -5.41, 105.31, 1.5, 0, 6, 0, 0, List.of()),
                        hospital("B", -5.39, 105.29, 1.5, 0, 6, 0, 0, List.of()),
                        hospital("C", -5.61, 105.31, needOfC, 0, 6, 0, 0, List.of())),
                List.of(), 5);
    }

    private static Plan planOf(Problem day) {
        PreparedProblem prepared = ENGINE.prepare(day);
        return ENGINE.report(prepared, ENGINE.startingSolution(prepared, Duration.ofSeconds(1)));
    }

    private static List<String> english(List<Phrase> phrases) {
        return phrases.stream().map(phrase -> phrase.text(Locale.ROOT)).toList();
    }

    @Test
    void aSupplierCutIsWhyItsHospitalsQuotasChange() {
        Problem before = day(3, 1.0);
        Problem after = day(1.5, 1.0);
        Map<String, List<Phrase>> causes = QuotaChangeCauses.of(before, planOf(before), after, planOf(after));

        assertThat(causes).as("A or B lost LOX from NORTH").isNotEmpty();
        // Directly for those whose quota from NORTH changed; for the others, as what changed in the day.
        causes.forEach((hospital, why) -> assertThat(english(why)).as(hospital)
                .containsExactly("Supplier NORTH's LOX changed from 3 t to 1.5 t"));
    }

    @Test
    void anSosIsItsOwnCauseAndWhoGaveWayIsToldWhere() {
        Problem before = day(3, 0.3);
        Problem after = day(3, 2.5);
        Plan planBefore = planOf(before);
        Map<String, List<Phrase>> causes = QuotaChangeCauses.of(before, planBefore, after, planOf(after));

        assertThat(english(causes.get("C"))).containsExactly("its LOX need (t a day) changed from 0.3 to 2.5");
        causes.forEach((hospital, why) -> {
            if (!hospital.equals("C")) {
                assertThat(english(why)).as(hospital).containsExactly(
                        "its oxygen went where the change left others short: Hospital C");
            }
        });
        assertThat(Phrase.of("change.why.supplierLox", "Pusri", 36.0, 20.0).text(Locale.forLanguageTag("id")))
                .isEqualTo("LOX Pusri berubah dari 36 t menjadi 20 t");
    }

    @Test
    void aWhatIfSaysWhichWeightsDiffer() {
        Problem before = day(1.5, 1.0);
        Problem.Settings s = before.effectiveSettings();
        Problem after = new Problem(before.region(), before.date(), new Problem.Settings(s.coverageDays(),
                s.maxTravelHours(), s.loxLotTons(), s.refillBatchCylinders(), s.timeLimit(), s.travel(), s.priority(),
                s.needEstimation(), s.tankerTrips(), Map.of("Unfair LOX shortage", 0L)), before.suppliers(),
                before.hospitals(), before.collectionPosts(), null, null);
        Map<String, List<Phrase>> causes = QuotaChangeCauses.of(before, planOf(before), after, planOf(after));

        assertThat(causes).as("without fairness the scarce LOX goes elsewhere").isNotEmpty();
        causes.values().forEach(why -> assertThat(english(why)).containsExactly(
                "the rules are weighed differently: Unfair LOX shortage"));
    }

    @Test
    void plansThatGiveTheSameChangeNothing() {
        Problem day = day(3, 1.0);
        Plan plan = planOf(day);
        assertThat(QuotaChangeCauses.of(day, plan, day, plan)).isEmpty();
    }
}
