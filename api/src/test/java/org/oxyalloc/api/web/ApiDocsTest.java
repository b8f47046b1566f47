package org.oxyalloc.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.oxyalloc.api.ApiTest;

/** The OpenAPI description stays one a client generator can use: security, roles, summaries, error answers. */
class ApiDocsTest extends ApiTest {

    @Test
    void everyOperationSaysHowToSignInWhoMayCallItAndHowItFails() throws Exception {
        JsonNode docs = json.readTree(mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        assertThat(docs.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
        assertThat(docs.at("/components/schemas/ProblemDetails/properties/errors").isMissingNode()).isFalse();
        List<String> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : docs.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                String name = method.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = method.getValue();
                operations.add(name);
                assertThat(operation.path("summary").asText()).as("summary of %s", name).isNotBlank();
                assertThat(operation.path("security").toString()).as("security of %s", name).contains("basic");
                assertThat(operation.path("x-roles").asText()).as("roles of %s", name).isNotBlank();
                for (String status : List.of("400", "401", "403")) {
                    assertThat(operation.at("/responses/" + status + "/content").has("application/problem+json"))
                            .as("%s of %s", status, name).isTrue();
                }
            }
        }
        assertThat(operations).contains("POST /api/plans", "GET /api/plans/{id}", "PATCH /api/users/{username}");
        assertThat(docs.at("/paths/~1api~1plans~1{id}~1publication/post/x-roles").asText()).isEqualTo("ADMIN, STAFF");
        assertThat(docs.at("/paths/~1api~1quotas~1{hospitalId}/get/x-roles").asText())
                .isEqualTo("ADMIN, STAFF, ANALYST, HOSPITAL (a hospital's or supplier's own data only)");
        assertThat(docs.at("/paths/~1api~1plans~1{id}~1deliveries/get/x-roles").asText()).startsWith("any signed-in user");
    }
}
