package org.oxyalloc.api.quota;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.oxyalloc.api.plan.HospitalExplanation;
import org.oxyalloc.api.plan.PlanRecord;
import org.oxyalloc.api.plan.PlanRepository;
import org.oxyalloc.api.plan.PlanService;
import org.oxyalloc.api.user.AccountDetails;
import org.oxyalloc.api.web.InvalidRequestException;
import org.oxyalloc.api.web.NotFoundException;
import org.oxyalloc.plan.Plan;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Quotas from published plans: a hospital's own, as JSON or CSV; a whole plan as CSV; a supplier's dispatch sheet as
 * CSV or XLSX.
 */
@RestController
@Tag(name = "quotas", description = "A hospital's quota for a day from the published plan; plans as CSV")
class QuotaController {

    private static final String CSV = "text/csv";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A hospital's quota for a day, with why, from the plan published for that day. */
    record HospitalQuota(long planId, String region, LocalDate date, OffsetDateTime publishedAt,
            HospitalExplanation quota) {
    }

    private final PlanRepository plans;

    QuotaController(PlanRepository plans) {
        this.plans = plans;
    }

    @Operation(summary = "A hospital's quota for a date from the published plan, with why; format=csv for CSV")
    @GetMapping("/api/quotas/{hospitalId}")
    HospitalQuota quota(@PathVariable String hospitalId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @AuthenticationPrincipal AccountDetails user) {
        requireOwnHospital(user, hospitalId);
        for (PlanRecord record : plans.published(date, null)) {
            Plan plan = PlanService.resultOf(record);
            if (plan.hospitals().stream().anyMatch(h -> h.id().equals(hospitalId))) {
                return new HospitalQuota(record.id(), record.region(), record.planDate(), record.publishedAt(),
                        HospitalExplanation.of(plan, hospitalId));
            }
        }
        throw new NotFoundException("a published plan for " + date + " with hospital " + hospitalId);
    }

    @GetMapping(path = "/api/quotas/{hospitalId}", params = "format=csv", produces = CSV)
    String quotaCsv(@PathVariable String hospitalId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @AuthenticationPrincipal AccountDetails user) {
        return QuotaCsv.write(List.of(quota(hospitalId, date, user).quota().hospital()));
    }

    @Operation(summary = "A whole plan as CSV (format=csv), one row per quota or refill")
    @GetMapping(path = "/api/plans/{id}", params = "format=csv", produces = CSV)
    String planCsv(@PathVariable long id) {
        return QuotaCsv.write(PlanService.resultOf(plans.get(id)).hospitals());
    }

    @Operation(summary = "A supplier's dispatch sheet from a plan: each tanker's trips in order, a row per stop;"
            + " format=csv (default) or xlsx; lang=id (default) or en for the column names")
    @GetMapping("/api/plans/{id}/dispatch/{supplierId}")
    ResponseEntity<byte[]> dispatchSheet(@PathVariable long id, @PathVariable String supplierId,
            @RequestParam(defaultValue = "csv") String format, @RequestParam(defaultValue = "id") String lang) {
        if (!DispatchSheet.speaks(lang)) {
            throw InvalidRequestException.of("lang", lang, "expected id (Bahasa Indonesia) or en (English)");
        }
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw InvalidRequestException.of("format", format, "expected csv or xlsx");
        }
        Plan plan = PlanService.resultOf(plans.get(id));
        Plan.SupplierPlan supplier = plan.suppliers().stream().filter(s -> s.id().equals(supplierId)).findFirst()
                .orElseThrow(() -> new NotFoundException("supplier " + supplierId + " in plan " + id));
        boolean xlsx = format.equals("xlsx");
        byte[] body = xlsx ? DispatchSheet.xlsx(supplier, lang)
                : DispatchSheet.csv(supplier, lang).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(xlsx ? MediaType.parseMediaType(XLSX) : MediaType.parseMediaType(CSV + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("dispatch-" + id + "-" + supplierId + "." + format).build().toString())
                .body(body);
    }

    /** A hospital user reads its own hospital's quotas only; other roles read any. */
    private static void requireOwnHospital(AccountDetails user, String hospitalId) {
        if (user.hospitalId() != null && !user.hospitalId().equals(hospitalId)) {
            throw new AccessDeniedException("a hospital user reads only its own hospital's quotas");
        }
    }
}
