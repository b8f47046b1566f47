package org.oxyalloc.api.plan;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.oxyalloc.api.audit.AuditLog;
import org.oxyalloc.api.user.CurrentUser;
import org.oxyalloc.api.web.ConflictException;
import org.oxyalloc.api.web.FieldError;
import org.oxyalloc.api.web.InvalidRequestException;
import org.oxyalloc.plan.Plan;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.ProblemIssue;
import org.oxyalloc.problem.ProblemJson;
import org.oxyalloc.problem.ProblemReader;
import org.oxyalloc.problem.ProblemReading;
import org.oxyalloc.problem.TimeLimits;
import org.oxyalloc.text.Phrase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Submitting, solving and stopping plans; every change goes to the audit trail. */
@Service
public class PlanService {

    /** How to submit: the time limit (null: the problem's own) and whether to solve now or only store. */
    public record SubmitOptions(String timeLimit, boolean solve, Long parentId, String source) {
    }

    private final PlanRepository plans;
    private final ProblemReader reader;
    private final PlanSolving solving;
    private final PlanStatusChanges statuses;
    private final AuditLog audit;
    private final Duration maxTimeLimit;

    PlanService(PlanRepository plans, ProblemReader reader, PlanSolving solving, PlanStatusChanges statuses,
            AuditLog audit, @Value("${oxyalloc.solving.max-time-limit}") Duration maxTimeLimit) {
        this.plans = plans;
        this.reader = reader;
        this.solving = solving;
        this.statuses = statuses;
        this.audit = audit;
        this.maxTimeLimit = maxTimeLimit;
    }

    /** Reads and validates a problem given as JSON text; see {@link #submit(ProblemReading, String, SubmitOptions)}. */
    public long submit(String json, SubmitOptions options) {
        return submit(reader.read(json), json, options);
    }

    /**
     * Stores a problem as a new plan. An invalid problem is stored too, with status invalid and its validation result,
     * and answered with every error; a valid one is created, and scheduled if asked.
     */
    public long submit(ProblemReading reading, String text, SubmitOptions options) {
        Duration limit = reading.isValid() ? timeLimit(options.timeLimit(), reading.problem()) : Duration.ZERO;
        Problem problem = reading.problem();
        String user = CurrentUser.name();
        long id = plans.insert(new PlanRepository.NewPlan(problem == null ? null : problem.region(),
                problem == null ? null : problem.date(), reading.isValid() ? PlanStatus.CREATED : PlanStatus.INVALID,
                reading.isValid() ? json(problem) : text, json(reading.issues()), limit.toMillis(), options.parentId(),
                user));
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("source", options.source());
        detail.put("status", reading.isValid() ? PlanStatus.CREATED.label() : PlanStatus.INVALID.label());
        detail.put("errors", reading.errors().size());
        detail.put("warnings", reading.warnings().size());
        if (options.parentId() != null) {
            detail.put("parentId", options.parentId());
        }
        audit.record(id, "submitted", detail);
        if (!reading.isValid()) {
            throw new InvalidRequestException("the problem has " + reading.errors().size() + " error(s); it is stored as plan "
                    + id + " with status invalid", errors(reading.errors()), Map.of("planId", id));
        }
        if (options.solve()) {
            solving.schedule(id, limit, user);
        }
        return id;
    }

    /** Solves a created, terminated, failed or solved plan (again), with a new time limit if given. */
    public void solve(long id, String timeLimit) {
        PlanRecord plan = plans.get(id);
        requireChangeable(plan);
        if (!plan.status().isSolvable()) {
            throw new ConflictException(Phrase.of("conflict.notSolvable", id, plan.status().phrase()));
        }
        Duration limit = timeLimit == null ? Duration.ofMillis(plan.timeLimitMs()) : timeLimit(timeLimit, problemOf(plan));
        plans.setTimeLimit(id, limit.toMillis());
        solving.schedule(id, limit, CurrentUser.name());
    }

    /** What became of a change to a queued or solving plan's day. */
    public enum ChangeOutcome {
        /** Queued: stored, and the solve will read the changed day. */
        QUEUED,
        /** Taken by the running solver, which goes on from its best plan on the changed day. */
        APPLIED,
        /** Sent to the running solver, which has not taken it yet (it does at its next step); stored once it does. */
        PENDING;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How long a change request waits for the running solver to take the change before answering PENDING. */
    private static final Duration CHANGE_WAIT = Duration.ofSeconds(10);

    /**
     * Changes the day of a queued or solving plan in place, its best plan kept as the solve goes on: a queued plan's
     * problem is replaced, a solving plan's reaches its running solver (PlanSolving#change). The stored problem and its
     * validation become the changed day's once the solver has it, with an audit event naming the reason.
     *
     * @param changes the changed day from the day as it is (earlier changes included): valid, or an exception
     */
    public ChangeOutcome change(long id, Function<Problem, ProblemReading> changes, Map<String, Object> detail) {
        PlanRecord plan = plans.get(id);
        if (plan.status() != PlanStatus.SCHEDULED && plan.status() != PlanStatus.SOLVING) {
            throw new ConflictException(Phrase.of("conflict.notChangeable", id, plan.status().phrase()));
        }
        String user = CurrentUser.name();
        Consumer<ProblemReading> store = reading -> {
            plans.replaceProblem(id, json(reading.problem()), json(reading.issues()));
            audit.recordAs(user, id, "day-changed", detail);
        };
        PlanSolving.SentChange sent = solving.change(id, changes, store)
                .orElseThrow(() -> new ConflictException(Phrase.of("conflict.solveEnded", id)));
        if (sent.queued()) {
            return ChangeOutcome.QUEUED;
        }
        sent.applied().whenComplete((done, failure) -> {
            if (failure != null) {
                audit.recordAs(user, id, "day-change-too-late", detail);
            }
        });
        try {
            sent.applied().get(CHANGE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return ChangeOutcome.APPLIED;
        } catch (TimeoutException e) {
            return ChangeOutcome.PENDING;
        } catch (ExecutionException e) {
            throw new ConflictException(Phrase.of("conflict.solveEnded", id));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ChangeOutcome.PENDING;
        }
    }

    /** Stops a queued or solving plan early; it keeps the best plan found so far. */
    public void terminate(long id) {
        PlanRecord plan = plans.get(id);
        requireChangeable(plan);
        if (!plan.status().isActive()) {
            throw new ConflictException(Phrase.of("conflict.notActive", id, plan.status().phrase()));
        }
        audit.record(id, "termination-requested", Map.of());
        solving.terminate(id);
    }

    /** Discards a plan staff no longer want listed (an invalid submission, a draft); it stays, with its trail. */
    public void discard(long id, String reason) {
        PlanRecord plan = plans.get(id);
        requireChangeable(plan);
        if (!plan.status().isDiscardable()) {
            throw new ConflictException(Phrase.of("conflict.notDiscardable", id, plan.status().phrase()));
        }
        statuses.change(CurrentUser.name(), id, PlanStatus.DISCARDED,
                reason == null || reason.isBlank() ? Map.of() : Map.of("reason", reason.strip()));
    }

    /** After a crash or stop, plans that were queued or solving keep their last saved plan and can be solved again. */
    public void recoverInterrupted() {
        for (PlanStatus status : List.of(PlanStatus.SCHEDULED, PlanStatus.SOLVING)) {
            for (long id : plans.idsWithStatus(status)) {
                statuses.change("system", id, PlanStatus.TERMINATED, Map.of("reason", "interrupted by restart"));
            }
        }
    }

    /** A published or superseded plan is a record of what was decided: it never changes. */
    public static void requireChangeable(PlanRecord plan) {
        if (plan.status() == PlanStatus.PUBLISHED || plan.status() == PlanStatus.SUPERSEDED) {
            throw new ConflictException(Phrase.of("conflict.unchangeable", plan.id(), plan.status().phrase()));
        }
    }

    public static Problem problemOf(PlanRecord plan) {
        if (plan.status() == PlanStatus.INVALID) {
            throw new ConflictException(Phrase.of("conflict.invalid", plan.id()));
        }
        try {
            return ProblemJson.mapper().readValue(plan.problemJson(), Problem.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored problem of plan " + plan.id() + " is unreadable", e);
        }
    }

    /** The plan's latest result (the best so far while solving); 409 when it has none yet. */
    public static Plan resultOf(PlanRecord plan) {
        if (plan.planJson() == null) {
            throw new ConflictException(Phrase.of("conflict.noSolution", plan.id(), plan.status().phrase()));
        }
        try {
            return ProblemJson.mapper().readValue(plan.planJson(), Plan.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored result of plan " + plan.id() + " is unreadable", e);
        }
    }

    public static List<FieldError> errors(List<ProblemIssue> issues) {
        return issues.stream().map(FieldError::of).toList();
    }

    private Duration timeLimit(String requested, Problem problem) {
        String text = requested != null ? requested : problem.effectiveSettings().timeLimit();
        Duration limit;
        try {
            limit = TimeLimits.parse(text);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of("timeLimit", text, Phrase.of("upload.timeLimitFormat", text));
        }
        if (limit.isZero() || limit.compareTo(maxTimeLimit) > 0) {
            throw InvalidRequestException.of("timeLimit", text, Phrase.of("upload.timeLimitRange", maxTimeLimit.toMinutes()));
        }
        return limit;
    }

    private static String json(Object value) {
        try {
            return ProblemJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not serialisable: " + value.getClass(), e);
        }
    }
}
