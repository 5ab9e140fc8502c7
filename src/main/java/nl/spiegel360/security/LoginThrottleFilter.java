package nl.spiegel360.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import nl.spiegel360.audit.AuditLog;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses a sign-in attempt while its account or address must pause, before the password is even checked. */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final AuditLog audit;

    LoginThrottleFilter(LoginThrottle throttle, AuditLog audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    /** A post of the sign-in form, whatever servlet path the container reports. */
    static boolean isLogin(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/login");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isLogin(request)) {
            String email = request.getParameter("username") == null ? "" : request.getParameter("username");
            Duration pause = throttle.pauseFor(email, request.getRemoteAddr());
            if (!pause.isZero()) {
                audit.recordSeparately(email, "login.paused", "address " + request.getRemoteAddr() + ", "
                        + pause.toSeconds() + " s");
                response.sendRedirect(request.getContextPath() + "/login?error&paused=" + pause.toSeconds());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
