package nl.spiegel360.provisioning;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import nl.spiegel360.audit.AuditLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /scim/**} has its own security: a bearer token HR created, no session, no cookies, no CSRF token (there is
 * no browser); every refusal in SCIM's error format.
 */
@Configuration
class ScimSecurity {

    /** The name a provisioning client acts under in the audit log: its token's name. */
    static final String ACTOR_PREFIX = "SCIM: ";

    @Bean
    @Order(1)
    SecurityFilterChain scimFilterChain(HttpSecurity http, ScimTokens tokens, AuditLog audit) throws Exception {
        http.securityMatcher("/scim/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new TokenFilter(tokens, audit), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("PROVISIONING"))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> ScimErrors.write(response, 401, null,
                                "A valid bearer token is required."))
                        .accessDeniedHandler((request, response, e) -> ScimErrors.write(response, 403, null,
                                "This token may not do that.")));
        return http.build();
    }

    /** Signs the request in as the client whose token it carries; leaves it anonymous for any other. */
    static final class TokenFilter extends OncePerRequestFilter {

        private final ScimTokens tokens;
        private final AuditLog audit;

        TokenFilter(ScimTokens tokens, AuditLog audit) {
            this.tokens = tokens;
            this.audit = audit;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                var name = tokens.authenticate(header.substring(7).strip());
                if (name.isPresent()) {
                    var client = UsernamePasswordAuthenticationToken.authenticated(ACTOR_PREFIX + name.get(), null,
                            List.of(new SimpleGrantedAuthority("ROLE_PROVISIONING")));
                    SecurityContextHolder.getContext().setAuthentication(client);
                } else {
                    audit.recordSeparately("anonymous", "provisioning.token.refused", "address "
                            + request.getRemoteAddr());
                }
            }
            chain.doFilter(request, response);
        }
    }
}
