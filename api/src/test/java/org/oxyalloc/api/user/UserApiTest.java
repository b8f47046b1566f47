package org.oxyalloc.api.user;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.oxyalloc.api.ApiTest;
import org.springframework.http.MediaType;

class UserApiTest extends ApiTest {

    @Test
    void administratorsCreateUsersWhoCanThenSignIn() throws Exception {
        mvc.perform(post("/api/users").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"rsud-a\", \"password\": \"long enough\", \"role\": \"HOSPITAL\", \"hospitalId\": \"H-1\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.hospitalId").value("H-1"))
                .andExpect(jsonPath("$.createdBy").value("admin"))
                .andExpect(jsonPath("$.passwordHash").doesNotExist());
        mvc.perform(get("/api/quotas/H-2?date=2021-07-04").with(httpBasic("rsud-a", "long enough")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/users").with(as(Role.ADMIN))).andExpect(jsonPath("$[?(@.username == 'rsud-a')]").exists());
        mvc.perform(get("/api/audit").with(as(Role.ADMIN)))
                .andExpect(jsonPath("$[?(@.event == 'user-created' && @.detail.username == 'rsud-a')].username").value("admin"));
    }

    @Test
    void invalidUsersAreRefusedWithEveryError() throws Exception {
        mvc.perform(post("/api/users").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"bad name!\", \"password\": \"short\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3));
        mvc.perform(post("/api/users").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"analyst2\", \"password\": \"long enough\", \"role\": \"ANALYST\", \"hospitalId\": \"H-1\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("hospitalId"));
        mvc.perform(post("/api/users").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"staff\", \"password\": \"long enough\", \"role\": \"STAFF\"}"))
                .andExpect(status().isConflict());
    }
}
