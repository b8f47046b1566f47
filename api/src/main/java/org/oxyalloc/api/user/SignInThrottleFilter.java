package org.oxyalloc.api.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt (an HTTP Basic header, or the sign-in form's POST) while {@link SignInThrottle} says its
 * account or address must wait: the API answers 429 with Retry-After, the form goes back to the sign-in page saying
 * how long to wait. Requests signed in by a session are not attempts and pass.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    /** How the refusal is answered. */
    interface Refusal {
        void refuse(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException;
    }

    private final SignInThrottle throttle;
    private final Refusal refusal;

    SignInThrottleFilter(SignInThrottle throttle, Refusal refusal) {
        this.throttle = throttle;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> username = attempt(request);
        if (username.isPresent()) {
            Optional<Duration> wait = throttle.waitFor(username.get(), request.getRemoteAddr());
            if (wait.isPresent()) {
                refusal.refuse(request, response, wait.get());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The user name an attempt to sign in gives, if the request is one. */
    private static Optional<String> attempt(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        if ("POST".equals(request.getMethod()) && request.getRequestURI().equals(request.getContextPath() + "/login")) {
            return Optional.of(String.valueOf(request.getParameter("username")));
        }
        return Optional.empty();
    }
}
