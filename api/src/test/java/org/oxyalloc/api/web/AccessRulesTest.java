package org.oxyalloc.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.oxyalloc.api.ApiTest;
import org.oxyalloc.api.user.Role;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every endpoint for every role: 401 without credentials (or with a wrong password), 403 for a role that may not,
 * and for a role that may, anything but 401 and 403 (plan 999999 does not exist, so nothing changes).
 */
class AccessRulesTest extends ApiTest {

    private static final Set<Role> ALL = EnumSet.allOf(Role.class);
    private static final Set<Role> READERS = EnumSet.of(Role.ADMIN, Role.STAFF, Role.ANALYST);
    private static final Set<Role> PLANNERS = EnumSet.of(Role.ADMIN, Role.STAFF);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    private static final Set<Role> QUOTA_READERS = EnumSet.of(Role.ADMIN, Role.STAFF, Role.ANALYST, Role.HOSPITAL);
    private static final Set<Role> SUPPLIER_READERS = EnumSet.of(Role.ADMIN, Role.STAFF, Role.ANALYST, Role.SUPPLIER);

    static Stream<Arguments> endpoints() {
        return Stream.of(
                Arguments.of("POST", "/api/plans", "{}", PLANNERS),
                Arguments.of("GET", "/api/plans", null, READERS),
                Arguments.of("GET", "/api/plans/999999", null, READERS),
                Arguments.of("GET", "/api/plans/999999?format=csv", null, READERS),
                Arguments.of("GET", "/api/plans/999999/status", null, READERS),
                Arguments.of("GET", "/api/plans/999999/events", null, READERS),
                Arguments.of("POST", "/api/plans/999999/solve", null, PLANNERS),
                Arguments.of("POST", "/api/plans/999999/termination", null, PLANNERS),
                Arguments.of("GET", "/api/plans/999999/analysis", null, READERS),
                Arguments.of("GET", "/api/plans/999999/hospitals/RS-1", null, READERS),
                Arguments.of("GET", "/api/plans/999999/audit", null, READERS),
                Arguments.of("GET", "/api/plans/999999/dispatch/OWN_SUPPLIER", null, SUPPLIER_READERS),
                Arguments.of("GET", "/api/plans/999999/dispatch/another-supplier", null, READERS),
                Arguments.of("GET", "/api/plans/999999/deliveries", null, ALL),
                Arguments.of("POST", "/api/plans/999999/deliveries", "{}", EnumSet.of(Role.ADMIN, Role.STAFF, Role.SUPPLIER)),
                Arguments.of("POST", "/api/deliveries/999999/confirmation", null, EnumSet.of(Role.ADMIN, Role.STAFF, Role.HOSPITAL)),
                Arguments.of("GET", "/api/plans/999999/deliveries/report", null, READERS),
                Arguments.of("GET", "/api/deliveries?date=2021-07-04&region=x", null, READERS),
                Arguments.of("POST", "/api/plans/999999/next-day", null, PLANNERS),
                Arguments.of("POST", "/api/reports/hospitals", "{}", EnumSet.of(Role.ADMIN, Role.STAFF, Role.HOSPITAL)),
                Arguments.of("GET", "/api/reports/hospitals?date=2021-07-04&region=x", null, READERS),
                Arguments.of("POST", "/api/plans/999999/changes", "{}", PLANNERS),
                Arguments.of("GET", "/api/constraints", null, READERS),
                Arguments.of("POST", "/api/plans/999999/what-if", "{}", READERS),
                Arguments.of("GET", "/api/comparisons?base=999999&other=999998", null, READERS),
                Arguments.of("POST", "/api/plans/999999/publication", "{}", PLANNERS),
                Arguments.of("GET", "/api/quotas/OWN?date=2021-07-04", null, QUOTA_READERS),
                Arguments.of("GET", "/api/quotas/OWN?date=2021-07-04&format=csv", null, QUOTA_READERS),
                Arguments.of("GET", "/api/quotas/another-hospital?date=2021-07-04", null, READERS),
                Arguments.of("GET", "/api/quotas/another-hospital?date=2021-07-04&format=csv", null, READERS),
                Arguments.of("GET", "/api/datasets", null, READERS),
                Arguments.of("POST", "/api/datasets/no-such-dataset/plans", null, PLANNERS),
                Arguments.of("GET", "/api/users", null, ADMIN),
                Arguments.of("POST", "/api/users", "{}", ADMIN),
                Arguments.of("GET", "/api/audit", null, ADMIN),
                Arguments.of("GET", "/actuator/metrics", null, ADMIN));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void onlyTheAllowedRolesGetThrough(String method, String url, String body, Set<Role> allowed) throws Exception {
        String target = url.replace("OWN_SUPPLIER", supplierId()).replace("OWN", hospitalId());
        assertThat(status(call(method, target, body))).isEqualTo(401);
        assertThat(status(call(method, target, body).with(httpBasic("staff", "wrong password")))).isEqualTo(401);
        for (Role role : Role.values()) {
            int status = status(call(method, target, body).with(as(role)));
            if (allowed.contains(role)) {
                assertThat(status).as("%s %s as %s", method, url, role).isNotIn(401, 403);
            } else {
                assertThat(status).as("%s %s as %s", method, url, role).isEqualTo(403);
            }
        }
    }

    private MockHttpServletRequestBuilder call(String method, String url, String body) {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), url);
        return body == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void aChangePostedFromAnotherSiteIsRefusedWhateverItsCredentials() throws Exception {
        assertThat(status(call("POST", "/api/datasets/lampung-2021-07-26/plans", null).with(as(Role.STAFF))
                .header("Origin", "https://evil.example"))).isEqualTo(403);
        assertThat(status(call("POST", "/api/plans/999999/termination", null).with(as(Role.STAFF))
                .header("Origin", "http://localhost"))).as("the service's own origin").isEqualTo(404);
        assertThat(status(call("GET", "/api/plans", null).with(as(Role.STAFF)).header("Origin", "https://evil.example")))
                .as("reading is not a change").isEqualTo(200);
    }
}
