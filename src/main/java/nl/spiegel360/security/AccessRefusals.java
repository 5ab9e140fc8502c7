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
        if (failedElsewhere(request)) {
            return;
        }
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

    /**
     * Whether this is the error page of a request that failed for another reason than a refusal (a lost database
     * connection, a server error): the error page's own authorization is no refusal of the person.
     */
    private static boolean failedElsewhere(@Nullable HttpServletRequest request) {
        if (request == null || request.getDispatcherType() != jakarta.servlet.DispatcherType.ERROR) {
            return false;
        }
        Object status = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE);
        return !(status instanceof Integer code && (code == 401 || code == 403));
    }

    /**
     * One entry: what was refused, the request's URL (a view's UIDL request has none worth saying; for a refusal that
     * ends on the error page, the URL that was asked for), the address.
     */
    private void record(String actor, String action, String what, @Nullable HttpServletRequest request,
            boolean withUrl) {
        Object original = request == null ? null
                : request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String asked ? asked : request == null ? null : request.getRequestURI();
        Object originalQuery = request == null ? null
                : request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_QUERY_STRING);
        String query = original instanceof String ? (originalQuery instanceof String q ? q : null)
                : request == null ? null : request.getQueryString();
        String url = !withUrl || request == null || uri == null || uri.isEmpty() ? ""
                : request.getMethod() + " " + uri + (query == null ? "" : "?" + query);
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
