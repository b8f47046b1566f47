package org.oxyalloc.datasets;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.problem.Problem.CollectionPost;
import org.oxyalloc.problem.Problem.Hospital;
import org.oxyalloc.problem.Problem.Location;
import org.oxyalloc.problem.Problem.Supplier;

/** The checker itself must catch what it claims to. */
class ProblemInvariantsTest {

    private static final Location HERE = new Location(-6.2, 106.8);

    @Test
    void reportsEveryViolation() {
        Supplier noRefills = new Supplier("S1", "Station", null, HERE, 5.0, true, null, null, List.of("NOBODY"));
        Hospital bad = new Hospital("H1", "Hospital", "Kota", null, HERE, 10, 11, 2, 3, null, null, 1.0, null, 0.5, null, null, null);
        CollectionPost post = new CollectionPost("P1", "Post", HERE, "S1", 1, 10, 5.0, 4.0, 10);
        Problem problem = new Problem("Test", LocalDate.of(2021, 7, 1), null, List.of(noRefills), List.of(bad, bad), List.of(post));
        assertThatThrownBy(() -> ProblemInvariants.assertValid(problem)).hasMessageContainingAll(
                "hospital id 'H1' is not unique", "occupied 11 not in 0..beds 10", "occupied ICU > ICU beds",
                "no tank but a LOX stock", "no tank but a LOX need", "has LOX but no fleet", "reserved for a group without members",
                "station S1 is no supplier with refill capacity", "runs no trip in a day");
    }
}
