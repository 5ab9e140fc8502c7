package nl.spiegel360.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's security. The application issues its clients short-lived access tokens ({@link ApiTokenServer});
 * {@code /api/v1/**} accepts only those, of an active client whose secret has not been replaced since, with the scopes
 * the client still has. No session, no cookie, no CSRF token (there is no browser). A client reads with HR's rights
 * within its scopes: the controllers call the services HR's screens call, so every rule those keep (released
 * results only, the anonymity of small groups, a plan's content only when shared) holds for the API too. Every call
 * is audited under the client's name and counted against its limit.
 */
@Configuration
class ApiSecurity {

    /** The name a client acts under in the audit log. */
    static final String ACTOR_PREFIX = "API: ";
    static final String API_PATHS = "/api/v1/**";
    static final String DOCUMENT_PATH = "/api/v1/openapi";

    @Bean
    @Order(3)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiClients clients, ApiCalls calls, JwtDecoder apiTokenDecoder,
            nl.spiegel360.audit.AuditLog audit,
            @Value("${spiegel360.base-url}") String baseUrl,
            @Value("${spiegel360.api.issuer-uri:}") String providerIssuer,
            @Value("${spiegel360.api.audience:}") String providerAudience) throws Exception {
        http.securityMatcher(API_PATHS)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, DOCUMENT_PATH, DOCUMENT_PATH + "/**").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .authenticationManagerResolver(issuers(clients, apiTokenDecoder, baseUrl, providerIssuer,
                                providerAudience))
                        .authenticationEntryPoint((request, response, e) -> {
                            if (request.getHeader("Authorization") != null) {
                                // every refused token ends here, whether unreadable, forged or of a revoked client:
                                // counted per address and hour, as every refusal of someone unknown
                                audit.anonymousRefusal(request.getRemoteAddr());
                            }
                            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                            ApiProblems.write(response, HttpStatus.UNAUTHORIZED, e.getMessage() == null
                                    || request.getHeader("Authorization") == null
                                            ? "A valid bearer token is required." : e.getMessage(),
                                    request.getRequestURI());
                        })
                        .accessDeniedHandler((request, response, e) -> ApiProblems.write(response,
                                HttpStatus.FORBIDDEN, "This client's scopes do not allow that.",
                                request.getRequestURI())))
                .addFilterAfter(new CallFilter(calls), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /**
     * Who may issue the API's tokens: the application itself, and the organisation's own OpenID provider where one is
     * configured ({@code spiegel360.api.issuer-uri}), whose tokens must name the API as their audience
     * ({@code spiegel360.api.audience}, the application's address unless set). A token of any other issuer is
     * refused before its signature is read.
     */
    static org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver
            issuers(ApiClients clients, JwtDecoder own, String baseUrl, String providerIssuer, String providerAudience) {
        java.util.Map<String, org.springframework.security.authentication.AuthenticationManager> managers =
                new java.util.HashMap<>();
        var ours = new org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider(
                own);
        ours.setJwtAuthenticationConverter(token -> caller(clients, token));
        managers.put(baseUrl, ours::authenticate);
        if (!providerIssuer.isBlank()) {
            String audience = providerAudience.isBlank() ? baseUrl : providerAudience;
            // made at the first token of the provider: the application starts while the provider is away, and a
            // token that comes while it is away is refused and the next one tries again
            var made = new java.util.concurrent.atomic.AtomicReference<
                    org.springframework.security.authentication.@Nullable AuthenticationManager>();
            managers.put(providerIssuer, authentication -> {
                var manager = made.get();
                if (manager == null) {
                    try {
                        manager = providerManager(clients, providerIssuer, audience);
                    } catch (RuntimeException away) {
                        throw new InvalidBearerTokenException("The organisation's provider cannot be reached.",
                                away);
                    }
                    made.set(manager);
                }
                return manager.authenticate(authentication);
            });
        }
        return new org.springframework.security.oauth2.server.resource.authentication
                .JwtIssuerAuthenticationManagerResolver(issuer -> managers.getOrDefault(issuer, authentication -> {
                    throw new InvalidBearerTokenException("Tokens of this issuer are not accepted.");
                }));
    }

    private static org.springframework.security.authentication.AuthenticationManager providerManager(
            ApiClients clients, String issuer, String audience) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
        decoder.setJwtValidator(new org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator<>(
                org.springframework.security.oauth2.jwt.JwtValidators.createDefaultWithIssuer(issuer),
                new org.springframework.security.oauth2.jwt.JwtClaimValidator<List<String>>("aud",
                        aud -> aud != null && aud.contains(audience))));
        var provider = new org.springframework.security.oauth2.server.resource.authentication
                .JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(token -> providerCaller(clients, token));
        return provider::authenticate;
    }

    /** The claims in which providers name the client a client-credentials token was issued to, in this order. */
    private static final List<String> CLIENT_CLAIMS = List.of("client_id", "azp", "appid", "cid", "sub");

    /**
     * The client HR registered by the client id the organisation's provider gave it, as the caller; refused when no
     * active client has that id. It may do what its scopes here allow.
     */
    static AbstractAuthenticationToken providerCaller(ApiClients clients, Jwt token) {
        String clientId = CLIENT_CLAIMS.stream().map(token::getClaimAsString).filter(c -> c != null && !c.isBlank())
                .findFirst().orElse("");
        var caller = clients.externalCaller(clientId).orElseThrow(() -> new InvalidBearerTokenException(
                "No active client of this API has the client id " + clientId + "."));
        List<GrantedAuthority> authorities = new ArrayList<>();
        caller.scopes().forEach(s -> authorities.add(new SimpleGrantedAuthority(s.authority())));
        authorities.add(new SimpleGrantedAuthority(Role.HR.authority()));
        return new Caller(caller, token, authorities);
    }

    /** The client a token names, as the caller of this request; refused when revoked or its secret replaced. */
    static AbstractAuthenticationToken caller(ApiClients clients, Jwt token) {
        Object secretSet = token.getClaim(ApiTokenServer.SECRET_CLAIM);
        var caller = clients.caller(String.valueOf(token.getSubject()),
                        secretSet instanceof Number n ? n.longValue() : -1)
                .orElseThrow(() -> new InvalidBearerTokenException(
                        "The client was revoked or its secret replaced; ask for a new token."));
        List<GrantedAuthority> authorities = new ArrayList<>();
        List<String> claimed = token.getClaimAsStringList("scope");
        Collection<String> granted = claimed == null ? List.of() : claimed;
        caller.scopes().stream().filter(s -> granted.contains(s.value()))
                .forEach(s -> authorities.add(new SimpleGrantedAuthority(s.authority())));
        authorities.add(new SimpleGrantedAuthority(Role.HR.authority()));
        return new Caller(caller, token, authorities);
    }

    /** An API call's caller: named in the audit log as the client. */
    static final class Caller extends AbstractAuthenticationToken {

        private final ApiClients.Caller client;
        private final Jwt token;

        Caller(ApiClients.Caller client, Jwt token, Collection<? extends GrantedAuthority> authorities) {
            super(authorities);
            this.client = client;
            this.token = token;
            setAuthenticated(true);
        }

        ApiClients.Caller client() {
            return client;
        }

        @Override
        public Object getCredentials() {
            return token;
        }

        @Override
        public Object getPrincipal() {
            return client.clientId();
        }

        @Override
        public String getName() {
            return ACTOR_PREFIX + client.name();
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof Caller c && c.client.equals(client) && super.equals(other);
        }

        @Override
        public int hashCode() {
            return client.hashCode();
        }
    }

    /** Counts a call against its client's limit (429 beyond it) and audits it with the client and the answer. */
    static final class CallFilter extends OncePerRequestFilter {

        private final ApiCalls calls;

        CallFilter(ApiCalls calls) {
            this.calls = calls;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!(SecurityContextHolder.getContext().getAuthentication() instanceof Caller caller)) {
                chain.doFilter(request, response);
                return;
            }
            long wait = calls.admit(caller.client().id());
            if (wait > 0) {
                response.setHeader("Retry-After", String.valueOf(wait));
                ApiProblems.write(response, HttpStatus.TOO_MANY_REQUESTS, "This client made more than "
                        + calls.perMinute() + " calls in a minute; try again in " + wait + " s.",
                        request.getRequestURI());
                calls.audit(caller.getName(), request, 429);
                return;
            }
            try {
                chain.doFilter(request, response);
            } finally {
                calls.audit(caller.getName(), request, response.getStatus());
            }
        }
    }
}
