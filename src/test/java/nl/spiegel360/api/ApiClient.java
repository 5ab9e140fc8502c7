package nl.spiegel360.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A client of the API as another system would be: plain HTTP, a token from the token endpoint, and every answer
 * checked against the schema the served OpenAPI document gives that operation and status (a problem detail for
 * every refusal). An answer the document does not describe fails the test.
 */
final class ApiClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    record Answer(int status, @Nullable String contentType, JsonNode body, HttpResponse<String> raw) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private @Nullable JsonNode document;

    ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /** The served OpenAPI document. */
    JsonNode document() {
        if (document == null) {
            var answer = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/openapi")).GET().build());
            assertThat(answer.statusCode()).isEqualTo(200);
            document = JSON.readTree(answer.body());
        }
        return document;
    }

    /** A token by client credentials with HTTP basic authentication; the scopes asked, or all the client has. */
    HttpResponse<String> tokenResponse(String clientId, String secret, @Nullable String scope) {
        String form = "grant_type=client_credentials" + (scope == null ? "" : "&scope=" + encode(scope));
        return send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (encode(clientId) + ":" + encode(secret)).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** A token by client credentials sent in the form (client_secret_post). */
    HttpResponse<String> tokenResponseByPost(String clientId, String secret) {
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret="
                + encode(secret);
        return send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    String token(String clientId, String secret) {
        var answer = tokenResponse(clientId, secret, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body()).get("access_token").asString();
    }

    Answer get(@Nullable String token, String path) {
        return call(token, "GET", path, null, Map.of());
    }

    Answer get(@Nullable String token, String path, Map<String, String> headers) {
        return call(token, "GET", path, null, headers);
    }

    Answer post(@Nullable String token, String path, @Nullable Object body) {
        return call(token, "POST", path, body, Map.of());
    }

    private Answer call(@Nullable String token, String method, String path, @Nullable Object body,
            Map<String, String> headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        if (body != null) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(body instanceof String s ? s
                    : JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> raw = send(request.build());
        String type = raw.headers().firstValue("Content-Type").orElse(null);
        JsonNode json = raw.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(raw.body());
        Answer answer = new Answer(raw.statusCode(), type, json, raw);
        conforms(method, path, answer);
        return answer;
    }

    /** The answer is what the document says this operation answers with this status. */
    private void conforms(String method, String path, Answer answer) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        JsonNode operation = operation(method.toLowerCase(java.util.Locale.ROOT), bare);
        JsonNode response = operation.path("responses").path(String.valueOf(answer.status()));
        assertThat(response.isMissingNode()).as("%s %s answered %s, which the document does not describe: %s",
                method, path, answer.status(), answer.raw().body()).isFalse();
        JsonNode content = response.path("content");
        String mediaType = answer.status() >= 400 ? "application/problem+json" : "application/json";
        if (answer.status() >= 400) {
            assertThat(answer.contentType()).as("a refusal is a problem detail").startsWith(mediaType);
        }
        JsonNode schema = content.path(mediaType).path("schema");
        if (schema.isMissingNode() && !content.isEmpty()) {
            schema = content.iterator().next().path("schema");
        }
        assertThat(schema.isMissingNode()).as("%s %s %s has a schema", method, bare, answer.status()).isFalse();
        ObjectNode wrapped = ((ObjectNode) schema).deepCopy();
        wrapped.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        wrapped.set("components", document().path("components"));
        Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(wrapped);
        var errors = validator.validate(answer.body());
        assertThat(errors).as("%s %s %s: %s", method, path, answer.status(), answer.raw().body()).isEmpty();
    }

    private JsonNode operation(String method, String path) {
        Iterator<Map.Entry<String, JsonNode>> paths = document().path("paths").properties().iterator();
        while (paths.hasNext()) {
            var entry = paths.next();
            String regex = "\\Q" + entry.getKey().replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "\\E";
            if (Pattern.matches(regex, path) && entry.getValue().has(method)) {
                return entry.getValue().get(method);
            }
        }
        throw new AssertionError("The document describes no " + method + " " + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
