package org.oxyalloc.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oxyalloc.solver.ProblemFactory.AMPLE_FLEET;
import static org.oxyalloc.solver.ProblemFactory.hospital;
import static org.oxyalloc.solver.ProblemFactory.problem;
import static org.oxyalloc.solver.ProblemFactory.supplier;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.oxyalloc.domain.LoxLot;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.domain.RefillBatch;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.travel.StraightLineTravel;

class AllocationBuilderTest {

    @Test
    void splitsIntoWholeLotsAndOneRemainder() {
        assertThat(AllocationBuilder.split(350, 1_000, 100)).containsExactly(100L, 100L, 100L, 50L);
        assertThat(AllocationBuilder.split(200, 1_000, 100)).containsExactly(100L, 100L);
        assertThat(AllocationBuilder.split(0, 1_000, 100)).isEmpty();
    }

    @Test
    void splitsWhatFitsTheHospitalApartFromTheRest() {
        // 25 cylinders asked, 24 empty: batches of 10, 10, 4 can all be refilled; the last one cannot.
        assertThat(AllocationBuilder.split(25, 24, 10)).containsExactly(10L, 10L, 4L, 1L);
        assertThat(AllocationBuilder.split(25, 0, 10)).containsExactly(10L, 10L, 5L);
    }

    @Test
    void priorityRisesWithOccupancyIcuLoadAndReferralStatus() {
        Problem.Priority weights = Problem.Settings.DEFAULTS.priority();
        Problem.Hospital calm = new Problem.Hospital("A", "A", "R", null, new Problem.Location(0, 0), 100, 50, 10, 0,
                false, null, null, null, null, null, null, null, null);
        Problem.Hospital full = new Problem.Hospital("B", "B", "R", null, new Problem.Location(0, 0), 100, 100, 10, 10,
                true, null, null, null, null, null, null, null, null);
        assertThat(AllocationBuilder.priorityPermille(calm, weights)).isEqualTo(1_500);
        assertThat(AllocationBuilder.priorityPermille(full, weights)).isEqualTo(1_000 + 1_000 + 2_000 + 500);
    }

    @Test
    void buildsLotsRoutesAndLegsFromTheProblem() {
        Problem problem = problem(
                List.of(supplier("S0", -5.40, 105.30, 10, true, AMPLE_FLEET, 100, List.of()),
                        supplier("S1", -5.50, 105.40, 5, true, null, 0, List.of())),
                List.of(hospital("A", -5.41, 105.31, 0.75, 0.2, 8, 40, 25, List.of())),
                List.of(new Problem.CollectionPost("P", "Post", new Problem.Location(-5.42, 105.32), "S0", 2, 50, 5, 12, 10)),
                12);
        OxygenAllocation solution = AllocationBuilder.build(problem, new StraightLineTravel(1.3, 40), Map.of()).solution();

        assertThat(solution.getLoxLots()).extracting(LoxLot::getKg).containsExactly(100L, 100L, 100L, 100L, 100L, 50L);
        assertThat(solution.getRefillBatches()).extracting(RefillBatch::getCylinders).containsExactly(10, 10, 5);
        assertThat(solution.getRefillRoutes()).extracting(r -> r.getId()).containsExactly("S0", "P>S0");
        // S1 has LOX but no tankers: it is not offered to lots.
        assertThat(solution.getLoxSuppliers()).extracting(s -> s.getId()).containsExactly("S0");
        // Two trucks, two whole 5 h trips each in 12 h, 50 cylinders a trip; 10 per hospital per trip.
        assertThat(solution.getCollectionPosts().get(0).getCapacityPerDay()).isEqualTo(200);
        assertThat(solution.getCollectionPosts().get(0).getQuotaPerHospitalPerDay()).isEqualTo(40);
        double straightKm = ProblemTravel.km(new Problem.Location(-5.40, 105.30), new Problem.Location(-5.41, 105.31));
        assertThat(solution.getHospitals().get(0).legFrom(solution.getSuppliers().get(0)).km()).isEqualTo(straightKm * 1.3);
    }
}
