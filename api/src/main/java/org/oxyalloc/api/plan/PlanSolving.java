package org.oxyalloc.api.plan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.api.solver.change.ProblemChange;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import org.oxyalloc.api.web.LogContext;
import org.oxyalloc.domain.OxygenAllocation;
import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.plan.Plan;
import org.oxyalloc.plan.PlanReporter;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.ProblemJson;
import org.oxyalloc.problem.ProblemReading;
import org.oxyalloc.solver.PreparedProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs plans through the SolverManager, which solves a few at once and queues the rest in order. The best plan is
 * saved as it improves (at most every save-interval) and at the end with its full analysis, so that a restart loses
 * at most one interval.
 */
@Component
public class PlanSolving {

    private static final Logger log = LoggerFactory.getLogger(PlanSolving.class);

    /** A plan on a solver: what the reporter needs, and whether someone asked it to stop. */
    private static final class Job {
        final String user;
        final Duration timeLimit;
        /** Whether the solve has read its problem: a change after that goes to the solver, not to the database. */
        boolean problemRead;
        /** The day as prepared when the solve started, then as each change to it made it, in order. */
        final List<PreparedProblem> versions = new CopyOnWriteArrayList<>();
        /** Held while a change is made: one at a time, each from the last. */
        final Object changing = new Object();
        /** The day as the last change sent made it; null before any. */
        volatile Problem latest;
        /** A change was taken: its first best plan is saved whatever the save interval, with the changed day. */
        volatile boolean saveNextBest;
        /** The stop at the deadline, cancelled when the solve ends first. */
        volatile ScheduledFuture<?> deadline;
        volatile Instant started;
        volatile Instant lastSaved = Instant.EPOCH;
        final AtomicBoolean terminationRequested = new AtomicBoolean();

        Job(String user, Duration timeLimit) {
            this.user = user;
            this.timeLimit = timeLimit;
        }

        /** The version of the day a solution belongs to: the best solutions before a change are of the day before it. */
        Optional<PreparedProblem> versionOf(OxygenAllocation solution) {
            return versions.stream().filter(version -> version.describes(solution)).findFirst();
        }
    }

    /**
     * A change sent to a plan's solve.
     *
     * @param queued the plan was still queued: the change was stored, and the solve will read it
     * @param applied done once the running solver has taken the change (at once when queued); failed when the solve
     *        ended first
     */
    public record SentChange(boolean queued, CompletableFuture<Void> applied) {
    }

    /** At least a moment of solving, so that the solver starts and ends the plan as usual. */
    private static final Duration LEAST_SOLVING = Duration.ofMillis(100);

    private final SolverManager<OxygenAllocation, Long> solverManager;
    private final AllocationEngine engine;
    private final PlanRepository plans;
    private final PlanStatusChanges statuses;
    private final Duration saveInterval;
    private final Timer solveDurations;
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    PlanSolving(SolverManager<OxygenAllocation, Long> solverManager, AllocationEngine engine, PlanRepository plans,
            PlanStatusChanges statuses, @Value("${oxyalloc.solving.save-interval}") Duration saveInterval, MeterRegistry meters) {
        this.solverManager = solverManager;
        this.engine = engine;
        this.plans = plans;
        this.statuses = statuses;
        this.saveInterval = saveInterval;
        this.solveDurations = Timer.builder("oxyalloc.solve.duration").description("time spent solving one plan")
                .register(meters);
    }

    /** Queues a plan; it becomes solving when a solver is free. */
    void schedule(long id, Duration timeLimit, String user) {
        jobs.put(id, new Job(user, timeLimit));
        statuses.change(user, id, PlanStatus.SCHEDULED, Map.of("timeLimitMs", timeLimit.toMillis()));
        solverManager.solveBuilder()
                .withProblemId(id)
                .withProblemFinder(this::start)
                .withBestSolutionEventConsumer(event -> onBest(id, event.solution()))
                .withFinalBestSolutionEventConsumer(event -> onFinal(id, event.solution()))
                .withExceptionHandler((planId, e) -> onFailure(planId, e))
                .withConfigOverride(new SolverConfigOverride<OxygenAllocation>()
                        .withTerminationConfig(new TerminationConfig().withSpentLimit(timeLimit)))
                .run();
    }

    /** Asks a plan to stop: a queued plan stops at once, a solving one after saving its best plan. */
    void terminate(long id) {
        Job job = jobs.get(id);
        if (job == null) {
            return;
        }
        job.terminationRequested.set(true);
        solverManager.terminateEarly(id);
        synchronized (job) {
            if (job.started == null && jobs.remove(id, job)) {
                statuses.change(job.user, id, PlanStatus.TERMINATED, Map.of("reason", "terminated while queued"));
            }
        }
    }

    /**
     * A change to the day of a queued or solving plan, one at a time per plan, each made to the day as the changes
     * before it left it. Queued: the changed day is stored now, and the solve reads it when it starts. Solving: the
     * changed day, prepared here with its bound, reaches the running solver as a Timefold problem change (the solver
     * goes on from its best plan carried over, see {@code DayChange}); it is stored once the solver has taken it, with
     * the next best plan, and the time limit counts again from the change. Empty when the plan is neither queued nor
     * solving.
     *
     * @param changes the changed day from the day as it is: a valid reading, or an exception naming every error
     * @param store stores a changed day (its problem and validation)
     */
    public Optional<SentChange> change(long id, Function<Problem, ProblemReading> changes, Consumer<ProblemReading> store) {
        Job job = jobs.get(id);
        if (job == null) {
            return Optional.empty();
        }
        synchronized (job.changing) {
            synchronized (job) {
                if (!job.problemRead) {
                    store.accept(changes.apply(PlanService.problemOf(plans.get(id))));
                    return Optional.of(new SentChange(true, CompletableFuture.completedFuture(null)));
                }
            }
            ProblemReading changed = changes.apply(job.latest != null ? job.latest : PlanService.problemOf(plans.get(id)));
            PreparedProblem next = engine.prepare(changed.problem());
            ProblemChange<OxygenAllocation> change = engine.dayChange(next);
            CompletableFuture<Void> applied;
            synchronized (job) {
                if (jobs.get(id) != job) {
                    return Optional.empty(); // the solve ended while the changed day was prepared
                }
                try {
                    applied = solverManager.addProblemChange(id, change);
                } catch (IllegalStateException e) {
                    return Optional.empty();
                }
                job.versions.add(next);
                job.latest = changed.problem();
            }
            return Optional.of(new SentChange(false, applied.thenRun(() -> {
                try (var ignored = LogContext.of(id, job.user)) {
                    store.accept(changed);
                } catch (RuntimeException e) {
                    log.error("storing the changed day failed; the solve goes on with it", e);
                }
                job.saveNextBest = true;
                cancelDeadline(job);
                job.deadline = deadline(id, job, next);
            })));
        }
    }

    public int solvingCount() {
        return (int) jobs.values().stream().filter(job -> job.started != null).count();
    }

    public int queueLength() {
        return (int) jobs.values().stream().filter(job -> job.started == null).count();
    }

    /** On shutdown the solvers stop too; their plans keep their status until the next start recovers them. */
    @PreDestroy
    void stop() {
        stopping = true;
    }

    /** Called by the SolverManager when a solver takes the plan: the problem is built only now. */
    private OxygenAllocation start(long id) {
        Job job = jobs.get(id);
        if (job == null) {
            throw new IllegalStateException("plan " + id + " was terminated while queued");
        }
        try (var ignored = LogContext.of(id, job.user)) {
            String json;
            // Under the job's lock, so that a change to a queued plan is stored before this reads it, or sent after.
            synchronized (job) {
                json = plans.get(id).problemJson();
                job.problemRead = true;
            }
            PreparedProblem prepared = engine.prepare(ProblemJson.mapper().readValue(json, Problem.class));
            job.versions.add(0, prepared);
            OxygenAllocation start = engine.startingSolution(prepared, job.timeLimit);
            job.deadline = deadline(id, job, prepared);
            // Under the job's lock so that a termination while queued and the start do not cross.
            synchronized (job) {
                if (jobs.get(id) != job) {
                    // Terminated while it was prepared (a re-plan's trials take seconds): its status is set, and
                    // failing here keeps the solver from running on unseen; onFailure finds no job and says nothing.
                    cancelDeadline(job);
                    throw new IllegalStateException("plan " + id + " was terminated while it was prepared");
                }
                job.started = Instant.now();
                plans.startSolving(id);
                statuses.change(job.user, id, PlanStatus.SOLVING, Map.of());
            }
            return start;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored problem of plan " + id + " is unreadable", e);
        }
    }

    private void onBest(long id, OxygenAllocation best) {
        Job job = jobs.get(id);
        Instant now = Instant.now();
        if (job == null || !job.saveNextBest && Duration.between(job.lastSaved, now).compareTo(saveInterval) < 0) {
            return;
        }
        job.lastSaved = now;
        job.saveNextBest = false;
        try (var ignored = LogContext.of(id, job.user)) {
            save(id, job, best);
        }
    }

    private void onFinal(long id, OxygenAllocation best) {
        Job job = jobs.remove(id);
        if (job == null || job.versions.isEmpty()) {
            return;
        }
        cancelDeadline(job);
        try (var ignored = LogContext.of(id, job.user)) {
            long elapsed;
            try {
                elapsed = save(id, job, best);
            } catch (RuntimeException e) {
                // The job is gone already, so the failure handler would not see it: its status is set here.
                log.error("reporting the plan failed", e);
                statuses.change(job.user, id, PlanStatus.FAILED, Map.of("reason", "reporting failed; the server log has the cause"));
                return;
            }
            if (stopping) {
                return; // the next start marks it terminated, "interrupted by restart"
            }
            solveDurations.record(Duration.ofMillis(elapsed));
            PlanStatus end = job.terminationRequested.get() ? PlanStatus.TERMINATED : PlanStatus.SOLVED;
            statuses.change(job.user, id, end, Map.of("score", String.valueOf(best.getScore()), "elapsedMs", elapsed));
        }
    }

    private void onFailure(long id, Throwable e) {
        Job job = jobs.remove(id);
        if (stopping || job == null) {
            return; // stopped with the service, or terminated while queued: its status is already set
        }
        cancelDeadline(job);
        try (var ignored = LogContext.of(id, job.user)) {
            log.error("solving failed", e);
            statuses.change(job.user, id, PlanStatus.FAILED, Map.of("reason", "solving failed; the server log has the cause"));
        }
    }

    /** The stop at the time limit, counted from the preparation of the day; only this job's (a plan is solved again). */
    private ScheduledFuture<?> deadline(long id, Job job, PreparedProblem day) {
        return engine.atDeadline(day, job.timeLimit, LEAST_SOLVING, () -> {
            if (jobs.get(id) == job) {
                solverManager.terminateEarly(id);
            }
        });
    }

    private static void cancelDeadline(Job job) {
        ScheduledFuture<?> deadline = job.deadline;
        if (deadline != null) {
            deadline.cancel(false);
        }
    }

    /** Reports and saves the plan with its analysis; returns the time spent so far. */
    private long save(long id, Job job, OxygenAllocation best) {
        long elapsed = Duration.between(job.started, Instant.now()).toMillis();
        Optional<PreparedProblem> version = job.versionOf(best);
        if (version.isEmpty()) {
            log.warn("a best plan of no known version of the day, not saved");
            return elapsed;
        }
        Plan plan = engine.report(version.get(), best);
        try {
            plans.saveBest(id, ProblemJson.mapper().writeValueAsString(plan), plan.score(),
                    PlanReporter.shortageKg(best), elapsed);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plan " + id + " is not serialisable", e);
        }
        return elapsed;
    }
}
