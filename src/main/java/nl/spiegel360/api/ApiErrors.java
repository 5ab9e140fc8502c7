package nl.spiegel360.api;

import jakarta.servlet.http.HttpServletRequest;
import nl.spiegel360.base.UserFacingException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal of the API's controllers as an RFC 9457 problem detail: what Spring MVC refuses (a malformed body,
 * a wrong type of parameter), the API's own refusals, and the services' sentences in the client's language.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ApiErrors.class);

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ApiException.class)
    ProblemDetail refused(ApiException e, HttpServletRequest request) {
        return ApiProblems.problem(e.status(), String.valueOf(e.getMessage()), request.getRequestURI());
    }

    /** A service's refusal: "not found" as 404, any other rule the request broke as 422, in the client's language. */
    @ExceptionHandler(UserFacingException.class)
    ProblemDetail refused(UserFacingException e, HttpServletRequest request) {
        HttpStatus status = e.messageKey().equals("common.not-found") ? HttpStatus.NOT_FOUND
                : HttpStatus.UNPROCESSABLE_CONTENT;
        String detail = messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(),
                ApiPaging.language(request));
        return ApiProblems.problem(status, detail == null ? e.messageKey() : detail, request.getRequestURI());
    }

    /** Anything else is the server's fault: a problem that says so and nothing of its cause. */
    @ExceptionHandler(RuntimeException.class)
    ProblemDetail failed(RuntimeException e, HttpServletRequest request) {
        LOG.error("API call {} failed", request.getRequestURI(), e);
        return ApiProblems.problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "The server could not answer; the failure is logged.", request.getRequestURI());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail refused(AccessDeniedException e, HttpServletRequest request) {
        return ApiProblems.problem(HttpStatus.FORBIDDEN, "This client's scopes do not allow that.",
                request.getRequestURI());
    }
}
