package org.oxyalloc.api.plan;

import java.util.Map;

import org.oxyalloc.api.web.LeastRecentlyUsed;
import org.oxyalloc.plan.Plan;
import org.springframework.stereotype.Component;

/**
 * Published and superseded plans, parsed once: such a plan never changes, and at seven in the morning every hospital
 * of the province reads its quota from the same one, whose JSON at national scale takes a second to parse. The
 * latest few are kept; any instance may keep them, since they cannot change.
 */
@Component
public class PublishedPlans {

    /** A national plan parsed is some tens of MB; a province's, a few. */
    private static final int KEPT = 8;

    private final PlanRepository plans;
    private final Map<Long, Plan> parsed = LeastRecentlyUsed.map(KEPT);

    PublishedPlans(PlanRepository plans) {
        this.plans = plans;
    }

    /** The plan's result; kept when the plan is published or superseded, read each time otherwise. */
    public Plan plan(long id) {
        Plan kept = parsed.get(id);
        if (kept != null) {
            return kept;
        }
        PlanRecord record = plans.get(id);
        Plan plan = PlanService.resultOf(record);
        if (record.status() == PlanStatus.PUBLISHED || record.status() == PlanStatus.SUPERSEDED) {
            parsed.put(id, plan);
        }
        return plan;
    }
}
