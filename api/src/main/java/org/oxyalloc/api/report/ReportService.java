package org.oxyalloc.api.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
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

    /**
     * Records a report, or refuses it whole with every wrong field named.
     *
     * @param unreadable fields already found not to be numbers of their kind (see {@link #fromJson}, {@link #fromForm}),
     *        whose values in {@code request} are null; named with the others, and not again
     */
    public HospitalReport record(NewReport request, List<FieldError> unreadable, AccountDetails user) {
        List<FieldError> errors = new ArrayList<>(unreadable);
        Set<String> named = new HashSet<>();
        unreadable.forEach(error -> named.add(error.path()));
        LocalDate date = named.contains("date") ? null : date(request.date(), errors);
        String region = request.region() == null ? null : request.region().strip();
        if (region == null || region.isEmpty()) {
            errors.add(error("region", request.region() == null ? null : shown(request.region()), Phrase.of("report.region")));
            region = null;
        }
        String hospitalId = request.hospitalId() == null ? null : request.hospitalId().strip();
        if (hospitalId == null || hospitalId.isEmpty()) {
            errors.add(error("hospitalId", request.hospitalId() == null ? null : shown(request.hospitalId()),
                    Phrase.of("report.hospitalId")));
            hospitalId = null;
        } else {
            user.requireOwnHospital(hospitalId);
        }
        Optional<Problem.Hospital> hospital = region == null || hospitalId == null ? Optional.empty()
                : reports.hospitalOfRegion(region, hospitalId);
        if (region != null && hospitalId != null && hospital.isEmpty()) {
            errors.add(error("hospitalId", shown(hospitalId), Phrase.of("report.unknownHospital", shown(region))));
        }
        ReportedDay.Report numbers = new ReportedDay.Report(hospitalId, request.loxStockTons(), request.occupiedBeds(),
                request.occupiedIcuBeds(), request.emptyCylinders(), request.fullCylinders(), request.loxNeedTonsPerDay());
        hospital.ifPresent(h -> ReportedDay.check(numbers, h).stream().filter(wrong -> !named.contains(wrong.field()))
                .forEach(wrong -> errors.add(error(wrong.field(), wrong.value(), wrong.why()))));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors.get(0).path() + ": " + errors.get(0).message(), errors);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        HospitalReport report = new HospitalReport(0, region, date, hospitalId, numbers.loxStockTons(),
                numbers.occupiedBeds(), numbers.occupiedIcuBeds(), numbers.emptyCylinders(), numbers.fullCylinders(),
                numbers.loxNeedTonsPerDay(), now, user.getUsername());
        long id = reports.insert(report);
        audit.record(null, "hospital-reported", Map.of("reportId", id, "hospitalId", hospitalId, "date", date.toString(),
                "region", region));
        return new HospitalReport(id, region, date, hospitalId, numbers.loxStockTons(), numbers.occupiedBeds(),
                numbers.occupiedIcuBeds(), numbers.emptyCylinders(), numbers.fullCylinders(), numbers.loxNeedTonsPerDay(),
                now, user.getUsername());
    }

    /** A report from a JSON body: a number that is not one of its kind (text, 96.9 beds, 3e9 beds) is named. */
    public static NewReport fromJson(JsonNode body, List<FieldError> unreadable) {
        if (body == null || !body.isObject()) {
            unreadable.add(error("body", null, Phrase.of("report.body")));
            return new NewReport(null, null, null, null, null, null, null, null, null);
        }
        return new NewReport(text(body, "date"), text(body, "region"), text(body, "hospitalId"),
                tons(body, "loxStockTons", unreadable), count(body, "occupiedBeds", unreadable),
                count(body, "occupiedIcuBeds", unreadable), count(body, "emptyCylinders", unreadable),
                count(body, "fullCylinders", unreadable), tons(body, "loxNeedTonsPerDay", unreadable));
    }

    /** A report from a form's texts, tons with a decimal comma or point; an empty field is not reported. */
    public static NewReport fromForm(Map<String, String> form, String hospitalId, List<FieldError> unreadable) {
        return new NewReport(form.get("date"), form.get("region"), hospitalId,
                tons(form, "loxStockTons", unreadable), count(form, "occupiedBeds", unreadable),
                count(form, "occupiedIcuBeds", unreadable), count(form, "emptyCylinders", unreadable),
                count(form, "fullCylinders", unreadable), tons(form, "loxNeedTonsPerDay", unreadable));
    }

    private static final Pattern TONS = Pattern.compile("[0-9]{1,7}([.,][0-9]{1,9})?");
    private static final Pattern COUNT = Pattern.compile("[0-9]{1,9}");

    private static String text(JsonNode body, String field) {
        JsonNode node = body.path(field);
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private static Double tons(JsonNode body, String field, List<FieldError> unreadable) {
        JsonNode node = body.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        unreadable.add(error(field, shown(node.toString()), Phrase.of("report.tonsText", ReportedDay.MAX_TONS)));
        return null;
    }

    private static Integer count(JsonNode body, String field, List<FieldError> unreadable) {
        JsonNode node = body.path(field);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.intValue();
        }
        unreadable.add(error(field, shown(node.toString()), Phrase.of("report.countText", ReportedDay.MAX_COUNT)));
        return null;
    }

    private static Double tons(Map<String, String> form, String field, List<FieldError> unreadable) {
        String text = form.get(field) == null ? "" : form.get(field).strip();
        if (text.isEmpty()) {
            return null;
        }
        if (TONS.matcher(text).matches()) {
            return Double.valueOf(text.replace(',', '.'));
        }
        unreadable.add(error(field, shown(text), Phrase.of("report.tonsText", ReportedDay.MAX_TONS)));
        return null;
    }

    private static Integer count(Map<String, String> form, String field, List<FieldError> unreadable) {
        String text = form.get(field) == null ? "" : form.get(field).strip();
        if (text.isEmpty()) {
            return null;
        }
        if (COUNT.matcher(text).matches()) {
            return Integer.valueOf(text);
        }
        unreadable.add(error(field, shown(text), Phrase.of("report.countText", ReportedDay.MAX_COUNT)));
        return null;
    }

    /** A value as an error shows it: at most 50 characters, control characters as "?". */
    private static String shown(String text) {
        String clean = text.replaceAll("\\p{Cc}", "?");
        return clean.length() <= 50 ? clean : clean.substring(0, 50) + "…";
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
            errors.add(error("date", text == null ? null : shown(text), Phrase.of("report.date")));
            return null;
        }
    }

    /** An error of one field, its place named as the form names it. */
    private static FieldError error(String path, Object value, Phrase text) {
        return new FieldError(path, value == null ? null : String.valueOf(value), text.english(),
                Phrase.of("reportField." + path), text);
    }
}
