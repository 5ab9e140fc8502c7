package nl.spiegel360.security;

import nl.spiegel360.audit.AuditLog;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;

/** Every refusal by method security is published and written to the audit log: who, and what was refused. */
@Configuration
class AccessRefusals {

    private final org.springframework.beans.factory.ObjectProvider<AuditLog> audit;

    AccessRefusals(org.springframework.beans.factory.ObjectProvider<AuditLog> audit) {
        this.audit = audit;
    }

    @Bean
    static AuthorizationEventPublisher authorizationEventPublisher(ApplicationContext context) {
        return new SpringAuthorizationEventPublisher(context);
    }

    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        var authentication = event.getAuthentication().get();
        String actor = authentication == null ? "anonymous" : authentication.getName();
        String what = event.getObject() instanceof org.aopalliance.intercept.MethodInvocation invocation
                ? invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName()
                : String.valueOf(event.getSource().getClass().getSimpleName());
        audit.getObject().recordSeparately(actor, "access.refused", what);
    }
}
