package org.oxyalloc.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.Problem.Settings;
import org.oxyalloc.problem.Problem.Supplier;
import org.oxyalloc.problem.ProblemJson;

class SyntheticGeneratorTest {

    @Test
    void sameSeedSameProblem() throws IOException {
        Problem a = SyntheticGenerator.generate(42, 200, 20, 0.7, 1.0);
        Problem b = SyntheticGenerator.generate(42, 200, 20, 0.7, 1.0);
        assertThat(b).isEqualTo(a);
        assertThat(ProblemJson.mapper().writeValueAsBytes(b)).isEqualTo(ProblemJson.mapper().writeValueAsBytes(a));
        assertThat(SyntheticGenerator.generate(43, 200, 20, 0.7, 1.0)).isNotEqualTo(a);
    }

    @ParameterizedTest
    @CsvSource({"1, 10, 1, 0.7", "2, 10, 300, 1.5", "3, 49, 5, 1.0", "4, 50, 5, 0.7", "5, 500, 40, 1.5", "6, 3000, 300, 0.7",
            "7, 3000, 1, 2.0", "8, 6000, 600, 0.8"})
    void respectsSizesAndSupplyRatio(long seed, int hospitals, int suppliers, double ratio) throws Exception {
        Problem problem = SyntheticGenerator.generate(seed, hospitals, suppliers, ratio, 1.0);
        ProblemInvariants.assertValid(problem);
        ProblemJson.mapper().readValue(ProblemJson.mapper().writeValueAsBytes(problem), Problem.class);
        assertThat(problem.hospitals()).hasSize(hospitals);
        assertThat(problem.suppliers()).hasSize(suppliers);
        assertThat(problem.effectiveCollectionPosts()).hasSize(hospitals >= 50 ? 2 : 0);

        double need = problem.hospitals().stream()
                .mapToDouble(h -> OxygenNeed.loxNeedTonsPerDay(h, Settings.DEFAULTS.needEstimation())).sum();
        double supply = problem.suppliers().stream().mapToDouble(Supplier::loxTonsOrZero).sum();
        assertThat(supply / need).isCloseTo(ratio, within(ratio * 0.03));
        int cylinders = problem.hospitals().stream().mapToInt(h -> h.cylindersNeededPerDayOrZero()).sum();
        int refills = problem.suppliers().stream().mapToInt(Supplier::refillCylindersOrZero).sum();
        assertThat((double) refills / cylinders).isCloseTo(ratio, within(ratio * 0.03));

        assertThat(problem.hospitals()).allSatisfy(h -> {
            assertThat(h.location().lat()).isBetween(SyntheticGenerator.LAT_MIN, SyntheticGenerator.LAT_MAX);
            assertThat(h.location().lon()).isBetween(SyntheticGenerator.LON_MIN, SyntheticGenerator.LON_MAX);
        });
    }

    @Test
    void manySuppliersIncludeNonMedicalAndReservedOnes() {
        Problem problem = SyntheticGenerator.generate(11, 1000, 300, 1.0, 1.0);
        assertThat(problem.suppliers()).anyMatch(s -> !s.medicalGrade());
        assertThat(problem.suppliers()).anyMatch(s -> !s.reservedGroups().isEmpty());
        assertThat(problem.suppliers().stream().filter(s -> !s.reservedGroups().isEmpty()).count()).isLessThan(40);
        assertThat(problem.hospitals()).anyMatch(h -> h.tankCapacityTonsOrZero() > 0)
                .anyMatch(h -> h.tankCapacityTonsOrZero() == 0)
                .anyMatch(h -> h.loxNeedTonsPerDay() != null);
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> SyntheticGenerator.generate(1, 0, 5, 1.0, 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hospitals").hasMessageContaining("0");
        assertThatThrownBy(() -> SyntheticGenerator.generate(1, 10000, 5, 1.0, 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hospitals").hasMessageContaining("10000");
        assertThatThrownBy(() -> SyntheticGenerator.generate(1, 10, 0, 1.0, 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("suppliers").hasMessageContaining("0");
        assertThatThrownBy(() -> SyntheticGenerator.generate(1, 10, 1000, 1.0, 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("suppliers").hasMessageContaining("1000");
        for (double ratio : new double[] {0, -0.5, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> SyntheticGenerator.generate(1, 10, 5, ratio, 1.0)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("supplyRatio").hasMessageContaining(String.valueOf(ratio));
        }
        for (double ratio : new double[] {0, 1.5, Double.NaN}) {
            assertThatThrownBy(() -> SyntheticGenerator.generate(1, 10, 5, 1.0, ratio)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("fleetRatio").hasMessageContaining(String.valueOf(ratio));
        }
    }

    @Test
    void fleetRatioScalesEveryFleetsDrivingHours() {
        Problem full = SyntheticGenerator.generate(9, 300, 30, 0.8, 1.0);
        Problem scarce = SyntheticGenerator.generate(9, 300, 30, 0.8, 0.25);
        for (int i = 0; i < full.suppliers().size(); i++) {
            Problem.Fleet whole = full.suppliers().get(i).fleet();
            Problem.Fleet quarter = scarce.suppliers().get(i).fleet();
            if (whole == null) {
                assertThat(quarter).isNull();
                continue;
            }
            double wholeHours = whole.tankers() * whole.drivingHoursPerTanker();
            assertThat(quarter.tankers() * quarter.drivingHoursPerTanker()).isCloseTo(wholeHours * 0.25, within(0.05 * quarter.tankers()));
            assertThat(quarter.drivingHoursPerTanker()).isLessThanOrEqualTo(whole.drivingHoursPerTanker());
            assertThat(quarter.tankers()).isBetween(1, whole.tankers());
            assertThat(quarter.tankerTons()).isEqualTo(whole.tankerTons());
        }
        assertThat(scarce.hospitals()).isEqualTo(full.hospitals());
    }
}
