package nl.spiegel360.security;

import nl.spiegel360.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Every sign-in attempt is logged; failures feed the throttle, a success clears the account's count. */
@Component
class LoginEvents {

    private final LoginThrottle throttle;
    private final AuditLog audit;

    LoginEvents(LoginThrottle throttle, AuditLog audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        // a bearer token checked on an API call is no sign-in: the call itself is audited with its client
        if (event.getAuthentication().getCredentials() instanceof org.springframework.security.oauth2.jwt.Jwt) {
            return;
        }
        if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
            String email = event.getAuthentication().getName();
            throttle.succeeded(email, details.getRemoteAddress());
            audit.recordSeparately(email, "login.succeeded", "address " + details.getRemoteAddress());
        }
    }

    private static String currentAddress() {
        return org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : "unknown";
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication() instanceof org.springframework.security.oauth2.server.resource.authentication
                .BearerTokenAuthenticationToken) {
            // a wrong token on an API call is counted where the API refuses it, which every wrong token reaches
            return;
        }
        if (!(event.getAuthentication()
                instanceof org.springframework.security.authentication.UsernamePasswordAuthenticationToken)) {
            String reason = event.getException()
                    instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException oauth
                    ? oauth.getError().getErrorCode() : event.getException().getClass().getSimpleName();
            Object details = event.getAuthentication().getDetails();
            String address = details instanceof WebAuthenticationDetails web ? web.getRemoteAddress()
                    : currentAddress();
            audit.recordSeparately("anonymous", "sign-on.failed", "address " + address + ", " + reason + ": "
                    + event.getException().getMessage());
            return;
        }
        String email = nl.spiegel360.base.Folding.fold(String.valueOf(event.getAuthentication().getPrincipal()));
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        throttle.failed(email, address);
        audit.recordSeparately(email, "login.failed", "address " + address + ", "
                + event.getException().getClass().getSimpleName());
    }
}
