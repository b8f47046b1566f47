package org.oxyalloc.api.user;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page's session ends as soon as its user is disabled, given another role or hospital, or a new password: each
 * request that carries a session checks the stored account, and a stale one is signed out (the page then asks to sign
 * in again), whatever other header the request sends.
 */
class SessionAccountCheck extends OncePerRequestFilter {

    private final UserRepository users;

    SessionAccountCheck(UserRepository users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && signedIn != null && signedIn.getPrincipal() instanceof AccountDetails account
                && !stillValid(account)) {
            session.invalidate();
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(AccountDetails account) {
        Optional<UserAccount> stored = users.find(account.getUsername());
        return stored.isPresent() && stored.get().enabled()
                && account.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + stored.get().role().name()))
                && Objects.equals(stored.get().hospitalId(), account.hospitalId())
                && Objects.equals(stored.get().supplierId(), account.supplierId())
                && Objects.equals(stored.get().passwordHash(), account.passwordHash());
    }
}
