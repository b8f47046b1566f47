package org.oxyalloc.api.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.oxyalloc.api.plan.PlanRepository;
import org.oxyalloc.api.plan.PlanSolving;
import org.oxyalloc.api.plan.PlanStatus;
import org.springframework.stereotype.Component;

/**
 * Gauges for operations: plans solving, plans queued, and plans by status. The solve-duration timer is registered
 * where solving ends ({@link PlanSolving}).
 */
@Component
class PlanMetrics {

    PlanMetrics(MeterRegistry meters, PlanSolving solving, PlanRepository plans) {
        Gauge.builder("oxyalloc.solving.jobs", solving, PlanSolving::solvingCount)
                .description("plans being solved now").register(meters);
        Gauge.builder("oxyalloc.solving.queue", solving, PlanSolving::queueLength)
                .description("plans waiting for a solver").register(meters);
        for (PlanStatus status : PlanStatus.values()) {
            Gauge.builder("oxyalloc.plans", plans, repository -> repository.countByStatus().getOrDefault(status, 0L))
                    .tag("status", status.label()).description("plans by status").register(meters);
        }
    }
}
