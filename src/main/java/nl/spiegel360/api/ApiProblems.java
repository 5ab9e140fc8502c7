package nl.spiegel360.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** The API's refusals as RFC 9457 problem details, for those written before a controller is reached. */
final class ApiProblems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiProblems() {
    }

    static ProblemDetail problem(HttpStatus status, String detail, @Nullable String instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        if (instance != null) {
            problem.setInstance(URI.create(instance));
        }
        return problem;
    }

    static void write(HttpServletResponse response, HttpStatus status, String detail, @Nullable String instance)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        // the same problem the controllers answer, written before Spring MVC is reached
        ProblemDetail problem = problem(status, detail, instance);
        var body = new java.util.LinkedHashMap<String, Object>();
        if (!"about:blank".equals(String.valueOf(problem.getType()))) {
            body.put("type", String.valueOf(problem.getType()));
        }
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", String.valueOf(problem.getInstance()));
        }
        JSON.writeValue(response.getOutputStream(), body);
    }
}
