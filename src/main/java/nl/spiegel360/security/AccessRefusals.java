package nl.spiegel360.security;

import jakarta.servlet.http.HttpServletRequest;
import nl.spiegel360.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;

/** Every refusal by method security is published and written to the audit log: who, and what was refused. */
@Configuration
public class AccessRefusals implements nl.spiegel360.base.Refusals {

    private final org.springframework.beans.factory.ObjectProvider<AuditLog> audit;

    AccessRefusals(org.springframework.beans.factory.ObjectProvider<AuditLog> audit) {
        this.audit = audit;
    }

    @Bean
    static AuthorizationEventPublisher authorizationEventPublisher(ApplicationContext context) {
        return new SpringAuthorizationEventPublisher(context);
    }

    /**
     * Records a refusal: for a signed-in user an entry with the refused method or address, the request's URL and
     * the client's address; for somebody not signed in only a count per address and hour.
     */
    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        var authentication = event.getAuthentication().get();
        HttpServletRequest request = event.getObject() instanceof HttpServletRequest http ? http : currentRequest();
        String address = request == null ? "unknown" : request.getRemoteAddr();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            audit.getObject().anonymousRefusal(address);
            return;
        }
        String what = event.getObject() instanceof org.aopalliance.intercept.MethodInvocation invocation
                ? invocation.getMethod().getDeclaringClass().getSimpleName().replaceAll("\\$\\$.*", "") + "."
                        + invocation.getMethod().getName()
                : "";
        String url = request == null || request.getRequestURI() == null || request.getRequestURI().isEmpty() ? ""
                : request.getMethod() + " " + request.getRequestURI()
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String details = java.util.stream.Stream.of(what, url, request == null ? "" : "address " + address)
                .filter(part -> !part.isEmpty()).collect(java.util.stream.Collectors.joining(", "));
        audit.getObject().recordSeparately(authentication.getName(), "access.refused", details);
    }

    /** The refusal of a view (a route the user's roles do not allow), which Vaadin decides without Spring. */
    public void refusedView(String actor, String route) {
        HttpServletRequest request = currentRequest();
        audit.getObject().recordSeparately(actor, "access.refused", "view " + route + ", address "
                + (request == null ? "unknown" : request.getRemoteAddr()));
    }

    /** A record or download answered as not found to the signed-in user (who may not see it, or it is not there). */
    @Override
    public void refused(String what) {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return;
        }
        HttpServletRequest request = currentRequest();
        String url = request == null || request.getRequestURI() == null || what.startsWith("view ") ? ""
                : ", " + request.getMethod() + " " + request.getRequestURI();
        audit.getObject().recordSeparately(authentication.getName(), "access.not-found", what + url
                + (request == null ? "" : ", address " + request.getRemoteAddr()));
    }

    private static @Nullable HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
