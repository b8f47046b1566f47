package org.oxyalloc.api.user;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.oxyalloc.api.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

class UserApiTest extends ApiTest {

    @Autowired
    private UserService users;

    @Test
    void administratorsCreateUsersWhoCanThenSignIn() throws Exception {
        mvc.perform(post("/api/users").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"rsud-a\", \"password\": \"long enough now\", \"role\": \"HOSPITAL\", \"hospitalId\": \"H-1\", \"unknownIdConfirmed\": true}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.hospitalId").value("H-1"))
                .andExpect(jsonPath("$.createdBy").value("admin"))
                .andExpect(jsonPath("$.passwordHash").doesNotExist());
        mvc.perform(get("/api/quotas/H-2?date=2021-07-04").with(httpBasic("rsud-a", "long enough now")))
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
                        .content("{\"username\": \"analyst2\", \"password\": \"long enough now\", \"role\": \"ANALYST\", \"hospitalId\": \"H-1\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("hospitalId"));
        mvc.perform(post("/api/users").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"staff\", \"password\": \"long enough now\", \"role\": \"STAFF\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void administratorsChangeDisableAndResetUsers() throws Exception {
        create("{\"username\": \"clerk\", \"password\": \"first password\", \"role\": \"ANALYST\"}");
        mvc.perform(get("/api/plans").with(httpBasic("clerk", "first password"))).andExpect(status().isOk());
        mvc.perform(post("/api/plans").with(httpBasic("clerk", "first password")).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isForbidden());

        mvc.perform(patch("/api/users/clerk").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\": \"STAFF\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.role").value("STAFF"))
                .andExpect(jsonPath("$.updatedBy").value("admin"));
        mvc.perform(post("/api/plans?solve=false").with(httpBasic("clerk", "first password"))
                .contentType(MediaType.APPLICATION_JSON).content(problemJson())).andExpect(status().isAccepted());

        mvc.perform(patch("/api/users/clerk").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"enabled\": false}")).andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(get("/api/plans").with(httpBasic("clerk", "first password"))).andExpect(status().isUnauthorized());

        mvc.perform(put("/api/users/clerk/password").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"password\": \"second password\"}")).andExpect(status().isNoContent());
        mvc.perform(patch("/api/users/clerk").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"enabled\": true}")).andExpect(jsonPath("$.enabled").value(true));
        mvc.perform(get("/api/plans").with(httpBasic("clerk", "first password"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/plans").with(httpBasic("clerk", "second password"))).andExpect(status().isOk());

        mvc.perform(get("/api/audit").with(as(Role.ADMIN)))
                .andExpect(jsonPath("$[?(@.event == 'user-changed' && @.detail.enabled == false)].detail.username", hasItem("clerk")))
                .andExpect(jsonPath("$[?(@.event == 'password-reset')].detail.username", hasItem("clerk")));
    }

    @Test
    void theLastAdministratorStaysAndWeakPasswordsAreRefused() throws Exception {
        mvc.perform(patch("/api/users/admin").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\": \"STAFF\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("last enabled administrator")));
        mvc.perform(patch("/api/users/admin").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"enabled\": false}")).andExpect(status().isConflict());
        for (String weak : List.of("password", "Password1234", "aaaaaaaaaaaa", "weakling1234")) {
            mvc.perform(post("/api/users").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"username\": \"weakling1234\", \"password\": \"" + weak + "\", \"role\": \"STAFF\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].path").value("password"))
                    .andExpect(jsonPath("$.errors[0].value").doesNotExist());
        }
        mvc.perform(patch("/api/users/nobody").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"enabled\": false}")).andExpect(status().isNotFound());
        mvc.perform(patch("/api/users/staff").with(as(Role.STAFF)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\": \"ADMIN\"}")).andExpect(status().isForbidden());
        mvc.perform(patch("/api/users/staff").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\": \"HOSPITAL\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("hospitalId"));
    }

    @Test
    void aHospitalOrSupplierAccountNamesAnIdOfAStoredProblemOrIsConfirmedNew() throws Exception {
        mvc.perform(post("/api/users").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"rs-typo\", \"password\": \"long enough now\", \"role\": \"HOSPITAL\", \"hospitalId\": \"NO-SUCH-RS\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("hospitalId"))
                .andExpect(jsonPath("$.errors[0].value").value("NO-SUCH-RS"))
                .andExpect(jsonPath("$.errors[0].message", containsString("no stored problem has a hospital")));
        mvc.perform(post("/api/users").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"plant-typo\", \"password\": \"long enough now\", \"role\": \"SUPPLIER\", \"supplierId\": \"" + hospitalId() + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("supplierId"));

        submit("solve=false");
        mvc.perform(post("/api/users").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"rs-known\", \"password\": \"long enough now\", \"role\": \"HOSPITAL\", \"hospitalId\": \"" + hospitalId() + "\"}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/users").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"plant-known\", \"password\": \"long enough now\", \"role\": \"SUPPLIER\", \"supplierId\": \"" + supplierId() + "\"}"))
                .andExpect(status().isCreated());
        mvc.perform(patch("/api/users/rs-known").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"hospitalId\": \"RS-NEW-1\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("hospitalId"));
        mvc.perform(patch("/api/users/rs-known").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"hospitalId\": \"RS-NEW-1\", \"unknownIdConfirmed\": true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.hospitalId").value("RS-NEW-1"));
    }

    @Test
    void guessingTheCurrentPasswordOfAnOpenSessionIsSlowedDownToo() throws Exception {
        create("{\"username\": \"left-open\", \"password\": \"the real password\", \"role\": \"ANALYST\"}");
        for (int i = 0; i < 5; i++) {
            mvc.perform(put("/api/users/me/password").with(httpBasic("left-open", "the real password"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"currentPassword\": \"guess " + i + "\", \"password\": \"taken over at last\"}"))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("currentPassword"));
        }
        mvc.perform(put("/api/users/me/password").with(httpBasic("left-open", "the real password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"the real password\", \"password\": \"taken over at last\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "30"))
                .andExpect(jsonPath("$.detail").value(containsString("too many wrong passwords")));
    }

    @Test
    void guessingPasswordsIsSlowedDownWith429AndRetryAfter() throws Exception {
        create("{\"username\": \"guessed\", \"password\": \"the real password\", \"role\": \"ANALYST\"}");
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/plans").with(httpBasic("guessed", "guess " + i))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/plans").with(httpBasic("guessed", "the real password")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "30"))
                .andExpect(jsonPath("$.detail").value(containsString("too many wrong passwords")));
        mvc.perform(get("/api/plans").with(as(Role.ANALYST))).andExpect(status().isOk());
    }

    @Test
    void everyUserChangesTheirOwnPasswordAndAnAdministratorCanBeRecovered() throws Exception {
        create("{\"username\": \"rs-own\", \"password\": \"hospital first pass\", \"role\": \"HOSPITAL\", \"hospitalId\": \"H-9\", \"unknownIdConfirmed\": true}");
        mvc.perform(put("/api/users/me/password").with(httpBasic("rs-own", "hospital first pass"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"not it at all\", \"password\": \"hospital second pass\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("currentPassword"));
        mvc.perform(put("/api/users/me/password").with(httpBasic("rs-own", "hospital first pass"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\": \"hospital first pass\", \"password\": \"hospital second pass\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/quotas/H-9?date=2021-07-04").with(httpBasic("rs-own", "hospital first pass")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/quotas/H-9?date=2021-07-04").with(httpBasic("rs-own", "hospital second pass")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/users").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"me\", \"password\": \"a long password\", \"role\": \"STAFF\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].path").value("username"));

        users.recoverAdministrator("recovered admin pass");
        try {
            mvc.perform(get("/api/users").with(httpBasic("admin", "recovered admin pass"))).andExpect(status().isOk());
            mvc.perform(get("/api/audit").with(httpBasic("admin", "recovered admin pass")))
                    .andExpect(jsonPath("$[?(@.event == 'admin-recovered')].username", hasItem("system")));
        } finally {
            users.recoverAdministrator("admin-password");
        }
    }

    private void create(String user) throws Exception {
        mvc.perform(post("/api/users").with(as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON).content(user))
                .andExpect(status().isCreated());
    }
}
