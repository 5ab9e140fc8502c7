package nl.spiegel360.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.base.TransientFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rights follow changes at once, on every instance: each request of a signed-in session compares the account the
 * session signed in with (e-mail, password, active, roles) with the account in the database now. When they differ
 * (a role was removed or given, the person was deactivated or erased, the password changed) the session ends and
 * the request goes on as one of somebody not signed in, who is asked to sign in again.
 *
 * <p>When the database cannot be reached the check cannot be made, and the request goes on with the session's
 * rights: whatever it needs from the database fails on its own path, which tells the person why (an answer shows
 * "Niet opgeslagen — de database is niet bereikbaar") instead of the request failing here without a word. Nothing
 * can be read meanwhile that the session could not read before the outage, because reading needs the database.
 */
class SessionFreshnessFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionFreshnessFilter.class);

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
        if (user != null && !stillValid(user)) {
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

    private boolean stillValid(SpiegelUser user) {
        try {
            return accounts.current(user.personId()).filter(now -> now.sameRightsAs(user)).isPresent();
        } catch (RuntimeException e) {
            if (!TransientFailures.isTransient(e)) {
                throw e;
            }
            log.warn("The session of person {} was not checked: the database is unreachable ({})", user.personId(),
                    e.getMessage());
            return true;
        }
    }
}
