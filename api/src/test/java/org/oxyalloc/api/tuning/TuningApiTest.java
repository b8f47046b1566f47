package org.oxyalloc.api.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.oxyalloc.api.ApiTest;
import org.oxyalloc.api.user.Role;
import org.oxyalloc.problem.ProblemJson;
import org.springframework.http.MediaType;

class TuningApiTest extends ApiTest {

    @Test
    void aWhatIfWithOtherWeightsIsANewPlanThatCanBeCompared() throws Exception {
        long base = solved();
        String soft = softConstraint();
        String answer = mvc.perform(post("/api/plans/" + base + "/what-if").with(as(Role.ANALYST))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"constraintWeights\": {\"" + soft + "\": 0}, \"timeLimit\": \"1s\"}"))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long whatIf = json.readTree(answer).get("id").asLong();
        awaitStatus(whatIf, Duration.ofSeconds(60), "solved");
        mvc.perform(get("/api/plans/" + whatIf).with(as(Role.ANALYST)))
                .andExpect(jsonPath("$.summary.parentId").value(base))
                .andExpect(jsonPath("$.problem.settings.constraintWeights['" + soft + "']").value(0));
        mvc.perform(get("/api/plans/" + whatIf + "/audit").with(as(Role.ANALYST)))
                .andExpect(jsonPath("$[?(@.event == 'weights-changed')].username").value("analyst"))
                .andExpect(jsonPath("$[?(@.event == 'weights-changed')].detail.to['" + soft + "']").value(0));
        JsonNode comparison = json.readTree(mvc.perform(get("/api/comparisons").param("base", "" + base)
                        .param("other", "" + whatIf).with(as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.baseTotals.requestTons").isNumber())
                .andExpect(jsonPath("$.otherTotals.requestTons").isNumber())
                .andReturn().getResponse().getContentAsString());
        assertThat(comparison.get("hospitals").findValuesAsText("id")).contains(hospitalId());
        List<Double> changes = new ArrayList<>();
        comparison.get("hospitals").forEach(h -> changes.add(Math.abs(h.get("loxTonsDifference").asDouble())
                + Math.abs(h.get("cylindersDifference").asInt()) * 0.008
                + Math.abs(h.path("otherShortageTons").asDouble() - h.path("baseShortageTons").asDouble())));
        assertThat(changes).as("most changed first").isSortedAccordingTo(Comparator.reverseOrder());
        JsonNode softScore = null;
        boolean changedFirst = true;
        boolean seenUnchanged = false;
        for (JsonNode constraint : comparison.get("constraints")) {
            if (constraint.get("name").asText().equals(soft)) {
                softScore = constraint;
            }
            changedFirst &= !(seenUnchanged && constraint.get("changed").asBoolean());
            seenUnchanged |= !constraint.get("changed").asBoolean();
        }
        assertThat(changedFirst).as("changed constraints first").isTrue();
        assertThat(softScore).isNotNull();
        mvc.perform(post("/api/plans/" + whatIf + "/publication").with(as(Role.STAFF)).param("reason", "tuned"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("made by the analyst")));
        assertThat(softScore.get("changed").asBoolean()).as("switching a rule off moves its score").isTrue();
        assertThat(softScore.get("otherScore").isNull() || softScore.get("otherScore").asText().equals("0hard/0medium/0soft"))
                .as("a rule of weight 0 scores nothing: %s", softScore).isTrue();
    }

    @Test
    void aWhatIfWithChangedInputsIsValidatedLikeAnyProblem() throws Exception {
        long base = submit("solve=false");
        ObjectNode changed = (ObjectNode) ProblemJson.mapper().readTree(problemJson());
        changed.withArray("hospitals").remove(0);
        mvc.perform(post("/api/plans/" + base + "/what-if").with(as(Role.STAFF)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"problem\": " + changed + ", \"solve\": false}"))
                .andExpect(status().isAccepted());
        mvc.perform(post("/api/plans/" + base + "/what-if").with(as(Role.ANALYST)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"problem\": " + changed + ", \"solve\": false}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail", containsString("staff action")));
        mvc.perform(post("/api/plans/" + base + "/what-if").with(as(Role.ANALYST)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"constraintWeights\": {\"No such rule\": 3}, \"solve\": false}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value(containsString("constraintWeights")));
        mvc.perform(get("/api/comparisons").param("base", "" + base).param("other", "" + base).with(as(Role.ANALYST)))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/comparisons").param("base", "" + base).param("other", "424242").with(as(Role.ANALYST)))
                .andExpect(status().isNotFound());
    }

    private String softConstraint() throws Exception {
        for (JsonNode constraint : read("/api/constraints", Role.ANALYST)) {
            if (constraint.get("level").asText().equals("soft")) {
                return constraint.get("name").asText();
            }
        }
        throw new AssertionError("no soft constraint");
    }
}
