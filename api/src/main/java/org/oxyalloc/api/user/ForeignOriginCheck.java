package org.oxyalloc.api.user;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser that holds a user's Basic credentials sends them along with a form another site posts to the API; the
 * browser also says where the form came from (Origin). A change whose Origin is another host than the service's own
 * is refused; API clients (curl, scripts) send no Origin and pass, and so do the service's own pages.
 */
class ForeignOriginCheck extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    /** How the refusal is answered. */
    interface Refusal {
        void refuse(HttpServletResponse response, String origin) throws IOException;
    }

    private final Refusal refusal;

    ForeignOriginCheck(Refusal refusal) {
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader("Origin");
        if (origin != null && !SAFE.contains(request.getMethod()) && !sameHost(origin, host(request))) {
            refusal.refuse(response, origin);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String host(HttpServletRequest request) {
        String header = request.getHeader("Host");
        if (header != null) {
            return header;
        }
        int port = request.getServerPort();
        return port == 80 || port == 443 ? request.getServerName() : request.getServerName() + ":" + port;
    }

    /** By host and port only: behind a TLS proxy the page is https while the request reaching us is http. */
    private static boolean sameHost(String origin, String host) {
        try {
            URI uri = URI.create(origin);
            if (uri.getHost() == null || host == null) {
                return false;
            }
            String originHost = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return originHost.equalsIgnoreCase(host) || (uri.getPort() < 0 && host.equalsIgnoreCase(uri.getHost()
                    + ":" + ("https".equals(uri.getScheme()) ? 443 : 80)));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
