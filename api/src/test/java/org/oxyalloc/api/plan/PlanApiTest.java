package org.oxyalloc.api.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.oxyalloc.api.ApiTest;
import org.oxyalloc.api.user.Role;
import org.springframework.http.MediaType;

class PlanApiTest extends ApiTest {

    @Test
    void submitSolvesAndTheStatusFollows() throws Exception {
        long id = submit("timeLimit=1s");
        JsonNode status = awaitStatus(id, Duration.ofSeconds(60), "solved");
        assertThat(status.get("timeLimitMs").asLong()).isEqualTo(1000);
        assertThat(status.get("score").asText()).contains("hard");
        assertThat(status.get("bestScores").size()).isPositive();
        mvc.perform(get("/api/plans/" + id).with(as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.status").value("solved"))
                .andExpect(jsonPath("$.problem.region").exists())
                .andExpect(jsonPath("$.plan.hospitals").isArray())
                .andExpect(jsonPath("$.totals.requestTons").isNumber());
        mvc.perform(get("/api/plans/" + id + "/audit").with(as(Role.STAFF)))
                .andExpect(jsonPath("$[0].event").value("submitted"))
                .andExpect(jsonPath("$[0].username").value("staff"))
                .andExpect(jsonPath("$[*].detail.status", hasItems("scheduled", "solving", "solved")));
    }

    @Test
    void storeWithoutSolvingThenSolveAndTerminate() throws Exception {
        long id = submit("solve=false");
        mvc.perform(get("/api/plans/" + id + "/status").with(as(Role.STAFF))).andExpect(jsonPath("$.status").value("created"));
        mvc.perform(post("/api/plans/" + id + "/solve?timeLimit=1m").with(as(Role.STAFF)))
                .andExpect(status().isAccepted()).andExpect(header().string("Location", "/api/plans/" + id));
        awaitStatus(id, Duration.ofSeconds(60), "solving");
        mvc.perform(post("/api/plans/" + id + "/termination").with(as(Role.STAFF))).andExpect(status().isAccepted());
        JsonNode status = awaitStatus(id, Duration.ofSeconds(30), "terminated");
        assertThat(status.get("timeSpentMs").asLong()).isLessThan(60_000);
        mvc.perform(post("/api/plans/" + id + "/termination").with(as(Role.STAFF))).andExpect(status().isConflict());
    }

    @Test
    void plansWaitInOrderAndAQueuedPlanCanBeTerminated() throws Exception {
        long first = submit("timeLimit=1m");
        long second = submit("timeLimit=1s");
        awaitStatus(first, Duration.ofSeconds(60), "solving");
        mvc.perform(get("/api/plans/" + second + "/status").with(as(Role.STAFF))).andExpect(jsonPath("$.status").value("scheduled"));
        mvc.perform(post("/api/plans/" + second + "/termination").with(as(Role.STAFF))).andExpect(status().isAccepted());
        mvc.perform(get("/api/plans/" + second + "/status").with(as(Role.STAFF))).andExpect(jsonPath("$.status").value("terminated"));
        mvc.perform(post("/api/plans/" + first + "/termination").with(as(Role.STAFF))).andExpect(status().isAccepted());
        awaitStatus(first, Duration.ofSeconds(30), "terminated");
        mvc.perform(post("/api/plans/" + second + "/solve").with(as(Role.STAFF))).andExpect(status().isAccepted());
        awaitStatus(second, Duration.ofSeconds(60), "solved");
    }

    @Test
    void anInvalidProblemIsStoredAndAnsweredWithEveryError() throws Exception {
        String body = "{\"region\": \"\", \"date\": \"2021-07-26\", \"suppliers\": [], \"hospitals\": []}";
        String answer = mvc.perform(post("/api/plans").with(as(Role.STAFF)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors", hasSize(greaterThan(1))))
                .andExpect(jsonPath("$.errors[0].path").exists())
                .andExpect(jsonPath("$.errors[0].message").exists())
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(answer).get("planId").asLong();
        mvc.perform(get("/api/plans/" + id).with(as(Role.STAFF)))
                .andExpect(jsonPath("$.summary.status").value("invalid"))
                .andExpect(jsonPath("$.validation[0].severity").value("ERROR"));
        mvc.perform(post("/api/plans").with(as(Role.STAFF)).contentType(MediaType.APPLICATION_JSON).content("{oops"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message", containsString("malformed JSON")));
    }

    @Test
    void invalidAndDiscardedPlansAreListedOnlyWhenAskedFor() throws Exception {
        String body = problemJson().replaceFirst("\"region\"\\s*:\\s*\"[^\"]*\"", "\"region\": \"Discard test\"")
                .replaceFirst("\"beds\"\\s*:\\s*\\d+", "\"beds\": -1");
        String answer = mvc.perform(post("/api/plans").with(as(Role.STAFF)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        long invalid = json.readTree(answer).get("planId").asLong();
        long draft = submit("solve=false");
        mvc.perform(get("/api/plans").with(as(Role.STAFF)))
                .andExpect(jsonPath("$[?(@.id == " + invalid + ")]").isEmpty())
                .andExpect(jsonPath("$[?(@.id == " + draft + ")]").exists());
        mvc.perform(get("/api/plans").param("status", "invalid").with(as(Role.STAFF)))
                .andExpect(jsonPath("$[?(@.id == " + invalid + ")]").exists());

        mvc.perform(post("/api/plans/" + invalid + "/discard").with(as(Role.ANALYST))).andExpect(status().isForbidden());
        mvc.perform(post("/api/plans/" + invalid + "/discard").param("reason", "typo in beds").with(as(Role.STAFF)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("discarded"));
        mvc.perform(post("/api/plans/" + draft + "/discard").with(as(Role.STAFF))).andExpect(status().isOk());
        mvc.perform(get("/api/plans").with(as(Role.STAFF)))
                .andExpect(jsonPath("$[?(@.id == " + draft + ")]").isEmpty());
        mvc.perform(get("/api/plans").param("status", "discarded").with(as(Role.STAFF)))
                .andExpect(jsonPath("$[?(@.id == " + invalid + ")]").exists());
        mvc.perform(get("/api/plans/" + invalid + "/audit").with(as(Role.STAFF)))
                .andExpect(jsonPath("$[?(@.event == 'status-changed')].detail.reason").value("typo in beds"));
        mvc.perform(post("/api/plans/" + draft + "/discard").with(as(Role.STAFF)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("only an invalid")));
    }

    @Test
    void aShippedDatasetCanBePostedAsItIsWithItsRoadNetwork() throws Exception {
        String lampung = Files.readString(Path.of("../datasets/lampung-2021-07-26.json"));
        String answer = mvc.perform(post("/api/plans?solve=false").with(as(Role.STAFF))
                        .contentType(MediaType.APPLICATION_JSON).content(lampung))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(answer).get("id").asLong();
        mvc.perform(get("/api/plans/" + id).with(as(Role.STAFF)))
                .andExpect(jsonPath("$.problem.roadNetwork.edges").isNotEmpty());
        mvc.perform(post("/api/plans").with(as(Role.STAFF)).contentType(MediaType.APPLICATION_JSON)
                        .content(lampung.replace("networks/sunda-strait-trunk.json", "../api/pom.xml")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("$.roadNetwork.file"));
    }

    @Test
    void badTimeLimitsAreRefused() throws Exception {
        mvc.perform(post("/api/plans?timeLimit=soon").with(as(Role.STAFF)).contentType(MediaType.APPLICATION_JSON)
                        .content(problemJson()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].path").value("timeLimit"))
                .andExpect(jsonPath("$.errors[0].value").value("soon"));
        mvc.perform(post("/api/plans?timeLimit=9h").with(as(Role.STAFF)).contentType(MediaType.APPLICATION_JSON)
                        .content(problemJson()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message", containsString("at most")));
    }

    @Test
    void listFiltersByDateRegionAndStatus() throws Exception {
        long id = submit("solve=false");
        String date = problem().date().toString();
        String region = problem().region();
        mvc.perform(get("/api/plans").param("date", date).param("region", region).param("status", "created").with(as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")]").exists())
                .andExpect(jsonPath("$[?(@.status != 'created')]").isEmpty());
        mvc.perform(get("/api/plans").param("date", "1999-01-01").with(as(Role.STAFF))).andExpect(jsonPath("$").isEmpty());
        mvc.perform(get("/api/plans").param("status", "cooking").with(as(Role.STAFF)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("status"));
        mvc.perform(get("/api/plans").param("date", "yesterday").with(as(Role.STAFF)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("date"));
    }

    @Test
    void analysisAndAHospitalsWhy() throws Exception {
        long id = solved();
        mvc.perform(get("/api/plans/" + id + "/analysis").with(as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.constraints[0].name").exists())
                .andExpect(jsonPath("$.constraints[0].level").value("hard"));
        mvc.perform(get("/api/plans/" + id + "/hospitals/" + hospitalId()).with(as(Role.STAFF)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hospital.id").value(hospitalId()))
                .andExpect(jsonPath("$.summary", containsString("asked for")))
                .andExpect(jsonPath("$.reasons").isArray());
        mvc.perform(get("/api/plans/" + id + "/hospitals/nobody").with(as(Role.STAFF))).andExpect(status().isNotFound());
    }

    @Test
    void aPlanWithoutSolutionHasNoAnalysisYet() throws Exception {
        long id = submit("solve=false");
        mvc.perform(get("/api/plans/" + id + "/analysis").with(as(Role.STAFF)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail", containsString("no solution yet")));
    }

    @Test
    void progressIsStreamedAsServerSentEventsUntilSolvingEnds() throws Exception {
        long id = submit("timeLimit=2s");
        var result = mvc.perform(get("/api/plans/" + id + "/events").with(as(Role.STAFF)))
                .andExpect(request().asyncStarted()).andReturn();
        result.getAsyncResult(30_000);
        String stream = result.getResponse().getContentAsString();
        assertThat(stream).contains("event:progress").contains("\"status\":\"solving\"").contains("\"bestScore\":");
        assertThat(stream.substring(stream.lastIndexOf("event:progress"))).contains("\"status\":\"solved\"");
    }

    @Test
    void unknownIdsAre404AndNeverShowInternals() throws Exception {
        for (String url : new String[] {"/api/plans/424242", "/api/plans/424242/status", "/api/plans/424242/analysis",
                "/api/plans/424242/audit", "/api/plans/424242/events"}) {
            mvc.perform(get(url).with(as(Role.STAFF)))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.detail").value("plan 424242 not found"))
                    .andExpect(content().string(not(containsString("Exception"))));
        }
        mvc.perform(post("/api/plans/424242/solve").with(as(Role.STAFF))).andExpect(status().isNotFound());
        mvc.perform(get("/api/plans/notanumber").with(as(Role.STAFF)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("id"));
    }

    @Test
    void bodiesOverTheLimitAre413() throws Exception {
        mvc.perform(post("/api/plans").with(as(Role.STAFF)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"region\": \"" + "x".repeat(1_000_001) + "\"}"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
