package org.oxyalloc.api.plan;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.oxyalloc.plan.Plan;
import org.springframework.http.ResponseEntity;

/** The messages of the plan endpoints. */
public final class PlanViews {

    private PlanViews() {
    }

    /** The answer to a submission: 202 Accepted, with where to follow the plan. */
    public record Submitted(long id, PlanStatus status, String statusUrl) {
        /** 202 Accepted with the plan's address. */
        public static ResponseEntity<Submitted> accepted(PlanRecord plan) {
            return ResponseEntity.accepted().location(URI.create("/api/plans/" + plan.id())).body(of(plan));
        }

        /** 201 Created with the plan's address: a plan stored, not solving. */
        public static ResponseEntity<Submitted> created(PlanRecord plan) {
            return ResponseEntity.created(URI.create("/api/plans/" + plan.id())).body(of(plan));
        }

        private static Submitted of(PlanRecord plan) {
            return new Submitted(plan.id(), plan.status(), "/api/plans/" + plan.id() + "/status");
        }
    }

    /** A plan in a list. */
    public record Summary(long id, String region, LocalDate date, PlanStatus status, String score, Long shortageKg,
            Long parentId, OffsetDateTime createdAt, String createdBy, OffsetDateTime publishedAt, Long supersededBy) {
        static Summary of(PlanRecord plan) {
            return new Summary(plan.id(), plan.region(), plan.planDate(), plan.status(), plan.score(), plan.shortageKg(),
                    plan.parentId(), plan.createdAt(), plan.createdBy(), plan.publishedAt(), plan.supersededBy());
        }
    }

    /** One plan: its problem, its best plan so far (null before the first), the validation result, the totals. */
    public record Detail(Summary summary, long timeLimitMs, Long solvingMs, String publishedBy, String supersedeReason,
            Plan.Totals totals, @JsonRawValue String validation, @JsonRawValue String problem,
            @JsonRawValue String plan) {
        static Detail of(PlanRecord plan) {
            return new Detail(Summary.of(plan), plan.timeLimitMs(), plan.solvingMs(), plan.publishedBy(),
                    plan.supersedeReason(), plan.planJson() == null ? null : PlanService.resultOf(plan).totals(),
                    plan.validationJson(), plan.problemJson(), plan.planJson());
        }
    }

    /** A light status for polling: no problem or plan. */
    public record Status(long id, PlanStatus status, String score, Long shortageKg, Long timeSpentMs, long timeLimitMs,
            List<PlanRepository.BestScore> bestScores) {
    }

    /** The score analysis: every constraint with every match and its justification. */
    public record Analysis(long id, PlanStatus status, String score, boolean feasible,
            List<Plan.ConstraintResult> constraints) {
    }
}
