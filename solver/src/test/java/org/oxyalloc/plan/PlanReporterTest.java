package org.oxyalloc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.oxyalloc.solver.ProblemFactory.AMPLE_FLEET;
import static org.oxyalloc.solver.ProblemFactory.hospital;
import static org.oxyalloc.solver.ProblemFactory.problem;
import static org.oxyalloc.solver.ProblemFactory.supplier;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oxyalloc.domain.LoxLot;
import org.oxyalloc.domain.Oxygen;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.domain.RefillBatch;
import org.oxyalloc.domain.RefillRoute;
import org.oxyalloc.domain.Supplier;
import org.oxyalloc.domain.TankerTrip;
import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.solver.PreparedProblem;

/**
 * The plan of a hand-made allocation: hospital A gets all its LOX from N and its refills at N, hospital B gets
 * nothing; every figure of the plan follows from those assignments.
 */
class PlanReporterTest {

    private static AllocationEngine engine;
    private static PreparedProblem prepared;
    private static OxygenAllocation solution;
    private static Supplier north;

    @BeforeAll
    static void allocateByHand() {
        engine = new AllocationEngine();
        Problem day = problem(List.of(supplier("N", -5.40, 105.30, 3.0, true, AMPLE_FLEET, 40, List.of()),
                        supplier("S", -5.45, 105.35, 0.5, true, AMPLE_FLEET, 0, List.of())),
                List.of(inRegency(hospital("B", -5.44, 105.34, 1.0, 0.2, 5, 20, 20, List.of()), "Kota Metro"),
                        hospital("A", -5.41, 105.31, 1.5, 0.5, 5, 30, 30, List.of())),
                List.of(), 12);
        prepared = engine.prepare(day);
        solution = prepared.solution();
        north = solution.getSuppliers().stream().filter(s -> s.getId().equals("N")).findFirst().orElseThrow();
        RefillRoute atNorth = solution.getRefillRoutes().stream().filter(r -> r.getStation() == north && r.getPost() == null)
                .findFirst().orElseThrow();
        TankerTrip northsTrip = solution.getTankerTrips().stream().filter(t -> t.getSupplier() == north).findFirst()
                .orElseThrow();
        solution.getLoxLots().forEach(lot -> lot.setTrip(lot.getHospital().getId().equals("A") ? northsTrip : null));
        solution.getRefillBatches().forEach(batch -> batch.setRoute(batch.getHospital().getId().equals("A") ? atNorth : null));
        engine.score(solution);
    }

    private static Problem.Hospital inRegency(Problem.Hospital h, String regency) {
        return new Problem.Hospital(h.id(), h.name(), regency, h.hospitalClass(), h.location(), h.beds(), h.occupiedBeds(),
                h.icuBeds(), h.occupiedIcuBeds(), h.covidReferral(), h.groups(), h.loxStockTons(), h.tankCapacityTons(),
                h.loxNeedTonsPerDay(), h.emptyCylinders(), h.fullCylinders(), h.cylindersNeededPerDay(), null);
    }

    private static long loxKg(String hospitalId) {
        return solution.getLoxLots().stream().filter(lot -> lot.getHospital().getId().equals(hospitalId))
                .mapToLong(LoxLot::getKg).sum();
    }

    private static int cylinders(String hospitalId) {
        return solution.getRefillBatches().stream().filter(batch -> batch.getHospital().getId().equals(hospitalId))
                .mapToInt(RefillBatch::getCylinders).sum();
    }

    private static Plan report() {
        return PlanReporter.report(prepared, solution, engine.analyze(solution), engine.constraints());
    }

    @Test
    void hospitalsKeepTheProblemsOrderAndTheirInputFieldsByIdNotByPosition() {
        Plan plan = report();
        assertThat(plan.hospitals()).extracting(Plan.HospitalPlan::id).containsExactly("B", "A");
        assertThat(plan.hospitals()).extracting(Plan.HospitalPlan::regency).containsExactly("Kota Metro", "Test regency");
        assertThat(plan.region()).isEqualTo("Test");
    }

    @Test
    void aServedHospitalHasItsQuotaTripsAndRefills() {
        Plan.HospitalPlan a = report().hospitals().get(1);
        long kg = loxKg("A");
        assertThat(kg).isPositive();
        assertThat(a.quotas()).singleElement().satisfies(quota -> {
            assertThat(quota.supplierId()).isEqualTo("N");
            assertThat(quota.tons()).isEqualTo(Oxygen.kgToTons(kg));
            assertThat(quota.trips()).as("all its lots are on one trip").isEqualTo(1);
            assertThat(quota.km()).isPositive();
        });
        assertThat(a.loxShortageTons()).isZero();
        assertThat(a.refills()).singleElement().satisfies(refill -> {
            assertThat(refill.stationId()).isEqualTo("N");
            assertThat(refill.postId()).isNull();
            assertThat(refill.cylinders()).isEqualTo(cylinders("A"));
        });
        assertThat(a.cylinderShortage()).isEqualTo(Math.max(0, a.cylinderRequest() - cylinders("A")));
        assertThat(a.coverageDaysAfter()).isGreaterThan(a.coverageDaysBefore());
    }

    @Test
    void eachTankersDayListsItsTripsWithStopsTimesAndHours() {
        Plan.SupplierPlan n = report().suppliers().get(0);
        assertThat(n.tankers()).hasSize(AMPLE_FLEET.tankers());
        Plan.TankerDay first = n.tankers().get(0);
        assertThat(first.id()).isEqualTo("N-T1");
        assertThat(first.trips()).singleElement().satisfies(trip -> {
            assertThat(trip.number()).isEqualTo(1);
            assertThat(trip.loadingStarts()).isEqualTo("06:00");
            assertThat(trip.departs()).as("after an hour of loading").isEqualTo("07:00");
            assertThat(trip.loadTons()).isEqualTo(Oxygen.kgToTons(loxKg("A")));
            assertThat(trip.stops()).singleElement().satisfies(stop -> {
                assertThat(stop.hospitalId()).isEqualTo("A");
                assertThat(stop.tons()).isEqualTo(trip.loadTons());
                assertThat(stop.arrives().compareTo(trip.departs())).isPositive();
                assertThat(stop.departs().compareTo(stop.arrives())).isPositive();
            });
            assertThat(trip.returns().compareTo(trip.stops().get(0).departs())).isPositive();
        });
        assertThat(first.drivingHours()).isEqualTo(first.trips().get(0).drivingHours()).isPositive();
        assertThat(first.workingHours()).as("plus 1 h loading and 0.75 h unloading")
                .isCloseTo(first.drivingHours() + 1.75, within(0.051));
        assertThat(n.tankers().get(1).trips()).isEmpty();
        assertThat(n.tankerHoursUsed()).isEqualTo(first.drivingHours());
    }

    @Test
    void anUnservedHospitalIsShortByItsWholeRequest() {
        Plan.HospitalPlan b = report().hospitals().get(0);
        assertThat(b.quotas()).isEmpty();
        assertThat(b.refills()).isEmpty();
        assertThat(b.loxShortageTons()).isEqualTo(b.loxRequestTons()).isEqualTo(Oxygen.kgToTons(loxKg("B")));
        assertThat(b.cylinderShortage()).isEqualTo(b.cylinderRequest());
        assertThat(b.coverageDaysAfter()).isEqualTo(b.coverageDaysBefore());
        assertThat(b.shortageCauses()).anySatisfy(cause -> assertThat(cause).startsWith("Supplier N, ").contains("still has"))
                .anySatisfy(cause -> assertThat(cause).startsWith("What is left within reach goes to no one"));
    }

    @Test
    void suppliersTotalsAndBoundAddUp() {
        Plan plan = report();
        assertThat(plan.suppliers()).extracting(Plan.SupplierPlan::id).containsExactly("N", "S");
        Plan.SupplierPlan n = plan.suppliers().get(0);
        assertThat(n.loxAllocatedTons()).isEqualTo(Oxygen.kgToTons(loxKg("A")));
        assertThat(n.loxLeftTons()).isCloseTo(3.0 - n.loxAllocatedTons(), within(1e-9));
        assertThat(n.tankerTrips()).isEqualTo(1);
        assertThat(n.refillsUsed()).isEqualTo(cylinders("A"));
        assertThat(n.refillsLeft()).isEqualTo(40 - cylinders("A"));
        assertThat(plan.suppliers().get(1).loxAllocatedTons()).isZero();

        Plan.Totals totals = plan.totals();
        assertThat(totals.loxAllocatedTons()).isEqualTo(n.loxAllocatedTons());
        assertThat(totals.loxSupplyTons()).isEqualTo(3.5);
        assertThat(totals.loxShortageTons()).isEqualTo(Oxygen.kgToTons(loxKg("B")));
        assertThat(totals.tankerTrips()).isEqualTo(n.tankerTrips());
        assertThat(totals.cylindersRefilled()).isEqualTo(cylinders("A"));
        assertThat(totals.hospitalsShort()).isEqualTo(1 + (plan.hospitals().get(1).cylinderShortage() > 0 ? 1 : 0));
        long shortKg = PlanReporter.shortageKg(solution);
        assertThat(totals.shortageTons()).isEqualTo(Oxygen.kgToTons(shortKg));
        assertThat(plan.bound().shortageTons()).isEqualTo(Oxygen.kgToTons(shortKg));
        assertThat(plan.bound().mediumPenalty()).isEqualTo(-solution.getScore().mediumScore());
        assertThat(plan.feasible()).isEqualTo(solution.getScore().isFeasible());
    }

    @Test
    void everyRuleWithMatchesIsReportedInTheCataloguesOrderWithItsMatchesInWords() {
        Plan plan = report();
        List<String> order = List.copyOf(engine.constraints().keySet());
        assertThat(plan.analysis()).extracting(Plan.ConstraintResult::name)
                .isSortedAccordingTo((x, y) -> Integer.compare(order.indexOf(x), order.indexOf(y)))
                .contains("LOX shortage", "Transport ton-km");
        assertThat(plan.analysis()).filteredOn(c -> c.name().equals("LOX shortage")).singleElement()
                .satisfies(c -> assertThat(c.matches()).anySatisfy(m -> {
                    assertThat(m.hospitalId()).isEqualTo("B");
                    assertThat(m.description()).contains("Hospital B");
                }));
    }

    @Test
    void theGapIsRelativeToTheBoundAndZeroWhenBothAreZero() {
        assertThat(PlanReporter.gapPercent(0, 0)).isZero();
        assertThat(PlanReporter.gapPercent(150, 100)).isEqualTo(50.0);
        assertThat(PlanReporter.gapPercent(5, 0)).isEqualTo(500.0);
    }
}
