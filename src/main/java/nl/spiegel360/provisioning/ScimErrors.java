package nl.spiegel360.provisioning;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/** SCIM's error format (RFC 7644, section 3.12). */
final class ScimErrors {

    static final String MEDIA_TYPE = "application/scim+json";
    static final String ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScimErrors() {
    }

    /** A SCIM error with its HTTP status, its {@code scimType} where SCIM defines one, and a sentence. */
    static final class ScimException extends RuntimeException {

        private final int status;
        private final @Nullable String scimType;

        ScimException(int status, @Nullable String scimType, String detail) {
            super(detail);
            this.status = status;
            this.scimType = scimType;
        }

        int status() {
            return status;
        }

        @Nullable String scimType() {
            return scimType;
        }
    }

    static String body(int status, @Nullable String scimType, String detail) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("schemas", List.of(ERROR_SCHEMA));
        error.put("status", String.valueOf(status));
        if (scimType != null) {
            error.put("scimType", scimType);
        }
        error.put("detail", detail);
        return JSON.writeValueAsString(error);
    }

    static ResponseEntity<String> entity(ScimException e) {
        return ResponseEntity.status(e.status()).header("Content-Type", MEDIA_TYPE)
                .body(body(e.status(), e.scimType(), String.valueOf(e.getMessage())));
    }

    static void write(HttpServletResponse response, int status, @Nullable String scimType, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"scim\"");
        }
        response.getWriter().write(body(status, scimType, detail));
    }
}
