package org.oxyalloc.api.plan;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Before anything else at startup: plans a crash or stop left queued or solving become terminated. */
@Component
@Order(0)
class PlanStartup implements ApplicationRunner {

    private final PlanService plans;

    PlanStartup(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void run(ApplicationArguments args) {
        plans.recoverInterrupted();
    }
}
