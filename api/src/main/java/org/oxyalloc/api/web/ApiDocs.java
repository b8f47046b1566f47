package org.oxyalloc.api.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.oxyalloc.api.user.ApiAccess;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The OpenAPI description a client generator can use: HTTP Basic declared and required by every operation, each
 * operation's roles (from {@link ApiAccess}, the table the security chain applies) in its description and as
 * {@code x-roles}, and its error answers as problem details.
 */
@Configuration
class ApiDocs {

    private static final String BASIC = "basic";
    private static final String PROBLEM = "ProblemDetails";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI openApi() {
        return new OpenAPI()
                .info(new Info().title("oxyalloc").version("1").description("Allocation of medical oxygen: the day's "
                        + "problems, plans, quotas and publications. Sign in with HTTP Basic; docs/api.md walks through it.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    /** Added by the customizer: springdoc replaces the schemas of the bean above with those it generates. */
    private static Schema<?> problemDetails() {
        Schema<?> error = new ObjectSchema()
                .addProperty("path", new StringSchema().description("where: a JSON path, a parameter, a file's row and column"))
                .addProperty("value", new StringSchema().description("the value given, if any"))
                .addProperty("message", new StringSchema().description("what is expected"));
        return new ObjectSchema().description("RFC 7807 problem details")
                .addProperty("type", new StringSchema()).addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema()).addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new ArraySchema().items(error));
    }

    @Bean
    OpenApiCustomizer rolesAndErrors() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, problemDetails());
            api.getPaths().forEach((path, item) -> operations(item).forEach((method, operation) -> describe(path,
                    method, operation)));
        };
    }

    private static void describe(String path, HttpMethod method, Operation operation) {
        ApiAccess.rule(method, path).ifPresent(rule -> {
            operation.addExtension("x-roles", rule.describe());
            operation.setDescription((operation.getDescription() == null ? "" : operation.getDescription() + " ")
                    + "Roles: " + rule.describe() + ".");
        });
        operation.addSecurityItem(new SecurityRequirement().addList(BASIC));
        error(operation, "400", "invalid input: every error, with path, value and expectation");
        error(operation, "401", "not signed in, or a wrong password");
        error(operation, "403", "the role does not allow this");
        error(operation, "429", "too many wrong passwords: wait as Retry-After says");
        if (path.contains("{")) {
            error(operation, "404", "no such plan, hospital, supplier or user");
        }
        if (method != HttpMethod.GET) {
            error(operation, "409", "the plan's or user's state does not allow this now");
        }
    }

    private static void error(Operation operation, String status, String description) {
        operation.getResponses().computeIfAbsent(status, s -> new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    private static Map<HttpMethod, Operation> operations(PathItem item) {
        Map<HttpMethod, Operation> operations = new LinkedHashMap<>();
        put(operations, HttpMethod.GET, item.getGet());
        put(operations, HttpMethod.POST, item.getPost());
        put(operations, HttpMethod.PUT, item.getPut());
        put(operations, HttpMethod.PATCH, item.getPatch());
        put(operations, HttpMethod.DELETE, item.getDelete());
        return operations;
    }

    private static void put(Map<HttpMethod, Operation> operations, HttpMethod method, Operation operation) {
        if (operation != null) {
            operations.put(method, operation);
        }
    }
}
