package org.oxyalloc.api.plan;

import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A plan's progress: the light status, and the same as server-sent events every second until it stops solving.
 * Read from the database, so it also follows plans solved by another instance or before a restart.
 */
@Component
class PlanEvents {

    private static final Duration PERIOD = Duration.ofSeconds(1);

    private final PlanRepository plans;
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "plan-events");
        thread.setDaemon(true);
        return thread;
    });

    PlanEvents(PlanRepository plans) {
        this.plans = plans;
    }

    PlanViews.Status status(long id) {
        PlanRecord plan = plans.getLight(id);
        return new PlanViews.Status(id, plan.status(), plan.score(), plan.shortageKg(), timeSpent(plan),
                plan.timeLimitMs(), plans.bestScores(id));
    }

    SseEmitter follow(long id) {
        plans.getLight(id);
        SseEmitter emitter = new SseEmitter(0L);
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        task.set(ticker.scheduleAtFixedRate(() -> {
            PlanRecord plan = plans.getLight(id);
            try {
                emitter.send(SseEmitter.event().name("progress").data(new Progress(plan.status(), timeSpent(plan),
                        plan.timeLimitMs(), plan.score(), plan.shortageKg())));
                if (!plan.status().isActive()) {
                    emitter.complete();
                    cancel(task);
                }
            } catch (IOException | IllegalStateException e) {
                // The client went away, or the stream ended: stop sending.
                cancel(task);
            }
        }, 50, PERIOD.toMillis(), TimeUnit.MILLISECONDS));
        return emitter;
    }

    private static void cancel(AtomicReference<ScheduledFuture<?>> task) {
        ScheduledFuture<?> future = task.get();
        if (future != null) {
            future.cancel(false);
        }
    }

    /** One progress event. */
    record Progress(PlanStatus status, Long timeSpentMs, long timeLimitMs, String bestScore, Long shortageKg) {
    }

    /** While solving, the time since it started; otherwise the time it spent up to its last saved plan. */
    private static Long timeSpent(PlanRecord plan) {
        if (plan.status() == PlanStatus.SOLVING && plan.solvingStartedAt() != null) {
            return Duration.between(plan.solvingStartedAt(), OffsetDateTime.now()).toMillis();
        }
        return plan.solvingMs();
    }

    @PreDestroy
    void stop() {
        ticker.shutdownNow();
    }
}
