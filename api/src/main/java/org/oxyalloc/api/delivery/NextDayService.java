package org.oxyalloc.api.delivery;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.oxyalloc.api.audit.AuditLog;
import org.oxyalloc.api.plan.PlanRecord;
import org.oxyalloc.api.plan.PlanRepository;
import org.oxyalloc.api.plan.PlanService;
import org.oxyalloc.api.plan.PlanStatus;
import org.oxyalloc.api.plan.PublishedPlans;
import org.oxyalloc.api.report.ReportService;
import org.oxyalloc.api.web.ConflictException;
import org.oxyalloc.plan.NextDayProblem;
import org.oxyalloc.plan.ReportedDay;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.ProblemJson;
import org.oxyalloc.text.Phrase;
import org.springframework.stereotype.Service;

/**
 * "Copy into tomorrow": the next day's problem from a day's published plan and the deliveries recorded for that day,
 * with the numbers hospitals have reported for the next day in place of the carried ones, stored as a new plan, not solved, for staff to check the carried-over numbers its warnings list and then solve.
 */
@Service
public class NextDayService {

    private final PlanRepository plans;
    private final PublishedPlans published;
    private final PlanService service;
    private final DeliveryService deliveries;
    private final ReportService reports;
    private final AuditLog audit;

    NextDayService(PlanRepository plans, PublishedPlans published, PlanService service, DeliveryService deliveries,
            ReportService reports, AuditLog audit) {
        this.plans = plans;
        this.published = published;
        this.service = service;
        this.deliveries = deliveries;
        this.reports = reports;
        this.audit = audit;
    }

    /**
     * @param locale the language of the carried numbers' basis texts
     * @return the new plan's id
     */
    public long copy(long planId, Locale locale) {
        PlanRecord plan = plans.get(planId);
        // What hospitals were told, and what deliveries are recorded against: only a published plan says both.
        if (plan.status() != PlanStatus.PUBLISHED) {
            throw new ConflictException(Phrase.of("conflict.notCopyable", planId, plan.status().phrase()));
        }
        List<Delivery> recorded = deliveries.ofDay(plan);
        List<NextDayProblem.Delivered> delivered = recorded.stream().map(d -> new NextDayProblem.Delivered(
                d.hospitalId(), d.supplierId(), d.tankerId(), d.tripNumber(), d.kind() == DeliveryKind.LOX, d.delivered()))
                .toList();
        Problem carried = NextDayProblem.of(PlanService.problemOf(plan), published.plan(planId),
                Phrase.of("nextDay.plan", planId).text(locale), delivered, locale);
        List<ReportedDay.Report> reported = reports.numbersOfDay(carried.date(), plan.region());
        Problem tomorrow = ReportedDay.apply(carried, reported);
        String json;
        try {
            json = ProblemJson.mapper().writeValueAsString(tomorrow);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the next day's problem is not serialisable", e);
        }
        long id = service.submit(json, new PlanService.SubmitOptions(null, false, null, "next-day"));
        audit.record(id, "copied-from-day-before", Map.of("fromPlanId", planId, "deliveriesRecorded", recorded.size(),
                "hospitalsReported", reported.size()));
        return id;
    }
}
