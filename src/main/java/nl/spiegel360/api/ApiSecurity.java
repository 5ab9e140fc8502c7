package nl.spiegel360.api;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
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
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's security. The application issues its clients short-lived access tokens ({@code POST /oauth2/token},
 * OAuth 2.0 client credentials, Spring Authorization Server), signed with a key every instance shares; {@code
 * /api/v1/**} accepts only those, of an active client whose secret has not been replaced since, with the scopes
 * the client still has. No session, no cookie, no CSRF token (there is no browser). A client reads with HR's rights
 * within its scopes: the controllers call the services HR's screens call, so every rule those keep (released
 * results only, the anonymity of small groups, a plan's content only when shared) holds for the API too. Every call
 * is audited under the client's name and counted against its limit.
 */
@Configuration
class ApiSecurity {

    /** The name a client acts under in the audit log. */
    static final String ACTOR_PREFIX = "API: ";
    /** The claim that ties a token to the secret it was issued for: the moment that secret was set. */
    static final String SECRET_CLAIM = "s360_secret_set";
    /** How long an access token is valid. */
    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);
    static final String API_PATHS = "/api/v1/**";
    static final String DOCUMENT_PATH = "/api/v1/openapi";

    @Bean
    @Order(2)
    SecurityFilterChain apiTokenFilterChain(HttpSecurity http) throws Exception {
        var server = new OAuth2AuthorizationServerConfigurer();
        RequestMatcher endpoints = server.getEndpointsMatcher();
        http.securityMatcher(endpoints)
                .with(server, s -> s.tokenEndpoint(token -> token.accessTokenRequestConverters(
                        converters -> converters.addFirst(ApiSecurity::allScopesWhenNoneAsked))))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(endpoints))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) ->
                        ApiProblems.write(response, HttpStatus.UNAUTHORIZED,
                                "Only a client's own credentials may ask for a token.", request.getRequestURI())));
        return http.build();
    }

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
     * A request for a token that names no scope is granted every scope the client has (RFC 6749 lets the server
     * choose); one that names scopes gets those, and none it lacks.
     */
    static org.springframework.security.core.@Nullable Authentication allScopesWhenNoneAsked(
            HttpServletRequest request) {
        if (!AuthorizationGrantType.CLIENT_CREDENTIALS.getValue().equals(request.getParameter("grant_type"))
                || request.getParameter("scope") != null) {
            return null;
        }
        if (SecurityContextHolder.getContext().getAuthentication() instanceof
                org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken
                client && client.getRegisteredClient() != null) {
            return new org.springframework.security.oauth2.server.authorization.authentication
                    .OAuth2ClientCredentialsAuthenticationToken(client, client.getRegisteredClient().getScopes(),
                    java.util.Map.of());
        }
        return null;
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
        Object secretSet = token.getClaim(SECRET_CLAIM);
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

    /** The clients HR made, as the token endpoint reads them; only an active client's secret is accepted. */
    @Bean
    RegisteredClientRepository apiRegisteredClients(ApiClients clients) {
        return new RegisteredClientRepository() {
            @Override
            public void save(RegisteredClient client) {
                // clients are made and changed by HR (ApiClients); nothing the token endpoint does changes them
            }

            @Override
            public @Nullable RegisteredClient findById(String id) {
                return findByClientId(id);
            }

            @Override
            public @Nullable RegisteredClient findByClientId(String clientId) {
                return clients.registration(clientId).map(r -> RegisteredClient.withId(r.clientId())
                        .clientId(r.clientId()).clientSecret(r.secretHash()).clientName(r.name())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .scopes(scopes -> r.scopes().forEach(s -> scopes.add(s.value())))
                        .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(TOKEN_LIFETIME)
                                .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED).build())
                        .clientSettings(ClientSettings.builder().setting(SECRET_CLAIM,
                                r.secretSetAt().toEpochMilli()).build())
                        .build()).orElse(null);
            }
        };
    }

    /** Each token names the moment its client's secret was set: a rotation ends the tokens of the old secret. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> apiTokenClaims() {
        return context -> {
            Object secretSet = context.getRegisteredClient().getClientSettings().getSetting(SECRET_CLAIM);
            if (secretSet != null) {
                context.getClaims().claim(SECRET_CLAIM, secretSet);
            }
        };
    }

    /**
     * Tokens are checked by their signature and the client's state, not looked up: nothing of an issued token is
     * kept, in no instance's memory.
     */
    @Bean
    OAuth2AuthorizationService apiAuthorizations() {
        return new OAuth2AuthorizationService() {
            @Override
            public void save(OAuth2Authorization authorization) {
            }

            @Override
            public void remove(OAuth2Authorization authorization) {
            }

            @Override
            public @Nullable OAuth2Authorization findById(String id) {
                return null;
            }

            @Override
            public @Nullable OAuth2Authorization findByToken(String token, @Nullable OAuth2TokenType tokenType) {
                return null;
            }
        };
    }

    @Bean
    JWKSource<SecurityContext> apiKeys(ApiSigningKey key) {
        return (selector, context) -> selector.select(new JWKSet(key.key()));
    }

    @Bean
    JwtDecoder apiTokenDecoder(JWKSource<SecurityContext> keys, @Value("${spiegel360.base-url}") String baseUrl) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).build();
        decoder.setJwtValidator(org.springframework.security.oauth2.jwt.JwtValidators.createDefaultWithIssuer(baseUrl));
        return decoder;
    }

    /** The issuer the tokens name: the application's address. */
    @Bean
    AuthorizationServerSettings apiAuthorizationServerSettings(@Value("${spiegel360.base-url}") String baseUrl) {
        return AuthorizationServerSettings.builder().issuer(baseUrl).build();
    }
}
