package org.oxyalloc.api.publication;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.oxyalloc.api.plan.PlanRecord;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "publication", description = "Publish the day's plan; hospitals read their quotas from it")
class PublicationController {

    /** Why this plan supersedes the one published before for the same day and region (required then). */
    record PublicationRequest(@Size(max = 1000) String reason) {
    }

    /** The published plan. */
    record Publication(long planId, String region, LocalDate date, String status,
            OffsetDateTime publishedAt, String publishedBy) {
    }

    private final PublicationService publications;

    PublicationController(PublicationService publications) {
        this.publications = publications;
    }

    @Operation(summary = "Publish a solved plan for its date and region; it supersedes the plan published before")
    @PostMapping("/api/plans/{id}/publication")
    Publication publish(@PathVariable long id, @RequestBody(required = false) @Valid PublicationRequest request) {
        PlanRecord plan = publications.publish(id, request == null ? null : request.reason());
        return new Publication(plan.id(), plan.region(), plan.planDate(), plan.status().label(), plan.publishedAt(),
                plan.publishedBy());
    }
}
