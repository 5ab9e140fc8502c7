package nl.spiegel360.security;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/** Ends every session of one account, for example when the account is deactivated. */
@Component
public class SessionTerminator {

    private final SessionRegistry sessionRegistry;

    SessionTerminator(SessionRegistry sessionRegistry) {
        this.sessionRegistry = sessionRegistry;
    }

    /** Expires every session of the account with this e-mail; returns how many were ended. */
    public int endAllSessionsOf(String email) {
        int ended = 0;
        for (Object principal : sessionRegistry.getAllPrincipals()) {
            SpiegelUser user = SpiegelUser.of(principal);
            if (user != null && user.email().equalsIgnoreCase(email)) {
                for (SessionInformation session : sessionRegistry.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }
}
