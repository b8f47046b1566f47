package org.oxyalloc.api.web;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oxyalloc.api.user.CurrentUser;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Each request's log lines name its user and, under /api/plans/{id} and the pages /plans/{id}, its plan. Runs after
 * authentication.
 */
public class LogContextFilter extends OncePerRequestFilter {

    private static final Pattern PLAN = Pattern.compile("^(?:/api)?/plans/(\\d{1,18})(/.*)?$");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher plan = PLAN.matcher(request.getRequestURI());
        try (var ignored = LogContext.of(plan.matches() ? Long.valueOf(plan.group(1)) : null, CurrentUser.name())) {
            chain.doFilter(request, response);
        }
    }
}
