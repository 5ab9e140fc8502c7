package nl.spiegel360.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The Prometheus endpoint, for the monitoring system only: HTTP Basic as the user {@code metrics} with the password
 * in {@code SPIEGEL360_METRICS_PASSWORD}, never a person's account and never a session. Without that password the
 * endpoint answers no one.
 */
@Configuration
class MetricsSecurity {

    static final String SCRAPER = "metrics";

    @Bean
    @Order(1)
    SecurityFilterChain metricsFilterChain(HttpSecurity http, PasswordEncoder passwords,
            @Value("${spiegel360.metrics.password:}") String password) throws Exception {
        http.securityMatcher("/actuator/prometheus");
        http.csrf(csrf -> csrf.disable());
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        if (password.isBlank()) {
            http.authorizeHttpRequests(auth -> auth.anyRequest().denyAll());
        } else {
            var provider = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(User.withUsername(SCRAPER)
                    .password(passwords.encode(password)).roles("METRICS").build()));
            provider.setPasswordEncoder(passwords);
            http.authenticationManager(new ProviderManager(provider));
            http.authorizeHttpRequests(auth -> auth.anyRequest().hasRole("METRICS"));
        }
        http.httpBasic(basic -> { });
        return http.build();
    }
}
