package nl.spiegel360.provisioning;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
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
    SecurityFilterChain scimFilterChain(HttpSecurity http, ScimTokens tokens) throws Exception {
        http.securityMatcher("/scim/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BodyLimit(), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new TokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("PROVISIONING"))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> ScimErrors.write(response, 401, null,
                                "A valid bearer token is required."))
                        .accessDeniedHandler((request, response, e) -> ScimErrors.write(response, 403, null,
                                "This token may not do that.")));
        return http.build();
    }

    /**
     * Refuses a body larger than {@link #MAX_BODY} before it is read: by its declared length, or, without one, once
     * reading passes the limit.
     */
    static final class BodyLimit extends OncePerRequestFilter {

        static final int MAX_BODY = 256 * 1024;

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getContentLengthLong() > MAX_BODY) {
                ScimErrors.write(response, 413, null, "The body is larger than " + MAX_BODY + " bytes.");
                return;
            }
            chain.doFilter(new LimitedBody(request), response);
        }
    }

    /** A request whose body ends in a SCIM error once it passes the limit. */
    static final class LimitedBody extends jakarta.servlet.http.HttpServletRequestWrapper {

        LimitedBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() throws IOException {
            jakarta.servlet.ServletInputStream in = super.getInputStream();
            return new jakarta.servlet.ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > BodyLimit.MAX_BODY) {
                        throw new ScimErrors.ScimException(413, null, "The body is larger than " + BodyLimit.MAX_BODY
                                + " bytes.");
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0 && (read += n) > BodyLimit.MAX_BODY) {
                        throw new ScimErrors.ScimException(413, null, "The body is larger than " + BodyLimit.MAX_BODY
                                + " bytes.");
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(jakarta.servlet.ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }

    /** Signs the request in as the client whose token it carries; leaves it anonymous for any other. */
    static final class TokenFilter extends OncePerRequestFilter {

        private final ScimTokens tokens;
        TokenFilter(ScimTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                var name = tokens.authenticate(header.substring(7).strip());
                // a wrong token leaves the request anonymous: its refusal is counted per address and hour like
                // every refusal of someone unknown, so that a flood of guesses costs a counter, not a log entry each
                name.ifPresent(client -> SecurityContextHolder.getContext().setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(ACTOR_PREFIX + client, null,
                                List.of(new SimpleGrantedAuthority("ROLE_PROVISIONING")))));
            }
            chain.doFilter(request, response);
        }
    }
}
