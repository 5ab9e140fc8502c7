package nl.spiegel360.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.spiegel360.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every refusal is written to the audit log: who, what was refused, and from where. Refusals by method and web
 * security arrive as events; views refused by Vaadin and records answered as not found are reported by the views.
 */
@Configuration
class AccessRefusals implements nl.spiegel360.base.Refusals {

    private final org.springframework.beans.factory.ObjectProvider<AuditLog> audit;

    AccessRefusals(org.springframework.beans.factory.ObjectProvider<AuditLog> audit) {
        this.audit = audit;
    }

    @Bean
    static AuthorizationEventPublisher authorizationEventPublisher(ApplicationContext context) {
        return new SpringAuthorizationEventPublisher(context);
    }

    /**
     * Records a refusal: for a signed-in user an entry with the refused method, the request's URL and the client's
     * address; for somebody not signed in only a count per address and hour.
     */
    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        var authentication = event.getAuthentication().get();
        HttpServletRequest request = event.getObject() instanceof HttpServletRequest http ? http : currentRequest();
        if (!signedIn(authentication)) {
            audit.getObject().anonymousRefusal(request == null ? "unknown" : request.getRemoteAddr());
            return;
        }
        String method = event.getObject() instanceof org.aopalliance.intercept.MethodInvocation invocation
                ? invocation.getMethod().getDeclaringClass().getSimpleName().replaceAll("\\$\\$.*", "") + "."
                        + invocation.getMethod().getName()
                : "";
        record(authentication.getName(), "access.refused", method, request, true);
    }

    @Override
    public void refusedView(String route) {
        recordForCurrentUser("access.refused", "view " + route, false);
    }

    @Override
    public void notFoundView(String route) {
        recordForCurrentUser("access.not-found", "view " + route, false);
    }

    @Override
    public void notFoundDownload() {
        recordForCurrentUser("access.not-found", "download", true);
    }

    private void recordForCurrentUser(String action, String what, boolean withUrl) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && signedIn(authentication)) {
            record(authentication.getName(), action, what, currentRequest(), withUrl);
        }
    }

    /** One entry: what was refused, the request's URL (a view's UIDL request has none worth saying), the address. */
    private void record(String actor, String action, String what, @Nullable HttpServletRequest request,
            boolean withUrl) {
        String url = !withUrl || request == null || request.getRequestURI() == null
                || request.getRequestURI().isEmpty() ? ""
                : request.getMethod() + " " + request.getRequestURI()
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String details = Stream.of(what, url, request == null ? "" : "address " + request.getRemoteAddr())
                .filter(part -> !part.isEmpty()).collect(Collectors.joining(", "));
        audit.getObject().recordSeparately(actor, action, details);
    }

    private static boolean signedIn(@Nullable Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    private static @Nullable HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
