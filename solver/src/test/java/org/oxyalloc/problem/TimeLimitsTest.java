package org.oxyalloc.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class TimeLimitsTest {

    @Test
    void parsesEveryUnit() {
        assertThat(TimeLimits.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(TimeLimits.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(TimeLimits.parse("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(TimeLimits.parse("1h")).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void rejectsOtherFormsNamingTheValue() {
        assertThatThrownBy(() -> TimeLimits.parse("30 seconds")).hasMessageContaining("'30 seconds'");
        assertThatThrownBy(() -> TimeLimits.parse("-5s")).hasMessageContaining("'-5s'");
    }
}
