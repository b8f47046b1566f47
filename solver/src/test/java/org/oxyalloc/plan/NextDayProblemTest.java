package org.oxyalloc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.oxyalloc.solver.ProblemFactory.AMPLE_FLEET;
import static org.oxyalloc.solver.ProblemFactory.hospital;
import static org.oxyalloc.solver.ProblemFactory.problem;
import static org.oxyalloc.solver.ProblemFactory.supplier;

import java.time.Duration;
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
        plan = ENGINE.report(prepared, ENGINE.startingSolution(prepared, Duration.ofSeconds(1)));
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

    /** The plan's stops at a hospital, as "tanker#trip" and tons. */
    private static List<Plan.Stop> stopsAt(String hospitalId, List<String> trips) {
        List<Plan.Stop> stops = new java.util.ArrayList<>();
        for (Plan.TankerDay tanker : plan.suppliers().get(0).tankers()) {
            for (Plan.TankerTrip trip : tanker.trips()) {
                trip.stops().stream().filter(s -> s.hospitalId().equals(hospitalId)).forEach(s -> {
                    stops.add(s);
                    trips.add(tanker.id() + "#" + trip.number());
                });
            }
        }
        return stops;
    }

    private static NextDayProblem.Delivered lox(String hospitalId, String tankerTrip, double tons) {
        String[] parts = tankerTrip.split("#");
        return new NextDayProblem.Delivered(hospitalId, "N", parts[0], Integer.parseInt(parts[1]), true, tons);
    }

    @Test
    void aRecordedShortDeliveryIsWhatTheStockCarries() {
        List<String> trips = new java.util.ArrayList<>();
        assertThat(stopsAt("A", trips)).hasSize(1);
        Problem tomorrow = NextDayProblem.of(today, plan, "plan 7", List.of(lox("A", trips.get(0), 0.4)), new Locale("id"));

        Problem.Hospital carried = hospitalOf(tomorrow, "A");
        assertThat(carried.loxStockTons()).as("0.5 + 0.4 - 1.5, never below 0").isEqualTo(0.0);
        assertThat(carried.carriedOver().basis()).contains("sesuai catatan");
    }

    @Test
    void stopsNotRecordedCountAsPlannedAndWhatCameBesidesThePlanCounts() {
        List<String> trips = new java.util.ArrayList<>();
        List<Plan.Stop> stops = stopsAt("A", trips);
        double others = stops.stream().skip(1).mapToDouble(Plan.Stop::tons).sum();
        NextDayProblem.Delivered besides = new NextDayProblem.Delivered("A", "N", "N-T9", 9, true, 0.3);
        Problem tomorrow = NextDayProblem.of(today, plan, "plan 7", List.of(lox("A", trips.get(0), 0.2), besides),
                Locale.ROOT);

        Problem.Hospital carried = hospitalOf(tomorrow, "A");
        // 0.5 t in stock, the first stop recorded at 0.2 t, the others as planned, 0.3 t besides the plan, 1.5 t used.
        assertThat(carried.loxStockTons()).isCloseTo(Math.max(0, 0.5 + 0.2 + others + 0.3 - 1.5), within(0.001));
        assertThat(carried.carriedOver().basis()).contains(stops.size() > 1 ? "where recorded" : "as recorded");
    }

    @Test
    void usedCylindersComeBackEmptyAndRefilledOnesAreFull() {
        Plan.HospitalPlan b = planned("B");
        Problem tomorrow = NextDayProblem.of(today, plan, "plan 7",
                List.of(new NextDayProblem.Delivered("B", "N", null, null, false, 15)), Locale.ROOT);

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
