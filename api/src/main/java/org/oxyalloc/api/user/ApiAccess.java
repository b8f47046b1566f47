package org.oxyalloc.api.user;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may call which API endpoint, in one table: the security chain applies it (first match wins, anything else is
 * refused) and the OpenAPI description states each operation's roles from it, so that the two cannot differ.
 */
public final class ApiAccess {

    /**
     * One rule: a method (null: any) and paths, and the roles allowed (none: anyone signed in).
     *
     * @param patterns Spring path patterns, * for one segment and ** for the rest
     */
    public record Rule(HttpMethod method, List<String> patterns, List<Role> roles) {

        boolean matches(HttpMethod requestMethod, String path) {
            return (method == null || method.equals(requestMethod))
                    && patterns.stream().map(PARSER::parse).anyMatch(pattern -> pattern.matches(PathContainer.parsePath(path)));
        }

        /** The roles in words, for the API's description. */
        public String describe() {
            String own = " (a hospital's or supplier's own data only)";
            if (roles.isEmpty()) {
                return "any signed-in user" + own;
            }
            boolean bound = roles.contains(Role.HOSPITAL) || roles.contains(Role.SUPPLIER);
            return String.join(", ", roles.stream().map(Role::name).toList()) + (bound ? own : "");
        }
    }

    private static final PathPatternParser PARSER = new PathPatternParser();
    private static final List<Role> ADMIN = List.of(Role.ADMIN);
    private static final List<Role> PLANNERS = List.of(Role.ADMIN, Role.STAFF);
    private static final List<Role> READERS = List.of(Role.ADMIN, Role.STAFF, Role.ANALYST);
    private static final List<Role> QUOTA_READERS = List.of(Role.ADMIN, Role.STAFF, Role.ANALYST, Role.HOSPITAL);

    /** In order: the first rule that matches a request decides. */
    public static final List<Rule> RULES = List.of(
            allow(null, ADMIN, "/actuator/**"),
            allow(HttpMethod.PUT, List.of(), "/api/users/me/password"),
            allow(null, ADMIN, "/api/users/**", "/api/audit"),
            allow(HttpMethod.GET, QUOTA_READERS, "/api/quotas/**"),
            allow(HttpMethod.GET, List.of(), "/api/plans/*/deliveries"),
            allow(HttpMethod.POST, List.of(Role.ADMIN, Role.STAFF, Role.SUPPLIER), "/api/plans/*/deliveries"),
            allow(HttpMethod.POST, List.of(Role.ADMIN, Role.STAFF, Role.HOSPITAL), "/api/deliveries/*/confirmation"),
            allow(HttpMethod.GET, List.of(Role.ADMIN, Role.STAFF, Role.ANALYST, Role.SUPPLIER), "/api/plans/*/dispatch/*"),
            allow(HttpMethod.POST, List.of(Role.ADMIN, Role.STAFF, Role.HOSPITAL), "/api/reports/hospitals"),
            allow(HttpMethod.POST, PLANNERS, "/api/plans/*/publication"),
            allow(HttpMethod.POST, READERS, "/api/plans/*/what-if"),
            allow(HttpMethod.POST, PLANNERS, "/api/plans", "/api/plans/*/solve", "/api/plans/*/termination",
                    "/api/plans/*/discard", "/api/plans/*/replan", "/api/plans/*/changes", "/api/plans/*/next-day",
                    "/api/datasets/*/plans"),
            allow(HttpMethod.GET, READERS, "/api/**"));

    private ApiAccess() {
    }

    /** The rule for an operation of the API description, its path variables as in /api/plans/{id}. */
    public static Optional<Rule> rule(HttpMethod method, String path) {
        String concrete = path.replaceAll("\\{[^}]+}", "x");
        return RULES.stream().filter(rule -> rule.matches(method, concrete)).findFirst();
    }

    private static Rule allow(HttpMethod method, List<Role> roles, String... patterns) {
        return new Rule(method, Arrays.asList(patterns), roles);
    }

    /** For the security chain: the roles as Spring Security names them. */
    static String[] roleNames(Rule rule) {
        return rule.roles().stream().map(Role::name).toArray(String[]::new);
    }
}
