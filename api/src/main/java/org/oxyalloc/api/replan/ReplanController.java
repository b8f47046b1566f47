package org.oxyalloc.api.replan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.oxyalloc.api.plan.PlanRepository;
import org.oxyalloc.api.plan.PlanService;
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

    /** What became of a change to a solving or queued plan's day. */
    record Changed(long id, PlanService.ChangeOutcome outcome, String statusUrl) {
    }

    @Operation(summary = "Change the day of a queued or solving plan in place: the same changes as a re-plan's; a "
            + "solving plan's reach its running solver, which goes on from its best plan (outcome applied, or pending "
            + "when the solver has not taken them within 10 s; queued for a plan not yet solving). Bad changes are "
            + "refused with every error (400) and nothing changes; a plan neither queued nor solving is a 409")
    @PostMapping("/api/plans/{id}/changes")
    Changed change(@PathVariable long id, @RequestBody ReplanService.DayChange request) {
        return new Changed(id, replans.change(id, request), "/api/plans/" + id + "/status");
    }
}
