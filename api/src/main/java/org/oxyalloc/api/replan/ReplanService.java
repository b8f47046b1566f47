package org.oxyalloc.api.replan;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.oxyalloc.api.audit.AuditLog;
import org.oxyalloc.api.delivery.DeliveryService;
import org.oxyalloc.api.plan.PlanRecord;
import org.oxyalloc.api.plan.PlanRepository;
import org.oxyalloc.api.plan.PlanService;
import org.oxyalloc.api.plan.PlanStatus;
import org.oxyalloc.api.web.ConflictException;
import org.oxyalloc.api.web.FieldError;
import org.oxyalloc.api.web.InvalidRequestException;
import org.oxyalloc.plan.Plan;
import org.oxyalloc.problem.Disruptions;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.ProblemJson;
import org.oxyalloc.problem.ProblemReader;
import org.oxyalloc.problem.ProblemReading;
import org.oxyalloc.text.Phrase;
import org.springframework.stereotype.Service;

/**
 * A re-plan: the day of a plan with a solution, changed as a disruption says, solved as a new plan whose baseline is
 * that plan. Bad changes are refused before anything is stored: the plan re-planned and its day stay as they were.
 */
@Service
public class ReplanService {

    /**
     * @param reason why, e.g. "Pusri's plant stopped at 10:00"; the re-plan's recorded reason
     * @param changes the disruption as changes to the day (see docs/problem-format.md)
     * @param dispatchedTrips the trips of the plan already on the road or delivered, as "supplierId/tankerId#number"
     */
    public record Replan(String reason, JsonNode changes, List<String> dispatchedTrips, String timeLimit, Boolean solve) {
    }

    /** A change to the day of a queued or solving plan, made in place. */
    public record DayChange(String reason, JsonNode changes) {
    }

    /** A plan with a solution that says what hospitals were told, or what staff consider telling them. */
    private static final Set<PlanStatus> REPLANNABLE = EnumSet.of(PlanStatus.SOLVED, PlanStatus.TERMINATED,
            PlanStatus.PUBLISHED, PlanStatus.SUPERSEDED);

    private final PlanRepository plans;
    private final PlanService service;
    private final ProblemReader reader;
    private final AuditLog audit;

    private final DeliveryService deliveries;

    ReplanService(PlanRepository plans, PlanService service, ProblemReader reader, AuditLog audit,
            DeliveryService deliveries) {
        this.plans = plans;
        this.service = service;
        this.reader = reader;
        this.audit = audit;
        this.deliveries = deliveries;
    }

    public long replan(long baseId, Replan request) {
        String reason = reason(request.reason());
        PlanRecord base = plans.get(baseId);
        if (!REPLANNABLE.contains(base.status())) {
            throw new ConflictException(Phrase.of("conflict.notReplannable", baseId, base.status().phrase()));
        }
        Problem day = PlanService.problemOf(base);
        Plan plan = PlanService.resultOf(base);
        Set<String> dispatched = dispatched(plan, request.dispatchedTrips());
        dispatched.addAll(stillDispatched(day, plan));
        // A trip with a delivery recorded has left: kept as it went, whether or not the form ticked it.
        Set<String> trips = tripsOf(plan);
        deliveries.deliveredTrips(base).stream().filter(trips::contains).forEach(dispatched::add);
        // A re-plan of a re-plan starts from the latest plan, not from the one before it.
        ProblemReading changed = Disruptions.apply(day.withBaseline(null), request.changes(), reader);
        if (!changed.isValid()) {
            throw refused(changed);
        }
        String json = json(changed.problem().withBaseline(plan.asBaseline(String.valueOf(baseId), reason, dispatched)));
        ProblemReading reading = reader.read(json);
        if (!reading.isValid()) {
            throw refused(reading);
        }
        long id = service.submit(reading, json, new PlanService.SubmitOptions(request.timeLimit(),
                request.solve() == null || request.solve(), baseId, "replan"));
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("basePlanId", baseId);
        detail.put("reason", reason);
        detail.put("changes", request.changes().size());
        detail.put("dispatchedTrips", dispatched.size());
        audit.record(id, "replanned", detail);
        return id;
    }

    /**
     * Changes the day of a queued or solving plan in place (a re-plan starts a new plan from a solved one instead):
     * the same changes as a re-plan's, refused with every error before anything changes, then sent to the plan's
     * solve, which goes on from its best plan on the changed day.
     */
    public PlanService.ChangeOutcome change(long id, DayChange request) {
        String reason = reason(request.reason());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("reason", reason);
        detail.put("changes", request.changes() == null ? 0 : request.changes().size());
        return service.change(id, day -> {
            ProblemReading changed = Disruptions.apply(day, request.changes(), reader);
            if (!changed.isValid()) {
                throw refused(changed);
            }
            return changed;
        }, detail);
    }

    /**
     * The trips a re-planned re-plan kept as dispatched: they are still on the road. Found in its plan by tanker and
     * stops, since a plan numbers each tanker's trips afresh.
     */
    private static Set<String> stillDispatched(Problem day, Plan plan) {
        Set<String> trips = new LinkedHashSet<>();
        if (day.baseline() == null) {
            return trips;
        }
        for (Problem.BaselineTrip gone : day.baseline().tankerTripsOrEmpty()) {
            if (!gone.isDispatched()) {
                continue;
            }
            List<String> stops = gone.stops().stream().map(Problem.BaselineStop::hospitalId).sorted().toList();
            plan.suppliers().stream().filter(s -> s.id().equals(gone.supplierId()) && s.tankers() != null)
                    .flatMap(s -> s.tankers().stream()).filter(tankerDay -> tankerDay.id().equals(gone.tankerId()))
                    .forEach(tanker -> tanker.trips().stream()
                            .filter(trip -> trip.stops().stream().map(Plan.Stop::hospitalId).sorted().toList().equals(stops))
                            .findFirst()
                            .ifPresent(trip -> trips.add(gone.supplierId() + "/" + tanker.id() + "#" + trip.number())));
        }
        return trips;
    }

    /** The plan's tanker trips, as "supplierId/tankerId#number". */
    private static Set<String> tripsOf(Plan plan) {
        Set<String> trips = new LinkedHashSet<>();
        plan.suppliers().forEach(s -> (s.tankers() == null ? List.<Plan.TankerDay>of() : s.tankers()).forEach(day ->
                day.trips().forEach(trip -> trips.add(s.id() + "/" + day.id() + "#" + trip.number()))));
        return trips;
    }

    /** Each trip named must be one of the plan's. */
    private static Set<String> dispatched(Plan plan, List<String> named) {
        Set<String> trips = tripsOf(plan);
        List<FieldError> errors = new ArrayList<>();
        Set<String> dispatched = new LinkedHashSet<>();
        List<String> given = named == null ? List.of() : named;
        for (int i = 0; i < given.size(); i++) {
            if (trips.contains(given.get(i))) {
                dispatched.add(given.get(i));
            } else {
                Phrase text = Phrase.of("replan.unknownTrip", trips.isEmpty() ? "-" : String.join(", ", trips));
                errors.add(new FieldError("dispatchedTrips[" + i + "]", given.get(i), text.english(), null, text));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors.get(0).message(), errors);
        }
        return dispatched;
    }

    /** Why the day changed, as the re-plan or the change records it. */
    private static String reason(String given) {
        String reason = given == null ? "" : given.strip();
        if (reason.isEmpty() || reason.length() > 500) {
            throw InvalidRequestException.of("reason", given, Phrase.of("replan.reason"));
        }
        return reason;
    }

    private static InvalidRequestException refused(ProblemReading reading) {
        return new InvalidRequestException("the changes have " + reading.errors().size() + " error(s); nothing was changed",
                PlanService.errors(reading.errors()));
    }

    private static String json(Problem problem) {
        try {
            return ProblemJson.mapper().writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("re-planned problem is not serialisable", e);
        }
    }
}
