package org.oxyalloc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oxyalloc.solver.ProblemFactory.AMPLE_FLEET;
import static org.oxyalloc.solver.ProblemFactory.hospital;
import static org.oxyalloc.solver.ProblemFactory.problem;
import static org.oxyalloc.solver.ProblemFactory.supplier;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oxyalloc.domain.LoxLot;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.domain.Supplier;
import org.oxyalloc.domain.TankerTrip;
import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.solver.PreparedProblem;

/**
 * A day where every LOX supplier fails hospital B for another reason: one is too far, one reserved for a group B is
 * not in, one emptied by hospital A, one whose only tanker has no time for the trip; and no station refills. Hospital
 * C asks for more than its tank and its empty cylinders can take.
 */
class ShortageCausesTest {

    private static Plan plan;

    @BeforeAll
    static void reportTheDay() {
        AllocationEngine engine = new AllocationEngine();
        Problem day = problem(List.of(
                        supplier("FAR", -7.50, 107.50, 5.0, true, AMPLE_FLEET, 0, List.of()),
                        supplier("RES", -5.41, 105.31, 2.0, true, AMPLE_FLEET, 0, List.of("association")),
                        supplier("EMPTY", -5.40, 105.30, 0.35, true, AMPLE_FLEET, 0, List.of()),
                        supplier("SLOW", -5.30, 105.40, 2.0, true, new Problem.Fleet(1, 10, 0.1), 0, List.of())),
                List.of(hospital("A", -5.40, 105.30, 1.0, 0.0, 5, 0, 0, List.of()),
                        hospital("B", -5.42, 105.32, 1.0, 0.0, 5, 20, 20, List.of()),
                        hospital("C", -5.43, 105.33, 3.0, 0.5, 1.0, 5, 30, List.of()),
                        hospital("D", -5.44, 105.34, 0.0, 0.0, 5, 0, 0, List.of())),
                List.of(), 2);
        PreparedProblem prepared = engine.prepare(day);
        OxygenAllocation solution = prepared.solution();
        Supplier empty = solution.getSuppliers().stream().filter(s -> s.getId().equals("EMPTY")).findFirst().orElseThrow();
        TankerTrip emptysTrip = solution.getTankerTrips().stream().filter(t -> t.getSupplier() == empty).findFirst()
                .orElseThrow();
        long[] allocated = {0};
        for (LoxLot lot : solution.getLoxLots()) {
            boolean fits = lot.getHospital().getId().equals("A") && allocated[0] + lot.getKg() <= empty.getLoxKg();
            lot.setTrip(fits ? emptysTrip : null);
            allocated[0] += fits ? lot.getKg() : 0;
        }
        solution.getRefillBatches().forEach(batch -> batch.setRoute(null));
        engine.score(solution);
        plan = engine.report(prepared, solution);
    }

    private static Plan.HospitalPlan planOf(String id) {
        return plan.hospitals().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void eachSupplierThatCouldNotServeTheHospitalSaysWhyNearestFirst() {
        List<String> causes = planOf("B").shortageCauses();
        assertThat(causes).containsExactly(
                "Supplier RES's oxygen is reserved for association, which this hospital is not part of.",
                "Supplier EMPTY has only 0.05 t left, less than the smallest lot of this hospital's request (0.10 t): plans"
                        + " move liquid oxygen in whole lots.",
                causes.get(2),
                causes.get(3),
                "No station refills cylinders today.");
        assertThat(causes.get(2)).startsWith("Supplier SLOW's tankers are out of hours: no tanker has the time left for a trip here (")
                .contains(" h of driving there and back, plus 1.8 h loading and unloading; at most 0.1 h of driving and ")
                .endsWith(" h of working day left on one tanker; 2.0 t of liquid oxygen left there).");
        assertThat(causes.get(3)).startsWith("Supplier FAR is out of reach: ").endsWith(" h away, beyond the maximum of 2.0 h.");
    }

    @Test
    void whatTheHospitalItselfCannotTakeComesFirst() {
        Plan.HospitalPlan c = planOf("C");
        assertThat(c.shortageCauses().get(0)).isEqualTo(String.format(java.util.Locale.ROOT,
                "Its tank cannot take it all: 0.5 t of space (1.0 t tank, 0.5 t in stock) for a request of %.1f t, so %.1f t"
                        + " cannot come today whatever the suppliers have.", c.loxRequestTons(), c.loxRequestTons() - 0.5));
        assertThat(c.shortageCauses()).contains(String.format(java.util.Locale.ROOT,
                "It has 5 empty cylinders for a request of %d, so %d cannot be refilled today whatever the stations have.",
                c.cylinderRequest(), c.cylinderRequest() - 5));
        assertThat(c.shortageCauses()).as("the rest could have come: the suppliers say why not")
                .anySatisfy(cause -> assertThat(cause).startsWith("Supplier EMPTY has only 0.05 t left, less than the smallest lot"))
                .last().isEqualTo("No station refills cylinders today.");
    }

    @Test
    void reservedOxygenLeftUnusedSaysWhy() {
        assertThat(plan.suppliers()).filteredOn(s -> s.id().equals("RES")).singleElement().extracting(Plan.SupplierPlan::unusedReserve)
                .isEqualTo("2.00 t of liquid oxygen reserved for association is left unused: no hospital of the group is in"
                        + " today's problem.");
        assertThat(plan.suppliers()).filteredOn(s -> !s.id().equals("RES"))
                .allSatisfy(s -> assertThat(s.unusedReserve()).as(s.id()).isNull());
    }

    @Test
    void aHospitalThatIsNotShortHasNoCauses() {
        Plan.HospitalPlan d = planOf("D");
        assertThat(d.loxShortageTons()).isZero();
        assertThat(d.cylinderShortage()).isZero();
        assertThat(d.shortageCauses()).isNull();
        assertThat(planOf("A").shortageCauses()).isNotEmpty();
    }
}
