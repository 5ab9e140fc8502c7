package nl.spiegel360.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.people.OwnAccount;
import nl.spiegel360.people.PersonAdministration;
import nl.spiegel360.people.PersonDraft;
import nl.spiegel360.people.PersonSummary;
import nl.spiegel360.review.ReviewFixture;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import nl.spiegel360.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Rights follow changes at once: a session whose person lost a role, was deactivated or got a new password ends
 * at its next request, whichever instance holds it (the check reads the database, not this instance's memory).
 * And the sign-in form accepts no post from another site.
 */
@IntegrationTest
class RightsFollowChangesTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    PersonAdministration people;

    @Autowired
    OwnAccount account;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    Login login;

    @Autowired
    nl.spiegel360.audit.AuditLog audit;

    private MockMvc mvc;
    private PersonSummary hr;
    private long cycleId;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        cycleId = fixture.team(1, TestClock.today().plusDays(10)).cycleId();
        login.as(DemoPeople.HR_EMAIL);
        String suffix = Long.toString(System.nanoTime(), 36);
        hr = people.create(new PersonDraft("Hilde HR " + suffix, "hilde-" + suffix + "@example.org", "HR-adviseur",
                "P&O", null, true, ReviewFixture.PASSWORD));
        login.out();
    }

    @AfterEach
    void signOut() {
        login.out();
    }

    @Test
    void a_removed_hr_role_ends_the_open_session_before_its_next_download() throws Exception {
        MockHttpSession session = signIn(hr.email(), ReviewFixture.PASSWORD);
        assertThat(download(session)).isEqualTo(200);

        login.as(DemoPeople.HR_EMAIL);
        PersonSummary current = people.search(hr.email(), 0, 1).getFirst();
        people.update(hr.id(), current.version(), new PersonDraft(current.name(), current.email(), "HR-adviseur",
                "P&O", null, false, null));

        assertThat(download(session)).as("refused: sent to sign in").isEqualTo(302);
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_deactivation_ends_the_open_session() throws Exception {
        MockHttpSession session = signIn(hr.email(), ReviewFixture.PASSWORD);
        login.as(DemoPeople.HR_EMAIL);
        people.deactivate(hr.id());
        assertThat(download(session)).isEqualTo(302);
    }

    @Test
    void a_new_password_ends_every_other_session_of_the_person() throws Exception {
        MockHttpSession other = signIn(hr.email(), ReviewFixture.PASSWORD);
        login.as(hr.email());
        account.changeOwnPassword(ReviewFixture.PASSWORD, "paars konijn fietst langs de gracht");
        login.out();
        assertThat(download(other)).isEqualTo(302);
        assertThat(signIn(hr.email(), "paars konijn fietst langs de gracht")).isNotNull();
    }

    @Test
    void a_sign_in_posted_from_another_site_is_refused() throws Exception {
        for (var from : java.util.List.of(new String[] {"Origin", "https://evil.example"},
                new String[] {"Sec-Fetch-Site", "cross-site"}, new String[] {"Origin", "http://localhost:8081"})) {
            var result = mvc.perform(post("/login").header(from[0], from[1]).param("username", hr.email())
                    .param("password", ReviewFixture.PASSWORD)).andReturn();
            assertThat(result.getResponse().getStatus()).as(from[1]).isEqualTo(403);
            var session = result.getRequest().getSession(false);
            assertThat(session == null || session.getAttribute("SPRING_SECURITY_CONTEXT") == null).isTrue();
        }
        var same = mvc.perform(post("/login").header("Origin", "http://localhost").header("Sec-Fetch-Site",
                "same-origin").param("username", hr.email()).param("password", ReviewFixture.PASSWORD)).andReturn();
        assertThat(same.getResponse().getStatus()).isEqualTo(302);
        assertThat(same.getResponse().getRedirectedUrl()).doesNotContain("error");
    }

    @Test
    void a_download_of_a_record_that_may_not_be_seen_is_answered_not_found_and_recorded() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        login.as(DemoPeople.HR_EMAIL);
        var plain = people.create(new PersonDraft("Piet Plain " + suffix, "piet-" + suffix + "@example.org", null,
                null, null, false, ReviewFixture.PASSWORD));
        login.out();
        MockHttpSession employee = signIn(plain.email(), ReviewFixture.PASSWORD);
        login.out();
        int status = mvc.perform(get("/export/reviews/999999/report.pdf").session(employee)).andReturn().getResponse()
                .getStatus();
        assertThat(status).isEqualTo(404);
        login.as(DemoPeople.HR_EMAIL);
        assertThat(audit.search(plain.email(), 0, 20)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("access.not-found");
            assertThat(e.details()).contains("GET /export/reviews/999999/report.pdf").contains("address");
        });
    }

    private MockHttpSession signIn(String email, String password) throws Exception {
        var result = mvc.perform(post("/login").param("username", email).param("password", password))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private int download(MockHttpSession session) throws Exception {
        login.out();
        return mvc.perform(get("/export/cycles/" + cycleId + "/report.csv").session(session)).andReturn()
                .getResponse().getStatus();
    }
}
