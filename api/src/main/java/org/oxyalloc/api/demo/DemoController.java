package org.oxyalloc.api.demo;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.oxyalloc.api.plan.PlanRepository;
import org.oxyalloc.api.plan.PlanViews;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "demo data", description = "The demo datasets, loaded as plans")
class DemoController {

    private final DemoDatasets datasets;
    private final PlanRepository plans;

    DemoController(DemoDatasets datasets, PlanRepository plans) {
        this.datasets = datasets;
        this.plans = plans;
    }

    @Operation(summary = "The demo datasets")
    @GetMapping("/api/datasets")
    List<DemoDatasets.Dataset> list() {
        return datasets.list();
    }

    @Operation(summary = "Load a dataset as a new plan (202); solve=false only stores it")
    @PostMapping("/api/datasets/{name}/plans")
    ResponseEntity<PlanViews.Submitted> load(@PathVariable String name, @RequestParam(required = false) String timeLimit,
            @RequestParam(defaultValue = "true") boolean solve) {
        return PlanViews.Submitted.accepted(plans.get(datasets.load(name, timeLimit, solve)));
    }
}
