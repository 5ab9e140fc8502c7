package nl.spiegel360.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Objects;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.review.ReviewFixture;
import nl.spiegel360.test.KaribuTest;
import nl.spiegel360.test.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The start page as an inbox on the demo organisation: each role sees what waits for it, one click from the task. */
class HomeViewTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired ReviewFixture reviews;

    @Test
    void the_manager_sees_the_nominations_to_approve_the_review_to_close_and_the_report_to_release() {
        signInAs(DemoPeople.MANAGER_EMAIL);
        UI.getCurrent().navigate("");
        assertThat(links("home-approve")).containsExactly(t("home.task.approve", 2, "Lucas de Boer"));
        assertThat(hrefs("home-approve")).allMatch(h -> h.matches("reviews/\\d+/nomination"));
        assertThat(links("home-close")).contains(t("home.task.close", "Fleur Mulder"));
        assertThat(links("home-release")).contains(t("home.task.release", "Emma Meijer", "Feedbackronde najaar 2026"));
        assertThat(hrefs("home-release")).allMatch(h -> h.matches("reviews/\\d+/report"));
        long open = Objects.requireNonNull(jdbc.queryForObject("select count(*) from rater_assignment a join person p"
                + " on p.id = a.rater_id where p.email = ? and a.status in ('NOT_STARTED', 'IN_PROGRESS')", Long.class,
                DemoPeople.MANAGER_EMAIL));
        assertThat(links("home-questionnaires")).hasSize((int) open);
        int items = _find(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("home-inbox")),
                Anchor.class).size();
        assertThat(_get(H3.class, spec -> spec.withId("home-inbox-title")).getText())
                .isEqualTo(t("home.inbox", items));
    }

    @Test
    void hr_sees_the_running_cycle_with_its_progress_from_the_database() {
        signInAs(DemoPeople.HR_EMAIL);
        UI.getCurrent().navigate("");
        long submitted = count("select count(*) from rater_assignment a join review r on r.id = a.review_id"
                + " join review_cycle c on c.id = r.cycle_id where c.name = 'Feedbackronde najaar 2026'"
                + " and a.status = 'SUBMITTED'");
        long open = count("select count(*) from rater_assignment a join review r on r.id = a.review_id"
                + " join review_cycle c on c.id = r.cycle_id where c.name = 'Feedbackronde najaar 2026'"
                + " and a.status in ('NOT_STARTED', 'IN_PROGRESS')");
        String state = t("cycle.state." + jdbc.queryForObject("select state from review_cycle where name ="
                + " 'Feedbackronde najaar 2026'", String.class));
        assertThat(links("home-cycles")).contains(t("home.task.cycle", "Feedbackronde najaar 2026", state, submitted,
                submitted + open, open));
    }

    @Autowired nl.spiegel360.review.CycleService cycles;
    @Autowired nl.spiegel360.review.NominationService nominations;

    @Test
    void questionnaires_of_two_cycles_are_grouped_under_each_cycles_name() {
        var team = reviews.team(1, TestClock.today().plusDays(20));
        login.as(DemoPeople.HR_EMAIL);
        String second = "Tussenronde " + System.nanoTime();
        java.time.LocalDate opens = TestClock.today().minusDays(1);
        long other = cycles.create(nl.spiegel360.review.CycleDraft.withDefaults(second, opens, opens.plusDays(5),
                opens.plusDays(30))).id();
        cycles.addTeam(other, team.name());
        cycles.advance(team.cycleId(), nl.spiegel360.review.CycleState.NOMINATION);
        cycles.advance(other, nl.spiegel360.review.CycleState.NOMINATION);
        String first = cycles.cycle(team.cycleId()).name();

        signInAs(team.employee(0).email());
        UI.getCurrent().navigate("");
        assertThat(links("home-questionnaires")).as("one self-assessment per cycle").hasSize(2);
        assertThat(_find(_get(UnorderedList.class, spec -> spec.withId("home-questionnaires")),
                com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("home-cycle")))
                .extracting(com.vaadin.flow.component.html.Span::getText).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void a_manager_with_many_look_alike_questionnaires_reads_one_line_that_opens_the_list() {
        var team = reviews.team(7, TestClock.today().plusDays(20));
        login.as(DemoPeople.HR_EMAIL);
        cycles.advance(team.cycleId(), nl.spiegel360.review.CycleState.NOMINATION);

        for (int i = 0; i < 7; i++) {
            long review = reviews.reviewOf(team, team.employee(i));
            login.as(team.employee(i).email());
            nominations.nominate(review, team.employee((i + 1) % 7).id(), nl.spiegel360.aggregation.RaterGroup.PEER);
        }

        signInAs(team.manager().email());
        UI.getCurrent().navigate("");
        assertThat(links("home-questionnaires")).containsExactly(t("home.task.questionnaires-folded", 7, 0,
                7 * 68));
        assertThat(hrefs("home-questionnaires")).containsExactly("requests");
        assertThat(links("home-approve")).containsExactly(t("home.task.approve-folded", 7));
        assertThat(hrefs("home-approve")).containsExactly("team");
    }

    @Test
    void someone_with_nothing_to_do_is_told_so() {
        var team = reviews.team(1, TestClock.today().plusDays(20));
        signInAs(team.employee(0).email());
        UI.getCurrent().navigate("");
        assertThat(_get(Paragraph.class, spec -> spec.withId("home-inbox-none")).getText())
                .isEqualTo(t("home.inbox.none"));
        assertThat(_find(UnorderedList.class)).isEmpty();
    }

    private List<String> links(String id) {
        return _find(_get(UnorderedList.class, spec -> spec.withId(id)), Anchor.class).stream()
                .map(Anchor::getText).toList();
    }

    private List<String> hrefs(String id) {
        return _find(_get(UnorderedList.class, spec -> spec.withId(id)), Anchor.class).stream()
                .map(Anchor::getHref).toList();
    }

    private long count(String sql) {
        return Objects.requireNonNull(jdbc.queryForObject(sql, Long.class));
    }
}
