package org.oxyalloc.api.plan;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;
import org.oxyalloc.api.web.InvalidRequestException;
import org.oxyalloc.text.Phrase;

/** A plan's life: created (or invalid), scheduled, solving, then solved, terminated or failed; published, superseded. */
public enum PlanStatus {
    CREATED, INVALID, SCHEDULED, SOLVING, SOLVED, TERMINATED, FAILED, PUBLISHED, SUPERSEDED, DISCARDED;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What hospitals were told, and what deliveries are recorded against: published, or superseded since. */
    public boolean wasPublished() {
        return this == PUBLISHED || this == SUPERSEDED;
    }

    /** A plan in these states may be solved (again). */
    public boolean isSolvable() {
        return this == CREATED || this == TERMINATED || this == FAILED || this == SOLVED;
    }

    /** A plan in these states may be discarded by staff: kept, with its audit trail, but no longer listed. */
    public boolean isDiscardable() {
        return this == INVALID || this == CREATED || this == TERMINATED || this == FAILED || this == SOLVED;
    }

    /** The plan is waiting for or using a solver. */
    public boolean isActive() {
        return this == SCHEDULED || this == SOLVING;
    }

    public static PlanStatus parse(String parameter, String label) {
        return Arrays.stream(values()).filter(status -> status.label().equals(label)).findFirst()
                .orElseThrow(() -> InvalidRequestException.of(parameter, label,
                        Phrase.of("status.expectedOneOf", String.join(", ", Arrays.stream(values()).map(PlanStatus::label).toList()))));
    }

    /** The status as a page names it, in the reader's language: "solved", "selesai". */
    public Phrase phrase() {
        return Phrase.of("status." + label());
    }
}
