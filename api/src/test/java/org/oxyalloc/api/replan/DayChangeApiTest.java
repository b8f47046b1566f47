package org.oxyalloc.api.replan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.oxyalloc.api.ApiTest;
import org.oxyalloc.api.user.Role;
import org.springframework.http.MediaType;

/**
 * A change to the day of a plan being solved reaches its running solver (a Timefold problem change): the solve goes on
 * on the changed day and its plan is the changed day's; a queued plan reads its change when it starts; bad changes
 * change nothing.
 */
class DayChangeApiTest extends ApiTest {

    private String change(String supplierId, int refills) {
        return """
                {"reason": "the station's compressor failed", "changes": [{"kind": "supplier", "id": "%s",
                 "set": {"refillCylinders": %d}}]}""".formatted(supplierId, refills);
    }

    private static JsonNode supplier(JsonNode suppliers, String id) {
        for (JsonNode supplier : suppliers) {
            if (supplier.get("id").asText().equals(id)) {
                return supplier;
            }
        }
        throw new AssertionError("no supplier " + id);
    }

    @Test
    void aChangeReachesTheRunningSolveAndAQueuedPlanReadsItsOwnWhenItStarts() throws Exception {
        String station = problem().suppliers().get(0).id();
        long solving = submit("timeLimit=60s");
        long queued = submit("timeLimit=60s");
        try {
            awaitStatus(solving, Duration.ofSeconds(60), "solving");
            mvc.perform(post("/api/plans/" + queued + "/changes").with(as(Role.STAFF))
                            .contentType(MediaType.APPLICATION_JSON).content(change(station, 7)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("queued"));
            String outcome = json.readTree(mvc.perform(post("/api/plans/" + solving + "/changes").with(as(Role.STAFF))
                            .contentType(MediaType.APPLICATION_JSON).content(change(station, 3)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("outcome").asText();
            assertThat(outcome).isEqualTo("applied");
            assertThat(supplier(read("/api/plans/" + solving, Role.STAFF).get("problem").get("suppliers"), station)
                    .get("refillCylinders").asInt()).as("the stored day is the changed one").isEqualTo(3);
        } finally {
            mvc.perform(post("/api/plans/" + solving + "/termination").with(as(Role.STAFF)));
        }
        awaitStatus(solving, Duration.ofSeconds(60), "terminated");
        JsonNode plan = read("/api/plans/" + solving, Role.STAFF).get("plan");
        assertThat(supplier(plan.get("suppliers"), station).get("refillCapacity").asInt())
                .as("the plan is of the changed day").isEqualTo(3);
        assertThat(supplier(plan.get("suppliers"), station).get("refillsUsed").asInt()).isLessThanOrEqualTo(3);
        assertThat(read("/api/plans/" + solving + "/audit", Role.STAFF).findValuesAsText("event")).contains("day-changed");

        awaitStatus(queued, Duration.ofSeconds(60), "solving");
        mvc.perform(post("/api/plans/" + queued + "/termination").with(as(Role.STAFF)));
        awaitStatus(queued, Duration.ofSeconds(60), "terminated");
        assertThat(supplier(read("/api/plans/" + queued, Role.STAFF).get("plan").get("suppliers"), station)
                .get("refillCapacity").asInt()).as("solved on its changed day").isEqualTo(7);
    }

    @Test
    void badChangesChangeNothingAndASolvedPlanIsRePlannedInstead() throws Exception {
        long solved = solved();
        String station = problem().suppliers().get(0).id();
        mvc.perform(post("/api/plans/" + solved + "/changes").with(as(Role.STAFF)).contentType(MediaType.APPLICATION_JSON)
                        .content(change(station, 3)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(
                        org.hamcrest.Matchers.containsString("re-plan")));
        mvc.perform(post("/api/plans/" + solved + "/changes").with(as(Role.ANALYST)).contentType(MediaType.APPLICATION_JSON)
                .content(change(station, 3))).andExpect(status().isForbidden());

        long solving = submit("timeLimit=60s");
        try {
            awaitStatus(solving, Duration.ofSeconds(60), "solving");
            String before = read("/api/plans/" + solving, Role.STAFF).get("problem").toString();
            mvc.perform(post("/api/plans/" + solving + "/changes").with(as(Role.STAFF))
                            .contentType(MediaType.APPLICATION_JSON).content(change("NO-SUCH-STATION", 3)))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("$.changes[0].id"));
            mvc.perform(post("/api/plans/" + solving + "/changes").with(as(Role.STAFF))
                            .contentType(MediaType.APPLICATION_JSON).content(change(station, -3)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].path").value("$.changes[0].set.refillCylinders"));
            mvc.perform(post("/api/plans/" + solving + "/changes").with(as(Role.STAFF))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"changes\": []}"))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("reason"));
            assertThat(read("/api/plans/" + solving, Role.STAFF).get("problem").toString()).isEqualTo(before);
        } finally {
            mvc.perform(post("/api/plans/" + solving + "/termination").with(as(Role.STAFF)));
        }
        awaitStatus(solving, Duration.ofSeconds(60), "terminated");
    }
}
