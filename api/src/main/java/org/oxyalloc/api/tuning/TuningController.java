package org.oxyalloc.api.tuning;

import java.util.Collection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.oxyalloc.api.plan.PlanRepository;
import org.oxyalloc.api.plan.PlanViews;
import org.oxyalloc.engine.AllocationEngine;
import org.oxyalloc.solver.ConstraintInfo;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "tuning", description = "Constraints and weights, what-if plans, comparisons")
class TuningController {

    private final AllocationEngine engine;
    private final TuningService tuning;
    private final PlanRepository plans;

    TuningController(AllocationEngine engine, TuningService tuning, PlanRepository plans) {
        this.engine = engine;
        this.tuning = tuning;
        this.plans = plans;
    }

    @Operation(summary = "The constraints with their descriptions, levels and default weights")
    @GetMapping("/api/constraints")
    Collection<ConstraintInfo> constraints() {
        return engine.constraints().values();
    }

    @Operation(summary = "A what-if plan from an existing one, with other weights or changed inputs (202)")
    @PostMapping("/api/plans/{id}/what-if")
    ResponseEntity<PlanViews.Submitted> whatIf(@PathVariable long id, @RequestBody TuningService.WhatIf request) {
        return PlanViews.Submitted.accepted(plans.get(tuning.whatIf(id, request)));
    }

    @Operation(summary = "Two plans side by side: totals and per-hospital differences (other minus base)")
    @GetMapping("/api/comparisons")
    PlanComparison compare(@RequestParam long base, @RequestParam long other) {
        return PlanComparison.of(plans.get(base), plans.get(other));
    }
}
