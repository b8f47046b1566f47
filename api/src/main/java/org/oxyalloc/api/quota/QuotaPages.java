package org.oxyalloc.api.quota;

import java.time.LocalDate;

import org.oxyalloc.api.page.PageController;
import org.oxyalloc.api.page.TaskForceTime;
import org.oxyalloc.api.plan.PlanRecord;
import org.oxyalloc.api.plan.PlanRepository;
import org.oxyalloc.api.user.AccountDetails;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The hospital's page (its published quota, why, and its last days) and a supplier's printable dispatch sheet. */
@PageController
class QuotaPages {

    /** Days of history on the hospital's page. */
    private static final int RECENT_DAYS = 7;

    private final PlanRepository plans;
    private final HospitalQuotas quotas;
    private final TaskForceTime time;

    QuotaPages(PlanRepository plans, HospitalQuotas quotas, TaskForceTime time) {
        this.plans = plans;
        this.quotas = quotas;
        this.time = time;
    }

    /** Today's quota by default; a hospital user may open only its own hospital's page. */
    @GetMapping("/hospitals/{hospitalId}")
    String hospital(@PathVariable String hospitalId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @AuthenticationPrincipal AccountDetails user, Model model) {
        HospitalQuotas.requireOwnHospital(user, hospitalId);
        LocalDate day = date == null ? time.today() : date;
        model.addAttribute("hospitalId", hospitalId);
        model.addAttribute("date", day);
        model.addAttribute("quota", quotas.find(hospitalId, day).orElse(null));
        model.addAttribute("recent", quotas.recent(hospitalId, day, RECENT_DAYS));
        return "hospital";
    }

    @GetMapping("/plans/{id}/dispatch/{supplierId}")
    String dispatch(@PathVariable long id, @PathVariable String supplierId, Model model) {
        PlanRecord plan = plans.get(id);
        model.addAttribute("plan", plan);
        model.addAttribute("supplier", DispatchSheet.supplier(plan, supplierId));
        return "dispatch";
    }
}
