package org.oxyalloc.api.demo;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.oxyalloc.api.ApiTest;
import org.oxyalloc.api.user.Role;

class DemoApiTest extends ApiTest {

    @Test
    void datasetsAreListedAndLoadedAsPlans() throws Exception {
        mvc.perform(get("/api/datasets").with(as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == '" + DATASET + "')].file").value(DATASET + ".json"));
        String answer = mvc.perform(post("/api/datasets/" + DATASET + "/plans?solve=false").with(as(Role.STAFF)))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.status").value("created"))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(answer).get("id").asLong();
        mvc.perform(get("/api/plans/" + id + "/audit").with(as(Role.STAFF)))
                .andExpect(jsonPath("$[0].detail.source").value("dataset " + DATASET));
        mvc.perform(post("/api/datasets/nothing/plans").with(as(Role.STAFF))).andExpect(status().isNotFound());
    }
}
