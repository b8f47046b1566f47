package org.oxyalloc.api.quota;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.oxyalloc.api.plan.PlanRecord;
import org.oxyalloc.api.plan.PlanRepository;
import org.oxyalloc.api.plan.PlanService;
import org.oxyalloc.api.plan.PublishedPlans;
import org.oxyalloc.api.spreadsheet.Workbooks;
import org.oxyalloc.api.user.AccountDetails;
import org.oxyalloc.api.web.InvalidRequestException;
import org.oxyalloc.plan.Plan;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Quotas from published plans: a hospital's own, as JSON or CSV; a whole plan as CSV or XLSX; a supplier's dispatch
 * sheet as CSV or XLSX.
 */
@RestController
@Tag(name = "quotas", description = "A hospital's quota for a day from the published plan; plans as CSV")
class QuotaController {

    private static final String CSV = "text/csv";

    private final PlanRepository plans;
    private final HospitalQuotas quotas;

    QuotaController(PlanRepository plans, HospitalQuotas quotas) {
        this.plans = plans;
        this.quotas = quotas;
    }

    @Operation(summary = "A hospital's quota for a date from the published plan, with why; format=csv for CSV")
    @GetMapping("/api/quotas/{hospitalId}")
    HospitalQuotas.HospitalQuota quota(@PathVariable String hospitalId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @AuthenticationPrincipal AccountDetails user) {
        user.requireOwnHospital(hospitalId);
        return quotas.quota(hospitalId, date);
    }

    @GetMapping(path = "/api/quotas/{hospitalId}", params = "format=csv", produces = CSV)
    String quotaCsv(@PathVariable String hospitalId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @AuthenticationPrincipal AccountDetails user) {
        return QuotaSheet.csv(List.of(quota(hospitalId, date, user).quota().hospital()));
    }

    @Operation(summary = "A whole plan as CSV (format=csv): one row per quota or refill, and per hospital that gets "
            + "neither, each with its hospital's request and shortage; or as XLSX (format=xlsx), with a sheet per hospital too")
    @GetMapping(path = "/api/plans/{id}", params = "format=csv", produces = CSV)
    String planCsv(@PathVariable long id) {
        return QuotaSheet.csv(PlanService.resultOf(plans.get(id)).hospitals());
    }

    @GetMapping(path = "/api/plans/{id}", params = "format=xlsx")
    ResponseEntity<byte[]> planXlsx(@PathVariable long id) {
        PlanRecord plan = plans.get(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Workbooks.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("plan-" + id + ".xlsx").build().toString())
                .body(QuotaSheet.xlsx(PlanService.resultOf(plan).hospitals()));
    }

    @Operation(summary = "A supplier's dispatch sheet from a plan: each tanker's trips in order, a row per stop;"
            + " format=csv (default) or xlsx; lang=id (default) or en for the column names")
    @GetMapping("/api/plans/{id}/dispatch/{supplierId}")
    ResponseEntity<byte[]> dispatchSheet(@PathVariable long id, @PathVariable String supplierId,
            @RequestParam(defaultValue = "csv") String format, @RequestParam(defaultValue = "id") String lang,
            @AuthenticationPrincipal AccountDetails user) {
        user.requireOwnSupplier(supplierId);
        if (!DispatchSheet.speaks(lang)) {
            throw InvalidRequestException.of("lang", lang, "expected id (Bahasa Indonesia) or en (English)");
        }
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw InvalidRequestException.of("format", format, "expected csv or xlsx");
        }
        PlanRecord plan = plans.get(id);
        PublishedPlans.requireVisible(plan, user);
        Plan.SupplierPlan supplier = DispatchSheet.supplier(plan, supplierId);
        boolean xlsx = format.equals("xlsx");
        byte[] body = xlsx ? DispatchSheet.xlsx(supplier, lang)
                : DispatchSheet.csv(supplier, lang).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(xlsx ? MediaType.parseMediaType(Workbooks.MEDIA_TYPE) : MediaType.parseMediaType(CSV + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("dispatch-" + id + "-" + supplierId + "." + format).build().toString())
                .body(body);
    }
}
