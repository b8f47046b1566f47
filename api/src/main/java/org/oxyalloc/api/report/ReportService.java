package org.oxyalloc.api.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.oxyalloc.api.audit.AuditLog;
import org.oxyalloc.api.user.AccountDetails;
import org.oxyalloc.api.web.FieldError;
import org.oxyalloc.api.web.InvalidRequestException;
import org.oxyalloc.plan.ReportedDay;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.text.Phrase;
import org.springframework.stereotype.Service;

/**
 * Records hospitals' morning reports: a hospital user for its own hospital, the task force for any (a hospital that
 * phoned). Each report is checked against the hospital as the region's stored problems have it; a report that breaks
 * a range or contradicts itself or the hospital (stock above the tank, more occupied than beds) is refused whole, every
 * wrong field named, nothing stored.
 */
@Service
public class ReportService {

    /**
     * A report as sent: the day and region it is for, the hospital, and what it reports.
     *
     * @param date ISO 8601, e.g. 2021-07-27
     */
    public record NewReport(String date, String region, String hospitalId, Double loxStockTons, Integer occupiedBeds,
            Integer occupiedIcuBeds, Integer emptyCylinders, Integer fullCylinders, Double loxNeedTonsPerDay) {
    }

    private final ReportRepository reports;
    private final AuditLog audit;

    ReportService(ReportRepository reports, AuditLog audit) {
        this.reports = reports;
        this.audit = audit;
    }

    public HospitalReport record(NewReport request, AccountDetails user) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = date(request.date(), errors);
        String region = request.region() == null ? null : request.region().strip();
        if (region == null || region.isEmpty()) {
            errors.add(error("region", request.region(), Phrase.of("report.region")));
        }
        String hospitalId = request.hospitalId() == null ? null : request.hospitalId().strip();
        if (hospitalId == null || hospitalId.isEmpty()) {
            errors.add(error("hospitalId", request.hospitalId(), Phrase.of("report.unknownHospital", region)));
        } else {
            user.requireOwnHospital(hospitalId);
        }
        Optional<Problem.Hospital> hospital = region == null || region.isEmpty() || hospitalId == null || hospitalId.isEmpty()
                ? Optional.empty() : reports.hospitalOfRegion(region, hospitalId);
        if (hospitalId != null && !hospitalId.isEmpty() && region != null && !region.isEmpty() && hospital.isEmpty()) {
            errors.add(error("hospitalId", hospitalId, Phrase.of("report.unknownHospital", region)));
        }
        ReportedDay.Report numbers = new ReportedDay.Report(hospitalId, request.loxStockTons(), request.occupiedBeds(),
                request.occupiedIcuBeds(), request.emptyCylinders(), request.fullCylinders(), request.loxNeedTonsPerDay());
        hospital.ifPresent(h -> ReportedDay.check(numbers, h)
                .forEach(wrong -> errors.add(error(wrong.field(), wrong.value(), wrong.why()))));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors.get(0).message(), errors);
        }
        HospitalReport report = new HospitalReport(0, region, date, hospitalId, numbers.loxStockTons(),
                numbers.occupiedBeds(), numbers.occupiedIcuBeds(), numbers.emptyCylinders(), numbers.fullCylinders(),
                numbers.loxNeedTonsPerDay(), OffsetDateTime.now(ZoneOffset.UTC), user.getUsername());
        long id = reports.insert(report);
        audit.record(null, "hospital-reported", Map.of("reportId", id, "hospitalId", hospitalId, "date", date.toString(),
                "region", region));
        return new HospitalReport(id, report.region(), report.date(), report.hospitalId(), report.loxStockTons(),
                report.occupiedBeds(), report.occupiedIcuBeds(), report.emptyCylinders(), report.fullCylinders(),
                report.loxNeedTonsPerDay(), report.reportedAt(), report.reportedBy());
    }

    /** The region of the most recent stored problem that has the hospital: where its page reports. */
    public Optional<String> regionOf(String hospitalId) {
        return reports.regionOf(hospitalId);
    }

    /** The hospital's latest report of the day and region. */
    public Optional<HospitalReport> latest(LocalDate date, String region, String hospitalId) {
        return ofDay(date, region).stream().filter(r -> r.hospitalId().equals(hospitalId)).findFirst();
    }

    /** Each hospital's latest report of the day and region. */
    public List<HospitalReport> ofDay(LocalDate date, String region) {
        return reports.latestOfDay(date, region);
    }

    /** The same as the numbers a day's problem takes. */
    public List<ReportedDay.Report> numbersOfDay(LocalDate date, String region) {
        return ofDay(date, region).stream().map(HospitalReport::numbers).toList();
    }

    private static LocalDate date(String text, List<FieldError> errors) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            errors.add(error("date", text, Phrase.of("report.date")));
            return null;
        }
    }

    /** An error of one field, its place named as the form names it. */
    static FieldError error(String path, Object value, Phrase text) {
        return new FieldError(path, value == null ? null : String.valueOf(value), text.english(),
                Phrase.of("reportField." + path), text);
    }
}
