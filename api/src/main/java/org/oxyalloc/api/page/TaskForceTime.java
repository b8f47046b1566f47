package org.oxyalloc.api.page;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The task force's clock: which day "today" is and how times are shown, in its time zone (the property
 * {@code oxyalloc.time-zone}, e.g. Asia/Jakarta for WIB), whatever zone the server runs in. A bean of {@link PageConfig}.
 */
public class TaskForceTime {

    private final ZoneId zone;

    TaskForceTime(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** A stored time as the task force reads it; null stays null. */
    public ZonedDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(zone);
    }
}
