package nl.spiegel360.api;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import nl.spiegel360.base.UserFacingException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a client with every scope reads of one review and its cycle through the API's operations, in both
 * languages, as the JSON they answer; called in the caller's transaction, so that a test can read what it has not
 * committed.
 */
@Component
public class ApiReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ResultsApi results;
    private final PlansApi plans;
    private final CyclesApi cycles;
    private final InsightApi insight;

    ApiReader(ResultsApi results, PlansApi plans, CyclesApi cycles, InsightApi insight) {
        this.results = results;
        this.plans = plans;
        this.cycles = cycles;
        this.insight = insight;
    }

    public String read(long cycleId, long reviewId) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        var client = new ApiClients.Caller(0, "Invariant", "s360c_invariant", EnumSet.allOf(ApiScope.class));
        List<SimpleGrantedAuthority> authorities = new java.util.ArrayList<>(EnumSet.allOf(ApiScope.class).stream()
                .map(s -> new SimpleGrantedAuthority(s.authority())).toList());
        authorities.add(new SimpleGrantedAuthority(nl.spiegel360.security.Role.HR.authority()));
        context.setAuthentication(new ApiSecurity.Caller(client, Jwt.withTokenValue("t").header("alg", "none")
                .subject(client.clientId()).build(), authorities));
        SecurityContextHolder.setContext(context);
        try {
            StringBuilder out = new StringBuilder();
            for (String language : List.of("nl", "en")) {
                var request = new MockHttpServletRequest();
                request.addHeader("Accept-Language", language);
                request.addPreferredLocale(java.util.Locale.forLanguageTag(language));
                out.append("\n== api ").append(language).append('\n');
                out.append(json(() -> results.results(cycleId, 100, null, request))).append('\n');
                out.append(json(() -> results.result(reviewId, request))).append('\n');
                out.append(json(() -> plans.plans(cycleId, 100, null, request))).append('\n');
                out.append(json(() -> cycles.reviews(cycleId, 100, null))).append('\n');
                for (String grouping : List.of("team", "profile", "cycle")) {
                    out.append(json(() -> insight.view(cycleId, null, null, grouping, request))).append('\n');
                }
            }
            return out.toString();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static String json(Supplier<Object> read) {
        try {
            return JSON.writeValueAsString(read.get());
        } catch (UserFacingException refused) {
            return "refused: " + refused.messageKey();
        } catch (ApiException refused) {
            return "refused: " + refused.status() + " " + refused.getMessage();
        }
    }
}
