package nl.spiegel360.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The metrics a platform team scrapes: Prometheus' text format for the monitoring system's own credentials, and
 * nothing for anyone else, a signed-in HR user included. Every request carries an id in its answer.
 */
@IntegrationTest
class MetricsEndpointTest {

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        var requestIds = (org.springframework.boot.web.servlet.FilterRegistrationBean<?>) context.getBean("requestIds");
        mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(requestIds.getFilter())
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void the_monitoring_system_scrapes_the_metrics_in_prometheus_format() throws Exception {
        var response = mvc.perform(get("/actuator/prometheus").header("Authorization",
                basic(MetricsSecurity.SCRAPER, "scrape-secret-for-tests"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/plain");
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("# TYPE spiegel360_answers_saved_total counter",
                "spiegel360_mail_outbox_waiting", "spiegel360_mail_outbox_failing", "spiegel360_sessions_signed_in",
                "spiegel360_scheduler_lag_seconds", "hikaricp_connections_active", "jvm_memory_used_bytes");
    }

    @Test
    void nobody_else_gets_them() throws Exception {
        assertThat(mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getStatus())
                .as("anonymous").isEqualTo(401);
        assertThat(mvc.perform(get("/actuator/prometheus").header("Authorization",
                basic(MetricsSecurity.SCRAPER, "guessed"))).andReturn().getResponse().getStatus())
                .as("a wrong password").isEqualTo(401);
        assertThat(mvc.perform(get("/actuator/prometheus").header("Authorization",
                basic(DemoPeople.HR_EMAIL, DemoPeople.PASSWORD))).andReturn().getResponse().getStatus())
                .as("a person's account, even HR's").isEqualTo(401);
        var hrSession = mvc.perform(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestBuilders.formLogin("/login").user(DemoPeople.HR_EMAIL)
                .password(DemoPeople.PASSWORD)).andReturn().getRequest().getSession();
        assertThat(mvc.perform(get("/actuator/prometheus").session((org.springframework.mock.web.MockHttpSession)
                hrSession)).andReturn().getResponse().getStatus()).as("a signed-in HR session").isEqualTo(401);
    }

    @Test
    void every_answer_carries_a_request_id_and_a_plain_one_from_the_balancer_is_kept() throws Exception {
        String fromBalancer = mvc.perform(get("/actuator/health").header("X-Request-Id", "lb-42"))
                .andReturn().getResponse().getHeader("X-Request-Id");
        assertThat(fromBalancer).isEqualTo("lb-42");
        String invented = mvc.perform(get("/actuator/health").header("X-Request-Id", "<script>"))
                .andReturn().getResponse().getHeader("X-Request-Id");
        assertThat(invented).matches("[0-9a-f-]{36}");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }
}
