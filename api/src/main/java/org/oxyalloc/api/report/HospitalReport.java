package org.oxyalloc.api.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.oxyalloc.plan.ReportedDay;

/** A hospital's report for a day, as stored: what it reported (null where not reported), when and by whom. */
public record HospitalReport(long id, String region, LocalDate date, String hospitalId, Double loxStockTons,
        int occupiedBeds, Integer occupiedIcuBeds, Integer emptyCylinders, Integer fullCylinders,
        Double loxNeedTonsPerDay, OffsetDateTime reportedAt, String reportedBy) {

    ReportedDay.Report numbers() {
        return new ReportedDay.Report(hospitalId, loxStockTons, occupiedBeds, occupiedIcuBeds, emptyCylinders,
                fullCylinders, loxNeedTonsPerDay);
    }
}
