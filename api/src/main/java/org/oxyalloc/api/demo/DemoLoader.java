package org.oxyalloc.api.demo;

import org.oxyalloc.api.plan.PlanRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A fresh installation shows the demo datasets as plans, stored but not solved. */
@Component
@Order(2)
@ConditionalOnProperty(name = "oxyalloc.demo.load-when-empty", havingValue = "true")
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final DemoDatasets datasets;
    private final PlanRepository plans;

    DemoLoader(DemoDatasets datasets, PlanRepository plans) {
        this.datasets = datasets;
        this.plans = plans;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!plans.isEmpty()) {
            return;
        }
        for (DemoDatasets.Dataset dataset : datasets.list()) {
            long id = datasets.load(dataset.name(), null, false);
            log.info("Loaded demo dataset {} as plan {} (not solved: POST /api/plans/{}/solve)", dataset.name(), id, id);
        }
    }
}
