package org.oxyalloc.api.quota;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.oxyalloc.api.delivery.DeliveryService;
import org.oxyalloc.api.page.PageController;
import org.oxyalloc.api.page.TaskForceTime;
import org.oxyalloc.api.plan.PlanRecord;
import org.oxyalloc.api.plan.PlanRepository;
import org.oxyalloc.api.plan.PublishedPlans;
import org.oxyalloc.api.report.ReportService;
import org.oxyalloc.api.user.AccountDetails;
import org.oxyalloc.plan.Plan;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The hospital's page (its published quota, why, the day's deliveries to confirm, its morning report, and its last
 * days) and a supplier's printable dispatch sheet.
 */
@PageController
class QuotaPages {

    /** Days of history on the hospital's page. */
    private static final int RECENT_DAYS = 7;

    private final PlanRepository plans;
    private final HospitalQuotas quotas;
    private final TaskForceTime time;
    private final DeliveryService deliveries;
    private final PublishedPlans published;
    private final ReportService reports;

    QuotaPages(PlanRepository plans, HospitalQuotas quotas, TaskForceTime time, DeliveryService deliveries,
            PublishedPlans published, ReportService reports) {
        this.plans = plans;
        this.quotas = quotas;
        this.time = time;
        this.deliveries = deliveries;
        this.published = published;
        this.reports = reports;
    }

    /** Today's quota by default; a hospital user may open only its own hospital's page. */
    @GetMapping("/hospitals/{hospitalId}")
    String hospital(@PathVariable String hospitalId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @AuthenticationPrincipal AccountDetails user, Model model) {
        user.requireOwnHospital(hospitalId);
        LocalDate day = date == null ? time.today() : date;
        model.addAttribute("hospitalId", hospitalId);
        model.addAttribute("date", day);
        Optional<HospitalQuotas.HospitalQuota> quota = quotas.find(hospitalId, day);
        model.addAttribute("quota", quota.orElse(null));
        model.addAttribute("recent", quotas.recent(hospitalId, day, RECENT_DAYS));
        model.addAttribute("deliveries", quota.map(q -> deliveries.ofHospital(day, q.region(), hospitalId)).orElse(List.of()));
        model.addAttribute("supplierNames", quota.map(q -> published.plan(q.planId()).suppliers().stream()
                .collect(Collectors.toMap(Plan.SupplierPlan::id, Plan.SupplierPlan::name))).orElse(Map.of()));
        // The morning report goes to the region of the day's quota, else of the latest problem that has the hospital.
        Optional<String> region = quota.map(HospitalQuotas.HospitalQuota::region).or(() -> reports.regionOf(hospitalId));
        model.addAttribute("reportRegion", region.orElse(null));
        model.addAttribute("report", region.flatMap(r -> reports.latest(day, r, hospitalId)).orElse(null));
        return "hospital";
    }

    @GetMapping("/plans/{id}/dispatch/{supplierId}")
    String dispatch(@PathVariable long id, @PathVariable String supplierId, @AuthenticationPrincipal AccountDetails user,
            Model model) {
        user.requireOwnSupplier(supplierId);
        PlanRecord plan = plans.get(id);
        PublishedPlans.requireVisible(plan, user);
        model.addAttribute("plan", plan);
        model.addAttribute("supplier", DispatchSheet.supplier(plan, supplierId));
        return "dispatch";
    }
}
