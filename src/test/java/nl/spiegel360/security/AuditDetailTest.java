package nl.spiegel360.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import java.util.List;
import nl.spiegel360.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The audit log keeps the detail an investigation needs, and no entry that did not happen: a refusal that ends on the
 * error page names the URL that was asked for, a failed sign-on its address and reason, and a request that failed for
 * another reason (a lost database connection) is no refusal of the person. The requests are built here; what they
 * are recorded as is read back from the database.
 */
@IntegrationTest
class AuditDetailTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_refusal_that_ends_on_the_error_page_names_the_url_that_was_asked_for() {
        String url = "/reviews/" + System.nanoTime() + "/report";
        events.publishEvent(new AuthorizationDeniedEvent<>(this::signedIn, errorPage(url, 403),
                new AuthorizationDecision(false)));
        assertThat(details("access.refused", url)).singleElement().asString().contains("GET " + url)
                .doesNotContain("/error").contains("address 198.51.100.7");
    }

    @Test
    void the_error_page_of_a_request_that_failed_for_another_reason_is_no_refusal() {
        String url = "/requests/" + System.nanoTime();
        events.publishEvent(new AuthorizationDeniedEvent<>(this::signedIn, errorPage(url, 500),
                new AuthorizationDecision(false)));
        assertThat(details("access.refused", url)).isEmpty();
    }

    @Test
    void a_failed_sign_on_is_recorded_with_its_address_and_reason() {
        var request = new MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.44");
        var attempt = new TestingAuthenticationToken("someone", null);
        attempt.setDetails(new WebAuthenticationDetails(request));
        String reason = "nonce " + System.nanoTime();
        events.publishEvent(new AuthenticationFailureServiceExceptionEvent(attempt,
                new OAuth2AuthenticationException(new OAuth2Error("invalid_id_token"), reason)));
        assertThat(details("sign-on.failed", reason)).singleElement().asString().contains("address 203.0.113.44")
                .contains("invalid_id_token");
    }

    private TestingAuthenticationToken signedIn() {
        var user = new SpiegelUser(1, "hr@spiegel360.example", "HR", null, true, java.util.Set.of(Role.HR));
        return new TestingAuthenticationToken(user, null, List.of());
    }

    private static MockHttpServletRequest errorPage(String url, int status) {
        var request = new MockHttpServletRequest("GET", "/error");
        request.setDispatcherType(DispatcherType.ERROR);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, url);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        request.setRemoteAddr("198.51.100.7");
        return request;
    }

    private List<String> details(String action, String containing) {
        return jdbc.queryForList("select details from audit_event where action = ? and details like ?", String.class,
                action, "%" + containing + "%");
    }
}
