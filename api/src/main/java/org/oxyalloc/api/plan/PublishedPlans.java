package org.oxyalloc.api.plan;

import java.util.Map;

import org.oxyalloc.api.web.LeastRecentlyUsed;
import org.oxyalloc.api.user.AccountDetails;
import org.oxyalloc.api.web.NotFoundException;
import org.oxyalloc.plan.Plan;
import org.oxyalloc.text.Phrase;
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
        if (record.status().wasPublished()) {
            parsed.put(id, plan);
        }
        return plan;
    }

    /**
     * A hospital's or supplier's user sees only plans that were published: a draft or a what-if is not found for
     * them, as it is not for anyone outside the task force.
     */
    public static void requireVisible(PlanRecord plan, AccountDetails user) {
        if ((user.hospitalId() != null || user.supplierId() != null) && !plan.status().wasPublished()) {
            throw new NotFoundException(Phrase.of("notFound.plan", plan.id()));
        }
    }
}
