package nl.spiegel360.api;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Where the API's clients get their tokens: {@code POST /oauth2/token}, OAuth 2.0 client credentials through Spring
 * Authorization Server, for the clients HR made ({@link ApiClients}), signed with the key every instance shares
 * ({@link ApiSigningKey}). A token lives ten minutes and names the moment its client's secret was set, so that a new
 * secret or a revocation ends it ({@link ApiSecurity} checks that at every call). Nothing of an issued token is kept.
 */
@Configuration
class ApiTokenServer {

    /** The claim that ties a token to the secret it was issued for: the moment that secret was set. */
    static final String SECRET_CLAIM = "s360_secret_set";
    /** How long an access token is valid. */
    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);

    @Bean
    @Order(2)
    SecurityFilterChain apiTokenFilterChain(HttpSecurity http) throws Exception {
        var server = new OAuth2AuthorizationServerConfigurer();
        RequestMatcher endpoints = server.getEndpointsMatcher();
        http.securityMatcher(endpoints)
                .with(server, s -> s.tokenEndpoint(token -> token.accessTokenRequestConverters(
                        converters -> converters.addFirst(ApiTokenServer::allScopesWhenNoneAsked))))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(endpoints))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, e) ->
                        ApiProblems.write(response, HttpStatus.UNAUTHORIZED,
                                "Only a client's own credentials may ask for a token.", request.getRequestURI())));
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
