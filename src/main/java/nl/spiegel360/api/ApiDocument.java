package nl.spiegel360.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's frame: its title, the server, and the client-credentials flow with the scopes. */
@Configuration
class ApiDocument {

    @Bean
    OpenAPI spiegel360Api(@Value("${spiegel360.base-url}") String baseUrl) {
        Scopes scopes = new Scopes();
        scopes.addString(ApiScope.CYCLES_READ.value(), "Read cycles and their reviews");
        scopes.addString(ApiScope.CYCLES_WRITE.value(), "Create, fill and launch cycles");
        scopes.addString(ApiScope.RESULTS_READ.value(), "Read released results");
        scopes.addString(ApiScope.PLANS_READ.value(), "Read development plans");
        scopes.addString(ApiScope.INSIGHT_READ.value(), "Read the organisation's gaps and learning needs");
        return new OpenAPI()
                .info(new Info().title("Spiegel360 API").version("1").description("Released 360-degree feedback,"
                        + " cycles and development plans for the organisation's other systems. Errors are RFC 9457"
                        + " problem details; lists are paged with an opaque cursor."))
                .servers(List.of(new Server().url(baseUrl)))
                .components(new Components().addSecuritySchemes("oauth2", new SecurityScheme()
                        .type(SecurityScheme.Type.OAUTH2).flows(new OAuthFlows().clientCredentials(new OAuthFlow()
                                .tokenUrl(baseUrl + "/oauth2/token").scopes(scopes)))));
    }

    /** The refusals every operation can answer, each as an RFC 9457 problem detail. */
    @Bean
    org.springdoc.core.customizers.OpenApiCustomizer apiProblems() {
        return api -> {
            var problem = new io.swagger.v3.oas.models.media.JsonSchema().types(java.util.Set.of("object"))
                    .description("RFC 9457 problem details")
                    .addProperty("type", string()).addProperty("title", string())
                    .addProperty("status", new io.swagger.v3.oas.models.media.JsonSchema()
                            .types(java.util.Set.of("integer")))
                    .addProperty("detail", string()).addProperty("instance", string());
            problem.setRequired(List.of("title", "status"));
            api.getComponents().addSchemas("Problem", problem);
            var content = new io.swagger.v3.oas.models.media.Content().addMediaType("application/problem+json",
                    new io.swagger.v3.oas.models.media.MediaType().schema(
                            new io.swagger.v3.oas.models.media.JsonSchema().$ref("#/components/schemas/Problem")));
            java.util.Map<String, String> refusals = new java.util.LinkedHashMap<>();
            refusals.put("400", "A parameter or the body is not what the operation takes");
            refusals.put("401", "No valid token: missing, expired, of a revoked client or of a replaced secret");
            refusals.put("403", "The client's scopes do not allow the operation");
            refusals.put("404", "Nothing with this id, or nothing the client may read");
            refusals.put("409", "The operation does not fit the state of what it acts on");
            refusals.put("422", "The request breaks one of the product's rules; detail says which");
            refusals.put("429", "More calls than the client's limit; Retry-After says when to call again");
            refusals.put("500", "The server could not answer; nothing of the cause is told, it is logged");
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> refusals.forEach(
                    (code, text) -> operation.getResponses().addApiResponse(code,
                            new io.swagger.v3.oas.models.responses.ApiResponse().description(text)
                                    .content(content)))));
        };
    }

    private static io.swagger.v3.oas.models.media.Schema<?> string() {
        return new io.swagger.v3.oas.models.media.JsonSchema().types(java.util.Set.of("string"));
    }
}
