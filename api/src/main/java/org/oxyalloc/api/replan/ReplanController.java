package org.oxyalloc.api.replan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.oxyalloc.api.plan.PlanRepository;
import org.oxyalloc.api.plan.PlanViews;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "replan", description = "Re-planning a day when something breaks")
class ReplanController {

    private final ReplanService replans;
    private final PlanRepository plans;

    ReplanController(ReplanService replans, PlanRepository plans) {
        this.replans = replans;
        this.plans = plans;
    }

    @Operation(summary = "A re-plan of a plan's day after a disruption, starting from that plan (202); bad changes are "
            + "refused with every error (400) and nothing is stored")
    @PostMapping("/api/plans/{id}/replan")
    ResponseEntity<PlanViews.Submitted> replan(@PathVariable long id, @RequestBody ReplanService.Replan request) {
        return PlanViews.Submitted.accepted(plans.get(replans.replan(id, request)));
    }
}
