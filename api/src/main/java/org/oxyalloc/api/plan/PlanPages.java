package org.oxyalloc.api.plan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.oxyalloc.api.page.PageController;
import org.oxyalloc.api.page.TaskForceTime;
import org.oxyalloc.domain.Oxygen;
import org.oxyalloc.plan.Plan;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The task force's pages: the plans of a day, one plan with its quotas and suppliers, one hospital's why. */
@PageController
class PlanPages {

    /** Days with plans offered when the chosen day has none. */
    private static final int DAYS_OFFERED = 10;

    /** A plan in the day's list, with its distance from the bound when it has a plan yet. */
    record DayPlan(PlanRecord record, Plan.Bound bound) {
    }

    private final PlanRepository plans;
    private final TaskForceTime time;

    PlanPages(PlanRepository plans, TaskForceTime time) {
        this.plans = plans;
        this.time = time;
    }

    /** The plans of a day (today by default), optionally of one region, newest first. */
    @GetMapping("/plans")
    String day(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String region, Model model) {
        LocalDate day = date == null ? time.today() : date;
        String regionFilter = region == null || region.isBlank() ? null : region.strip();
        List<DayPlan> dayPlans = plans.list(day, regionFilter, null).stream()
                .map(summary -> new DayPlan(summary, summary.score() == null ? null
                        : PlanService.resultOf(plans.get(summary.id())).bound()))
                .toList();
        model.addAttribute("date", day);
        model.addAttribute("region", regionFilter);
        model.addAttribute("plans", dayPlans);
        model.addAttribute("days", dayPlans.isEmpty() ? plans.days(DAYS_OFFERED) : List.of());
        return "plans";
    }

    /** One plan: totals, bound, what binds, the quota of every hospital (shortest first) and every supplier's use. */
    @GetMapping("/plans/{id}")
    String plan(@PathVariable long id, Model model) {
        PlanRecord record = plans.get(id);
        model.addAttribute("record", record);
        if (record.planJson() != null) {
            Plan plan = PlanService.resultOf(record);
            model.addAttribute("plan", plan);
            model.addAttribute("hospitals", plan.hospitals().stream()
                    .sorted(Comparator.comparingDouble(PlanPages::shortageTons).reversed()
                            .thenComparing(Plan.HospitalPlan::name))
                    .toList());
        }
        model.addAttribute("publishedPlan", plans.published(record.planDate(), record.region()).stream()
                .filter(p -> p.id() != id).findFirst().orElse(null));
        return "plan";
    }

    /** Why one hospital of a plan receives what it does: the matches of the score analysis that concern it. */
    @GetMapping("/plans/{id}/hospitals/{hospitalId}")
    String hospital(@PathVariable long id, @PathVariable String hospitalId, Model model) {
        PlanRecord record = plans.get(id);
        model.addAttribute("record", record);
        model.addAttribute("explanation", HospitalExplanation.of(PlanService.resultOf(record), hospitalId));
        return "plan-hospital";
    }

    /** LOX and cylinders (8 kg each) left short, in tons: the order of the quota table. */
    private static double shortageTons(Plan.HospitalPlan hospital) {
        return hospital.loxShortageTons() + hospital.cylinderShortage() * Oxygen.KG_PER_CYLINDER / 1000.0;
    }
}
