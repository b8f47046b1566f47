package org.oxyalloc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.oxyalloc.solver.ProblemFactory.AMPLE_FLEET;
import static org.oxyalloc.solver.ProblemFactory.hospital;
import static org.oxyalloc.solver.ProblemFactory.problem;
import static org.oxyalloc.solver.ProblemFactory.supplier;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.oxyalloc.problem.Problem;

/** A day with the hospitals' morning reports: what is reported replaces what was carried, and is checked first. */
class ReportedDayTest {

    /** A and B with 100 beds (10 ICU) and a 6 t tank, both carried over from the day before. */
    private static Problem carriedDay() {
        Problem.CarriedOver carried = new Problem.CarriedOver(List.of("occupiedBeds", "loxStockTons"), "from plan 1");
        List<Problem.Hospital> hospitals = List.of(hospital("A", -5.41, 105.31, 1.0, 1.0, 6, 0, 0, List.of()),
                hospital("B", -5.39, 105.29, 1.0, 1.0, 6, 0, 0, List.of())).stream()
                .map(h -> new Problem.Hospital(h.id(), h.name(), h.regency(), h.hospitalClass(), h.location(), h.beds(),
                        h.occupiedBeds(), h.icuBeds(), h.occupiedIcuBeds(), h.covidReferral(), h.groups(), h.loxStockTons(),
                        h.tankCapacityTons(), h.loxNeedTonsPerDay(), h.emptyCylinders(), h.fullCylinders(),
                        h.cylindersNeededPerDay(), carried)).toList();
        return problem(List.of(supplier("S", -5.40, 105.30, 5, true, AMPLE_FLEET, 0, List.of())), hospitals, List.of(), 5);
    }

    @Test
    void aReportReplacesTheCarriedNumbersAndTheirMarkOthersKeepTheirs() {
        Problem day = ReportedDay.apply(carriedDay(),
                List.of(new ReportedDay.Report("A", 2.5, 70, null, null, null, null),
                        new ReportedDay.Report("NOT-IN-THE-DAY", 1.0, 1, null, null, null, null)));

        Problem.Hospital a = day.hospitals().get(0);
        assertThat(a.loxStockTons()).isEqualTo(2.5);
        assertThat(a.occupiedBeds()).isEqualTo(70);
        assertThat(a.carriedOver()).as("everything carried was reported").isNull();
        assertThat(day.hospitals().get(1).carriedOver().fields()).containsExactly("occupiedBeds", "loxStockTons");
        assertThat(day.hospitals()).hasSize(2);
    }

    @Test
    void aReportThatContradictsItselfOrTheHospitalNamesEachField() {
        Problem.Hospital a = carriedDay().hospitals().get(0);

        assertThat(ReportedDay.check(new ReportedDay.Report("A", 7.0, 101, 11, null, 5, null), a))
                .extracting(ReportedDay.Contradiction::field, ReportedDay.Contradiction::value)
                .containsExactly(tuple("loxStockTons", 7.0), tuple("occupiedBeds", 101), tuple("occupiedIcuBeds", 11));
        assertThat(ReportedDay.check(new ReportedDay.Report("A", Double.NaN, 5, 6, -1, null, 1e9), a))
                .extracting(ReportedDay.Contradiction::field)
                .containsExactly("loxStockTons", "loxNeedTonsPerDay", "emptyCylinders", "occupiedIcuBeds");
        assertThat(ReportedDay.check(new ReportedDay.Report("A", 6.0, 100, 10, 0, 0, 0.0), a)).isEmpty();
        // ICU not reported: the 8 ICU patients the day has must be among the occupied beds.
        assertThat(ReportedDay.check(new ReportedDay.Report("A", null, 5, null, null, null, null), a))
                .extracting(ReportedDay.Contradiction::field, c -> c.why().english())
                .containsExactly(tuple("occupiedBeds", "fewer than the 8 ICU patients it had: report the occupied ICU beds too"));
    }

    @Test
    void aHospitalWithoutATankReportsNoLoxAndNoLoxNeed() {
        Problem.Hospital noTank = hospital("C", -5.41, 105.31, 0, 0, 0, 10, 5, List.of());

        assertThat(ReportedDay.check(new ReportedDay.Report("C", 0.5, 50, null, null, null, 0.2), noTank))
                .extracting(ReportedDay.Contradiction::field).containsExactly("loxStockTons", "loxNeedTonsPerDay");
        assertThat(ReportedDay.check(new ReportedDay.Report("C", 0.0, 50, null, 10, 0, 0.0), noTank)).isEmpty();
    }
}
