package nl.spiegel360.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import nl.spiegel360.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * HTTP security: Vaadin's configuration, the login view, health for probes, sessions that can be ended. Services are
 * guarded by {@code @PreAuthorize}; a view's {@code @RolesAllowed} is checked by Vaadin's router before the view is
 * made, so method security does not read it (it would wrap every view in a proxy of its own at every opening).
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    /** A policy Vaadin's pre-compiled bundle works with: its bootstrap needs inline scripts and styles. */
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry,
            LoginThrottle throttle, nl.spiegel360.audit.AuditLog audit, SessionTerminator sessionTerminator,
            AccountLookup accounts, ObjectProvider<ClientRegistrationRepository> clientRegistrations,
            ExternalSignIn externalSignIn, SignInSettings settings) throws Exception {
        http.addFilterAfter(new SessionFreshnessFilter(accounts, audit),
                org.springframework.security.web.context.SecurityContextHolderFilter.class);
        http.addFilterBefore(new SessionEndedFilter(),
                org.springframework.security.web.context.SecurityContextHolderFilter.class);
        http.addFilterBefore(new CrossSiteLoginFilter(audit),
                org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new LoginThrottleFilter(throttle, audit),
                org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/styles/**", "/images/**").permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/export/**").authenticated());
        http.sessionManagement(session -> session
                .sessionFixation(fixation -> fixation.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredUrl("/login"));
        // The security headers have one home, SecurityHeadersFilter, which reaches every response; Spring Security
        // writes only its cache headers.
        http.headers(headers -> headers.frameOptions(frame -> frame.disable())
                .contentTypeOptions(options -> options.disable())
                .httpStrictTransportSecurity(hsts -> hsts.disable()));
        // a deliberate sign-out leaves no session cookie behind, so the next page is not taken for an ended session
        http.logout(logout -> logout.deleteCookies("JSESSIONID").addLogoutHandler((request, response, user) -> {
            if (user != null) {
                sessionTerminator.endAllSessionsOf(user.getName());
            }
        }));
        ClientRegistrationRepository registrations = clientRegistrations.getIfAvailable();
        if (registrations != null) {
            var resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                    OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
            resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
            http.oauth2Login(oauth -> oauth.loginPage("/login")
                    .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver))
                    .userInfoEndpoint(info -> info.oidcUserService(new SignOnUserService(externalSignIn, settings)))
                    .failureHandler((request, response, exception) -> response.sendRedirect(
                            request.getContextPath() + "/login?sso=" + signOnError(exception))));
        }
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class);
            if (registrations != null) {
                // signing out also ends the session at the provider, where it offers that (RP-initiated logout)
                var providerLogout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
                providerLogout.setPostLogoutRedirectUri("{baseUrl}/login");
                providerLogout.setDefaultTargetUrl("/login");
                // the sign-out runs in a Vaadin request: the browser follows the redirect through Vaadin
                providerLogout.setRedirectStrategy(new com.vaadin.flow.spring.security.UidlRedirectStrategy());
                vaadin.logoutSuccessHandler(providerLogout);
            }
        });
        return http.build();
    }

    /** What the login page says of a failed sign-on: a refusal's reason, or that the provider's answer failed. */
    static String signOnError(org.springframework.security.core.AuthenticationException exception) {
        if (exception instanceof OAuth2AuthenticationException oauth
                && oauth.getError().getErrorCode().startsWith(SignOnUserService.REFUSED)) {
            return oauth.getError().getErrorCode().substring(SignOnUserService.REFUSED.length());
        }
        return "failed";
    }

    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
                new SecurityHeadersFilter());
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<RequestIdFilter> requestIds() {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** How many signed-in sessions this instance holds, for the metrics. */
    @Bean
    io.micrometer.core.instrument.binder.MeterBinder signedInSessions(SessionRegistry sessions) {
        return registry -> io.micrometer.core.instrument.Gauge.builder("spiegel360.sessions.signed.in", sessions,
                r -> r.getAllPrincipals().stream().mapToLong(p -> r.getAllSessions(p, false).size()).sum())
                .description("Signed-in sessions on this instance").register(registry);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * BCrypt at the configured cost (10, Spring Security's default; the tests set the lowest, 4, so that fixtures
     * and demo people are quick to make). Stored hashes name their encoder, so a hash of a lower cost still matches
     * and is upgraded at the next sign-in.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${spiegel360.security.bcrypt-strength:10}") int strength) {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
    }
}
