package org.oxyalloc.api.replan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.oxyalloc.api.ApiTest;
import org.oxyalloc.api.user.Role;
import org.oxyalloc.problem.Problem;
import org.oxyalloc.solver.AllocationConstraintProvider;
import org.springframework.http.MediaType;

/** A published day re-planned after its largest supplier loses most of its LOX; bad changes change nothing. */
class ReplanApiTest extends ApiTest {

    private String largestSupplier() throws Exception {
        return problem().suppliers().stream().max(Comparator.comparingDouble(Problem.Supplier::loxTonsOrZero))
                .orElseThrow().id();
    }

    private long published() throws Exception {
        long id = solved();
        mvc.perform(post("/api/plans/" + id + "/publication").with(as(Role.STAFF)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"the re-plan test's day\"}")).andExpect(status().isOk());
        return id;
    }

    @Test
    void aRePlanStartsFromThePublishedPlanAndSaysWhatItChanged() throws Exception {
        long base = published();
        // The station that refills the most (the day's hospitals have no LOX tanks) keeps 40 % of what it refilled.
        JsonNode busiest = null;
        for (JsonNode supplier : read("/api/plans/" + base, Role.STAFF).get("plan").get("suppliers")) {
            if (busiest == null || supplier.get("refillsUsed").asInt() > busiest.get("refillsUsed").asInt()) {
                busiest = supplier;
            }
        }
        assertThat(busiest.get("refillsUsed").asInt()).as("the day refills cylinders").isPositive();
        int kept = busiest.get("refillsUsed").asInt() * 4 / 10;
        String body = mvc.perform(post("/api/plans/" + base + "/replan").with(as(Role.STAFF))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"reason": "its plant stopped at 10:00", "timeLimit": "2s",
                                 "changes": [{"kind": "supplier", "id": "%s", "set": {"refillCylinders": %d}}]}"""
                                .formatted(busiest.get("id").asText(), kept)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long replan = json.readTree(body).get("id").asLong();
        awaitStatus(replan, Duration.ofSeconds(60), "solved");

        JsonNode read = read("/api/plans/" + replan, Role.STAFF);
        assertThat(read.get("summary").get("parentId").asLong()).isEqualTo(base);
        assertThat(read.get("problem").get("baseline").get("planId").asText()).isEqualTo(String.valueOf(base));
        assertThat(read.get("problem").get("baseline").get("reason").asText()).isEqualTo("its plant stopped at 10:00");
        JsonNode stability = null;
        for (JsonNode rule : read.get("plan").get("analysis")) {
            if (rule.get("name").asText().equals(AllocationConstraintProvider.PUBLISHED_REFILLS_CHANGED)) {
                stability = rule;
            }
        }
        assertThat(stability).as("the stability rule is in the analysis").isNotNull();
        assertThat(stability.get("matches")).isNotEmpty();
        assertThat(stability.get("matches").get(0).get("description").asText()).contains("'s refills at ");
        assertThat(read("/api/plans/" + base, Role.STAFF).get("summary").get("status").asText())
                .as("the published plan stays published until the re-plan is").isEqualTo("published");

        // Which hospitals' quotas changed, and why: the station's refills cut, said for each of them.
        JsonNode comparison = read("/api/comparisons?base=" + base + "&other=" + replan, Role.ANALYST);
        List<JsonNode> changed = new ArrayList<>();
        comparison.get("hospitals").forEach(h -> {
            if (h.get("cylindersDifference").asInt() != 0 || h.get("loxTonsDifference").asDouble() != 0) {
                changed.add(h);
            }
        });
        assertThat(changed).as("the cut moves some hospitals' refills").isNotEmpty();
        String cut = busiest.get("name").asText() + " refills " + kept + " cylinders instead of "
                + busiest.get("refillCapacity").asInt();
        assertThat(changed).allSatisfy(h -> assertThat(h.get("why").toString()).contains(cut));
    }

    @Test
    void badChangesAreRefusedWithEveryErrorAndNothingIsStored() throws Exception {
        long base = published();
        int plansBefore = read("/api/plans?date=" + problem().date(), Role.STAFF).size();
        int invalidBefore = read("/api/plans?status=invalid", Role.STAFF).size();
        mvc.perform(post("/api/plans/" + base + "/replan").with(as(Role.STAFF)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reason": "SOS", "changes": [{"kind": "supplier", "id": "NO-SUCH", "set": {"loxTons": 1}},
                                 {"kind": "hospital", "id": "%s", "set": {"loxStockTons": -2}}]}""".formatted(hospitalId())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("$.changes[0].id"))
                .andExpect(jsonPath("$.errors[0].message", startsWith("no supplier has this id")));
        mvc.perform(post("/api/plans/" + base + "/replan").with(as(Role.STAFF)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reason": "SOS", "changes": [{"kind": "hospital", "id": "%s", "set": {"loxStockTons": -2}}]}"""
                                .formatted(hospitalId())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("$.changes[0].set.loxStockTons"));
        mvc.perform(post("/api/plans/" + base + "/replan").with(as(Role.STAFF)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"changes\": [{\"kind\": \"supplier\", \"id\": \"x\", \"set\": {}}]}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("reason"));
        mvc.perform(post("/api/plans/" + base + "/replan").with(as(Role.STAFF)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reason": "a trip left", "dispatchedTrips": ["NO/T1#1"],
                                 "changes": [{"kind": "supplier", "id": "%s", "set": {"loxTons": 1}}]}""".formatted(largestSupplier())))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("dispatchedTrips[0]"));

        assertThat(read("/api/plans?date=" + problem().date(), Role.STAFF).size()).isEqualTo(plansBefore);
        assertThat(read("/api/plans?status=invalid", Role.STAFF).size()).as("not even as invalid").isEqualTo(invalidBefore);
        assertThat(read("/api/plans/" + base, Role.STAFF).get("summary").get("status").asText()).isEqualTo("published");
    }

    @Test
    void onlyPlannersRePlan() throws Exception {
        long base = solved();
        String request = "{\"reason\": \"x\", \"changes\": [{\"kind\": \"supplier\", \"id\": \"x\", \"set\": {\"loxTons\": 1}}]}";
        for (Role role : new Role[] {Role.ANALYST, Role.HOSPITAL}) {
            mvc.perform(post("/api/plans/" + base + "/replan").with(as(role)).contentType(MediaType.APPLICATION_JSON)
                    .content(request)).andExpect(status().isForbidden());
        }
        String station = problem().suppliers().get(0).id();
        mvc.perform(post("/api/plans/" + base + "/replan").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"x\", \"solve\": false, \"changes\": [{\"kind\": \"supplier\", \"id\": \"" + station
                        + "\", \"set\": {\"refillCylinders\": 50}}]}"))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("created"));
        mvc.perform(post("/api/plans/" + base + "/discard").with(as(Role.STAFF))).andExpect(status().isOk());
        mvc.perform(post("/api/plans/" + base + "/replan").with(as(Role.STAFF)).contentType(MediaType.APPLICATION_JSON)
                .content(request)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(startsWith("plan " + base + " is discarded")));
    }
}
