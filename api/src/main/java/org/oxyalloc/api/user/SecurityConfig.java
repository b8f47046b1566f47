package org.oxyalloc.api.user;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.oxyalloc.api.web.LogContextFilter;

/**
 * HTTP Basic for people and API clients alike, stateless (so no CSRF token: no cookie carries the login).
 * Access rules by URL in one place; a hospital user's own-hospital check is in the quota service.
 */
@Configuration
public class SecurityConfig {

    private static final String[] READERS = {"ADMIN", "STAFF", "ANALYST"};
    private static final String[] PLANNERS = {"ADMIN", "STAFF"};

    @Bean
    SecurityFilterChain api(HttpSecurity http, ObjectMapper json) throws Exception {
        http.addFilterAfter(new LogContextFilter(), AuthorizationFilter.class)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"oxyalloc\"");
                    write(response, json, HttpStatus.UNAUTHORIZED, "sign in with HTTP Basic");
                }))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) ->
                        write(response, json, HttpStatus.FORBIDDEN, "your role does not allow this")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/actuator/health/**", "/error").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/api/users/**", "/api/audit").hasRole("ADMIN")
                        .requestMatchers(GET, "/api/quotas/**").authenticated()
                        .requestMatchers(POST, "/api/plans/*/publication").hasAnyRole(PLANNERS)
                        .requestMatchers(POST, "/api/plans/*/what-if").hasAnyRole(READERS)
                        .requestMatchers(POST, "/api/plans", "/api/plans/*/solve", "/api/plans/*/termination",
                                "/api/datasets/*/plans").hasAnyRole(PLANNERS)
                        .requestMatchers(GET, "/api/**").hasAnyRole(READERS)
                        .anyRequest().denyAll());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder(@Value("${oxyalloc.security.bcrypt-strength}") int strength) {
        return new BCryptPasswordEncoder(strength);
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
