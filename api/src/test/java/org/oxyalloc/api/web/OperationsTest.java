package org.oxyalloc.api.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.oxyalloc.api.ApiTest;
import org.oxyalloc.api.user.Role;

/** Health for everyone, metrics for administrators, and the OpenAPI description without login. */
class OperationsTest extends ApiTest {

    @Test
    void healthIsPublic() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void planMetricsAreExposed() throws Exception {
        solved();
        mvc.perform(get("/actuator/metrics/oxyalloc.plans").param("tag", "status:solved").with(as(Role.ADMIN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.measurements[0].value").isNumber());
        mvc.perform(get("/actuator/metrics/oxyalloc.solving.jobs").with(as(Role.ADMIN))).andExpect(status().isOk());
        mvc.perform(get("/actuator/metrics/oxyalloc.solving.queue").with(as(Role.ADMIN))).andExpect(status().isOk());
        mvc.perform(get("/actuator/metrics/oxyalloc.solve.duration").with(as(Role.ADMIN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.measurements[0].value").isNumber());
    }

    @Test
    void theApiIsDescribedWithOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/plans']").exists())
                .andExpect(jsonPath("$.paths['/api/quotas/{hospitalId}']").exists())
                .andExpect(jsonPath("$.components.schemas.Problem.properties.hospitals").exists());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }
}
