package org.oxyalloc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.oxyalloc.solver.ProblemFactory.AMPLE_FLEET;
import static org.oxyalloc.solver.ProblemFactory.hospital;
import static org.oxyalloc.solver.ProblemFactory.problem;
import static org.oxyalloc.solver.ProblemFactory.supplier;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.ProblemIssue;
import org.oxyalloc.problem.ProblemJson;
import org.oxyalloc.problem.ProblemReading;
import org.oxyalloc.solver.PreparedProblem;

/** Tomorrow from today's plan and deliveries: stocks and cylinders carried over, and every carried number marked. */
class NextDayProblemTest {

    private static final AllocationEngine ENGINE = new AllocationEngine();
    private static Problem today;
    private static Plan plan;

    @BeforeAll
    static void planToday() {
        // A needs 1.5 t with 0.5 t in a 5 t tank; B uses 20 cylinders a day, has 20 empty and none full.
        today = problem(List.of(supplier("N", -5.40, 105.30, 3.0, true, AMPLE_FLEET, 40, List.of())),
                List.of(hospital("A", -5.41, 105.31, 1.5, 0.5, 5, 0, 0, List.of()),
                        hospital("B", -5.44, 105.34, 0, 0, 0, 20, 20, List.of())),
                List.of(), 12);
        PreparedProblem prepared = ENGINE.prepare(today);
        plan = ENGINE.report(prepared, ENGINE.startingSolution(prepared));
    }

    private static Plan.HospitalPlan planned(String id) {
        return plan.hospitals().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    private static Problem.Hospital hospitalOf(Problem problem, String id) {
        return problem.hospitals().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void withoutRecordsWhatWasPlannedCountsAsDeliveredAndTheBasisSaysSo() {
        Plan.HospitalPlan a = planned("A");
        assertThat(a.loxReceivedTons()).as("the plan delivers A something").isPositive();
        Problem tomorrow = NextDayProblem.of(today, plan, "plan 7", List.of(), Locale.ROOT);

        assertThat(tomorrow.date()).isEqualTo(today.date().plusDays(1));
        Problem.Hospital carried = hospitalOf(tomorrow, "A");
        assertThat(carried.loxStockTons()).isCloseTo(Math.min(5, 0.5 + a.loxReceivedTons() - 1.5), within(0.001));
        assertThat(carried.carriedOver().fields()).contains("loxStockTons", "occupiedBeds", "loxNeedTonsPerDay")
                .doesNotContain("fullCylinders");
        assertThat(carried.carriedOver().basis()).contains("plan 7", today.date().toString(), "as planned");
        assertThat(tomorrow.suppliers().get(0).carriedOver().fields()).contains("loxTons", "fleet", "refillCylinders");
    }

    @Test
    void aRecordedShortDeliveryIsWhatTheStockCarries() {
        Problem tomorrow = NextDayProblem.of(today, plan, "plan 7",
                List.of(new NextDayProblem.Delivered("A", "N", true, 0.4)), new Locale("id"));

        Problem.Hospital carried = hospitalOf(tomorrow, "A");
        assertThat(carried.loxStockTons()).as("0.5 + 0.4 - 1.5, never below 0").isEqualTo(0.0);
        assertThat(carried.carriedOver().basis()).contains("sesuai catatan");
    }

    @Test
    void usedCylindersComeBackEmptyAndRefilledOnesAreFull() {
        Plan.HospitalPlan b = planned("B");
        Problem tomorrow = NextDayProblem.of(today, plan, "plan 7",
                List.of(new NextDayProblem.Delivered("B", "N", false, 15)), Locale.ROOT);

        Problem.Hospital carried = hospitalOf(tomorrow, "B");
        assertThat(b.cylindersRefilled()).as("the plan refills B").isPositive();
        // 15 refilled, 15 of the 20 a day used (only 15 full), so none full; 20 - 15 + 15 empty.
        assertThat(carried.fullCylinders()).isZero();
        assertThat(carried.emptyCylinders()).isEqualTo(20);
        assertThat(carried.loxStockTons()).as("no tank: nothing carried").isEqualTo(0.0);
        assertThat(carried.carriedOver().fields()).contains("fullCylinders", "emptyCylinders").doesNotContain("loxStockTons");
    }

    @Test
    void theNextDayReadsAsAValidProblemThatWarnsOfEachCarriedHospitalAndSupplier() throws Exception {
        Problem tomorrow = NextDayProblem.of(today, plan, "plan 7", List.of(), Locale.ROOT);
        ProblemReading reading = ENGINE.reader().read(ProblemJson.mapper().writeValueAsString(tomorrow));

        assertThat(reading.errors()).isEmpty();
        assertThat(reading.warnings()).extracting(ProblemIssue::path)
                .contains("$.hospitals[0].carriedOver", "$.hospitals[1].carriedOver", "$.suppliers[0].carriedOver");
        assertThat(reading.warnings().stream().filter(w -> w.path().equals("$.hospitals[0].carriedOver")).findFirst()
                .orElseThrow().message(Locale.ROOT)).contains("Hospital A", "check them before");
    }

    @Test
    void aCarriedFieldThatTheFormatDoesNotHaveIsAnError() throws Exception {
        String json = ProblemJson.mapper().writeValueAsString(NextDayProblem.of(today, plan, "plan 7", List.of(), Locale.ROOT))
                .replace("\"occupiedBeds\",", "\"stockOnTheMoon\",");
        ProblemReading reading = ENGINE.reader().read(json);

        assertThat(reading.errors()).extracting(ProblemIssue::path).contains("$.hospitals[0].carriedOver.fields[0]");
        assertThat(reading.errors().get(0).value()).isEqualTo("stockOnTheMoon");
    }
}
