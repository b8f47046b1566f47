package org.oxyalloc.problem;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the time limits that people write: a whole number and a unit, as in 500ms, 30s, 2m or 1h. */
public final class TimeLimits {

    private static final Pattern FORMAT = Pattern.compile("([0-9]{1,7})(ms|s|m|h)");

    private TimeLimits() {
    }

    /** @throws IllegalArgumentException naming the value and the expected format */
    public static Duration parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("time limit '" + text + "': expected a whole number and a unit (ms, s, m, h), e.g. 30s");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }
}
