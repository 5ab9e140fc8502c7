package nl.spiegel360.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import nl.spiegel360.audit.AuditLog;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rights follow changes at once, on every instance: each request of a signed-in session compares the account the
 * session signed in with (e-mail, password, active, roles) with the account in the database now. When they differ
 * (a role was removed or given, the person was deactivated or erased, the password changed) the session ends and
 * the request goes on as one of somebody not signed in, who is asked to sign in again.
 */
class SessionFreshnessFilter extends OncePerRequestFilter {

    private final AccountLookup accounts;
    private final AuditLog audit;

    SessionFreshnessFilter(AccountLookup accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        SpiegelUser user = SpiegelUser.of(authentication == null ? null : authentication.getPrincipal());
        if (user != null && !accounts.current(user.personId()).filter(now -> now.sameRightsAs(user)).isPresent()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            audit.recordSeparately(user.email(), "session.ended", "account changed since sign-in, address "
                    + request.getRemoteAddr());
        }
        chain.doFilter(request, response);
    }
}
