package org.oxyalloc.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.oxyalloc.problem.Problem;

class HospitalDemandTest {

    private static final Problem.Settings DEFAULTS = Problem.Settings.DEFAULTS;

    private static Problem.Hospital hospital(int occupied, int occupiedIcu, Double stock, Double tank, Double need,
            Integer full, Integer cylindersPerDay) {
        return new Problem.Hospital("H", "H", "R", null, new Problem.Location(0, 0), 200, occupied, 20, occupiedIcu,
                null, List.of(), stock, tank, need, 0, full, cylindersPerDay, null);
    }

    @Test
    void estimatesLoxNeedWithTheWhoFlows() {
        // 10 critical patients at 30 L/min = 0.576 t/day; 90 ward patients, half at 10 L/min = 0.864 t/day.
        double tons = HospitalDemand.estimatedTonsPerDay(hospital(100, 10, null, 10.0, null, null, null),
                DEFAULTS.needEstimation());
        assertThat(tons).isCloseTo(0.576 + 0.864, within(1e-9));
    }

    @Test
    void reportedNeedIsUsedAndTheRequestSubtractsStock() {
        HospitalDemand demand = HospitalDemand.of(hospital(100, 10, 1.5, 10.0, 4.0, null, null), DEFAULTS);
        assertThat(demand.loxNeedEstimated()).isFalse();
        assertThat(demand.loxNeedKgPerDay()).isEqualTo(4_000);
        assertThat(demand.loxRequestKg()).isEqualTo(2_500);
    }

    @Test
    void coverageDaysMultiplyTheNeed() {
        Problem.Settings threeDays = new Problem.Settings(3.0, null, null, null, null, null, null, null, null, null).withDefaults();
        HospitalDemand demand = HospitalDemand.of(hospital(100, 10, 1.0, 20.0, 2.0, 5, 10), threeDays);
        assertThat(demand.loxRequestKg()).isEqualTo(5_000);
        assertThat(demand.cylinderRequest()).isEqualTo(25);
    }

    @Test
    void stockAboveTheTargetRequestsNothing() {
        assertThat(HospitalDemand.of(hospital(100, 10, 9.0, 10.0, 2.0, null, null), DEFAULTS).loxRequestKg()).isZero();
    }

    @Test
    void aHospitalWithoutATankHasItsMissingNeedEstimatedInCylinders() {
        HospitalDemand demand = HospitalDemand.of(hospital(100, 10, null, null, null, null, null), DEFAULTS);
        assertThat(demand.loxNeedKgPerDay()).isZero();
        assertThat(demand.cylinderNeedEstimated()).isTrue();
        // 1.44 t/day at 8 kg a cylinder.
        assertThat(demand.cylindersPerDay()).isEqualTo(180);
        assertThat(demand.cylinderRequest()).isEqualTo(180);
    }
}
