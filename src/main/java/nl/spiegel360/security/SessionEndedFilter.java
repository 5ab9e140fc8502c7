package nl.spiegel360.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page opened with a session the server no longer has (it expired, or the instance that held it went away) is
 * sent to the sign-in page with the reason, so that the person knows why they are asked to sign in again; after
 * signing in they return to the page. Vaadin's own requests, resources and the sign-in page itself pass unchanged.
 */
final class SessionEndedFilter extends OncePerRequestFilter {

    static final String PARAMETER = "expired";

    private final HttpSessionRequestCache requests = new HttpSessionRequestCache();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ended(request)) {
            requests.saveRequest(request, response);
            response.sendRedirect(request.getContextPath() + "/login?" + PARAMETER);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean ended(HttpServletRequest request) {
        if (request.getRequestedSessionId() == null || request.isRequestedSessionIdValid()
                || !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null) {
            return false;
        }
        String accept = request.getHeader("Accept");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return accept != null && accept.contains("text/html") && !path.startsWith("/login")
                && !path.startsWith("/VAADIN") && !path.startsWith("/actuator") && !path.startsWith("/scim");
    }
}
