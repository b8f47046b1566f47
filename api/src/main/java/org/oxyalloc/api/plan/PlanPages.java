package org.oxyalloc.api.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;

import org.oxyalloc.api.audit.AuditEvent;
import org.oxyalloc.api.audit.AuditLog;
import org.oxyalloc.api.page.PageController;
import org.oxyalloc.api.page.TaskForceTime;
import org.oxyalloc.domain.Oxygen;
import org.oxyalloc.plan.OxygenLeft;
import org.oxyalloc.plan.Plan;
import org.oxyalloc.problem.ProblemIssue;
import org.oxyalloc.problem.ProblemJson;
import org.springframework.beans.factory.annotation.Value;
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

    /** One line of the plan's audit trail, its detail read into fields for the page. */
    record AuditLine(AuditEvent event, Map<String, Object> detail) {
    }

    /** A plan in the day's list, with its distance from the bound when it has a plan yet. */
    record DayPlan(PlanRecord record, Plan.Bound bound) {
    }

    private final PlanRepository plans;
    private final AuditLog audit;
    private final TaskForceTime time;
    private final String tileUrl;
    private final String tileAttribution;

    PlanPages(PlanRepository plans, AuditLog audit, TaskForceTime time, @Value("${oxyalloc.map.tile-url}") String tileUrl,
            @Value("${oxyalloc.map.tile-attribution}") String tileAttribution) {
        this.plans = plans;
        this.audit = audit;
        this.time = time;
        this.tileUrl = tileUrl.strip();
        this.tileAttribution = tileAttribution.strip();
    }

    /** The plans of a day (today by default), optionally of one region, newest first. */
    @GetMapping("/plans")
    String day(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String region, @RequestParam(defaultValue = "false") boolean hidden,
            Model model) {
        LocalDate day = date == null ? time.today() : date;
        String regionFilter = region == null || region.isBlank() ? null : region.strip();
        List<PlanRecord> listed = new ArrayList<>(plans.list(day, regionFilter, null));
        if (hidden) {
            listed.addAll(plans.list(day, regionFilter, PlanStatus.INVALID));
            listed.addAll(plans.list(day, regionFilter, PlanStatus.DISCARDED));
            listed.sort(Comparator.comparingLong(PlanRecord::id).reversed());
        }
        model.addAttribute("hiddenCount", hidden ? 0 : plans.hidden(day, regionFilter));
        List<DayPlan> dayPlans = listed.stream()
                .map(summary -> new DayPlan(summary, summary.score() == null ? null
                        : PlanService.resultOf(plans.get(summary.id())).bound()))
                .toList();
        model.addAttribute("date", day);
        model.addAttribute("region", regionFilter);
        model.addAttribute("plans", dayPlans);
        model.addAttribute("days", dayPlans.isEmpty() ? plans.days(DAYS_OFFERED) : List.of());
        return "plans";
    }

    /**
     * One plan: totals, bound, what binds, the hospitals with under 48 hours of oxygen, the quota of every hospital
     * (shortest first) and every supplier's use.
     */
    @GetMapping("/plans/{id}")
    String plan(@PathVariable long id, Model model) {
        PlanRecord record = plans.get(id);
        model.addAttribute("record", record);
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("tileAttribution", tileAttribution);
        if (record.planJson() != null) {
            Plan plan = PlanService.resultOf(record);
            model.addAttribute("plan", plan);
            model.addAttribute("trips", trips(plan));
            model.addAttribute("oxygenLeft", OxygenLeft.of(plan));
            model.addAttribute("hospitals", plan.hospitals().stream()
                    .sorted(Comparator.comparingDouble(PlanPages::shortageTons).reversed()
                            .thenComparing(Plan.HospitalPlan::name))
                    .toList());
        }
        if (record.status().isActive()) {
            model.addAttribute("history", history(plans.bestScores(id)));
        }
        if (record.status() == PlanStatus.INVALID) {
            model.addAttribute("validationErrors", issues(record.validationJson()).stream().filter(ProblemIssue::isError).toList());
        } else if (record.planJson() == null && record.validationJson() != null) {
            // Before the first solution, what to check before solving, e.g. the numbers a copied day carried over.
            model.addAttribute("validationWarnings", issues(record.validationJson()));
        }
        List<AuditLine> trail = audit.forPlan(id).stream().map(event -> new AuditLine(event, fields(event.detail()))).toList();
        model.addAttribute("audit", trail);
        trail.stream().filter(line -> line.event().event().equals("replanned")).findFirst()
                .ifPresent(line -> model.addAttribute("replanOf", line.detail()));

        model.addAttribute("comparable", record.planDate() == null ? List.of() : plans.list(record.planDate(), record.region(), null)
                .stream().filter(p -> p.id() != id && p.score() != null).toList());
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

    /** A tanker trip of the plan, as the re-plan form names it: "supplierId/tankerId#number", and its stops. */
    record TripChoice(String id, String supplier, String tanker, int number, String stops) {
    }

    private static List<TripChoice> trips(Plan plan) {
        List<TripChoice> trips = new ArrayList<>();
        for (Plan.SupplierPlan supplier : plan.suppliers()) {
            for (Plan.TankerDay day : supplier.tankers() == null ? List.<Plan.TankerDay>of() : supplier.tankers()) {
                for (Plan.TankerTrip trip : day.trips()) {
                    trips.add(new TripChoice(supplier.id() + "/" + day.id() + "#" + trip.number(), supplier.name(), day.id(),
                            trip.number(), String.join(", ", trip.stops().stream().map(Plan.Stop::hospitalName).toList())));
                }
            }
        }
        return trips;
    }

    /** The best shortages so far as the chart's points: seconds and tons. */
    private static String history(List<PlanRepository.BestScore> scores) {
        List<Map<String, Double>> points = scores.stream()
                .map(score -> Map.of("x", score.elapsedMs() / 1000.0, "y", score.shortageKg() / 1000.0)).toList();
        try {
            return ProblemJson.mapper().writeValueAsString(points);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("points not serialisable", e);
        }
    }

    private static Map<String, Object> fields(String detailJson) {
        try {
            return detailJson == null ? Map.of()
                    : ProblemJson.mapper().readValue(detailJson, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored audit detail unreadable", e);
        }
    }

    private static List<ProblemIssue> issues(String validationJson) {
        try {
            return ProblemJson.mapper().readerFor(new TypeReference<List<ProblemIssue>>() { })
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(validationJson);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored validation result unreadable", e);
        }
    }

    /** LOX and cylinders (8 kg each) left short, in tons: the order of the quota table. */
    private static double shortageTons(Plan.HospitalPlan hospital) {
        return hospital.loxShortageTons() + hospital.cylinderShortage() * Oxygen.KG_PER_CYLINDER / 1000.0;
    }
}
