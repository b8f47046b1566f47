package org.oxyalloc.api.user;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.oxyalloc.api.web.LogContextFilter;

/**
 * Two ways in, one set of rules. The API answers HTTP Basic (API clients, curl) and also the browser session of a
 * signed-in page, so that a page's downloads and requests go through the same endpoints and checks; a request
 * authenticated by that session cookie must carry the session's CSRF token to change anything. The pages sign in with
 * a form and keep a session, with CSRF protection on every form. Access rules by URL here; a hospital or supplier
 * user's own-data checks are in the services that read its data.
 */
@Configuration
public class SecurityConfig {

    private static final String[] READERS = {"ADMIN", "STAFF", "ANALYST"};
    private static final String[] PLANNERS = {"ADMIN", "STAFF"};
    /** Who reads a supplier's dispatch sheets and deliveries: the supplier itself (its own only) and the readers. */
    private static final String[] SUPPLIER_READERS = {"ADMIN", "STAFF", "ANALYST", "SUPPLIER"};
    /**
     * Pages may load only what the application serves itself (no CDN, no inline script), and the map's tiles from
     * the tile server when one is configured.
     */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:%s; object-src 'none'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
    private static final Pattern ORIGIN = Pattern.compile("^(https?://[^/]+)");

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json, UserRepository users, SignInThrottle throttle)
            throws Exception {
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .addFilterBefore(new ForeignOriginCheck((response, origin) -> write(response, json, HttpStatus.FORBIDDEN,
                        "a change sent from another site (Origin " + origin + ") is refused")), BasicAuthenticationFilter.class)
                .addFilterBefore(new SignInThrottleFilter(throttle, (request, response, wait) -> {
                    long seconds = SignInThrottle.seconds(wait);
                    response.setHeader("Retry-After", String.valueOf(seconds));
                    write(response, json, HttpStatus.TOO_MANY_REQUESTS, "too many wrong passwords for this account or "
                            + "from this address; try again in " + seconds + " s");
                }), BasicAuthenticationFilter.class)
                .addFilterBefore(new SessionAccountCheck(users), AuthorizationFilter.class)
                .addFilterAfter(new LogContextFilter(), AuthorizationFilter.class)
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfig::changesBySessionCookie))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .securityContext(context -> context.securityContextRepository(sessionsOfThePages()))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"oxyalloc\"");
                    write(response, json, HttpStatus.UNAUTHORIZED, "sign in with HTTP Basic");
                }))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) ->
                        write(response, json, HttpStatus.FORBIDDEN, e instanceof CsrfException
                                ? "a request signed in by the page's session needs its CSRF token (header X-CSRF-TOKEN)"
                                : "your role does not allow this")))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                            .requestMatchers("/actuator/health/**").permitAll();
                    for (ApiAccess.Rule rule : ApiAccess.RULES) {
                        String[] patterns = rule.patterns().toArray(String[]::new);
                        var allowed = rule.method() == null ? auth.requestMatchers(patterns)
                                : auth.requestMatchers(rule.method(), patterns);
                        if (rule.roles().isEmpty()) {
                            allowed.authenticated();
                        } else {
                            allowed.hasAnyRole(ApiAccess.roleNames(rule));
                        }
                    }
                    auth.anyRequest().denyAll();
                });
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, UserRepository users, SignInThrottle throttle,
            @Value("${oxyalloc.map.tile-url}") String tileUrl) throws Exception {
        Matcher origin = ORIGIN.matcher(tileUrl.strip());
        String tiles = origin.find() ? " " + origin.group(1).replace("{s}", "*") : "";
        http.addFilterBefore(new SignInThrottleFilter(throttle, (request, response, wait) -> response.sendRedirect(
                        request.getContextPath() + "/login?wait=" + SignInThrottle.seconds(wait))),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SessionAccountCheck(users), AuthorizationFilter.class)
                .addFilterAfter(new LogContextFilter(), AuthorizationFilter.class)
                .formLogin(login -> login.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY.formatted(tiles))))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/map/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers("/constraints", "/comparisons").hasAnyRole(READERS)
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers(POST, "/hospitals/*/reports").hasAnyRole("ADMIN", "STAFF", "HOSPITAL")
                        .requestMatchers("/hospitals/**").hasAnyRole("ADMIN", "STAFF", "ANALYST", "HOSPITAL")
                        .requestMatchers("/suppliers/**").hasAnyRole(SUPPLIER_READERS)
                        .requestMatchers(POST, "/plans/*/deliveries").hasAnyRole("ADMIN", "STAFF", "SUPPLIER")
                        .requestMatchers(POST, "/deliveries/*/confirmation").hasAnyRole("ADMIN", "STAFF", "HOSPITAL")
                        .requestMatchers(GET, "/plans/*/deliveries", "/plans/*/dispatch/*").hasAnyRole(SUPPLIER_READERS)
                        .requestMatchers(POST, "/plans/*/publication", "/plans/*/solve", "/plans/*/termination",
                                "/plans/*/discard", "/plans/*/replan", "/plans/*/changes", "/plans/*/next-day")
                        .hasAnyRole(PLANNERS)
                        .requestMatchers("/plans/new", "/plans/new/**").hasAnyRole(PLANNERS)
                        .requestMatchers("/plans/**").hasAnyRole(READERS)
                        .anyRequest().authenticated());
        return http.build();
    }

    /** The firewall's refusals (a path with "..", "//" or an encoded slash) as problem details, like every error. */
    @Bean
    RequestRejectedHandler requestRejected(ObjectMapper json) {
        return (request, response, e) -> write(response, json, HttpStatus.BAD_REQUEST, "the request's address is refused: "
                + "it holds '..', '//', an encoded slash or another sequence the service does not accept");
    }

    /** Reads the session a page's sign-in made; never makes one, so API clients stay without cookies. */
    private static HttpSessionSecurityContextRepository sessionsOfThePages() {
        HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
        sessions.setAllowSessionCreation(false);
        return sessions;
    }

    /** Changes (not GET, HEAD or OPTIONS) signed in by the session cookie, not by an Authorization header. */
    private static boolean changesBySessionCookie(HttpServletRequest request) {
        boolean safe = Set.of("GET", "HEAD", "OPTIONS", "TRACE").contains(request.getMethod());
        return !safe && request.getHeader("Authorization") == null && request.getSession(false) != null;
    }

    @Bean
    PasswordEncoder passwordEncoder(@Value("${oxyalloc.security.bcrypt-strength}") int strength) {
        return new RememberingPasswordEncoder(new BCryptPasswordEncoder(strength));
    }

    @Bean
    UserDetailsService accounts(UserRepository users) {
        return username -> users.find(username).map(AccountDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    private static void write(HttpServletResponse response, ObjectMapper json, HttpStatus status, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(status, detail));
    }
}
