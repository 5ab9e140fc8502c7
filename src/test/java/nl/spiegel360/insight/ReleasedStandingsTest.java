package nl.spiegel360.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.competency.ProfileReader;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.insight.OrganisationInsight.Grouping;
import nl.spiegel360.insight.OrganisationInsight.Selection;
import nl.spiegel360.people.PersonAdministration;
import nl.spiegel360.people.PersonDraft;
import nl.spiegel360.privacy.PrivacyService;
import nl.spiegel360.report.Report;
import nl.spiegel360.report.ReportFixture;
import nl.spiegel360.report.ReportService;
import nl.spiegel360.report.ReleasedStandings;
import nl.spiegel360.review.NominationService;
import nl.spiegel360.review.QuestionnaireService;
import nl.spiegel360.review.RaterRequests;
import nl.spiegel360.review.ReviewClosing;
import nl.spiegel360.review.ReviewFixture;
import nl.spiegel360.review.ReviewReadModels.QuestionnaireItem;
import nl.spiegel360.security.CurrentUser;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the organisation's figures read is kept at release through the real services: one standing per person and
 * competency, the report's own level, whatever the number of raters; the team at launch; erased with the review.
 */
@IntegrationTest
class ReleasedStandingsTest {

    @Autowired
    private ReportFixture fixture;
    @Autowired
    private ReviewFixture reviews;
    @Autowired
    private NominationService nominations;
    @Autowired
    private QuestionnaireService questionnaires;
    @Autowired
    private RaterRequests requests;
    @Autowired
    private ReviewClosing closing;
    @Autowired
    private ReportService reports;
    @org.springframework.beans.factory.annotation.Autowired
    nl.spiegel360.review.ReviewReleases releases;
    @Autowired
    private ReleasedStandings standings;
    @Autowired
    private ProfileReader profiles;
    @Autowired
    private LearningNeeds learningNeeds;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private PersonAdministration people;
    @Autowired
    private PrivacyService privacy;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private Login login;
    @Autowired
    private OrganisationInsight organisation;
    @Autowired
    private io.micrometer.core.instrument.MeterRegistry meters;

    @AfterEach
    void out() {
        login.out();
    }

    @Test
    void a_person_with_twelve_raters_weighs_as_much_as_one_with_four() {
        // twelve raters (the manager and eleven colleagues) for one employee, four (the manager and three) for another
        ReviewFixture.Team team = fixture.team(12);
        jdbc.sql("update review_cycle set peers_max = 11 where id = ?").param(team.cycleId()).update();
        long many = fixture.nominated(team, 11);
        long few = reviews.reviewOf(team, team.employee(12));
        login.as(team.manager().email());
        for (int i = 1; i <= 3; i++) {
            nominations.nominate(few, team.employee(i).id(), RaterGroup.PEER);
        }
        // the twelve see everything higher than the four do, so that a mean over ratings would lean to them
        fixture.answered(team, many, 11, (indicator, rater) -> rater == 0 ? 4 : 3 + (int) (indicator % 2));
        answer(team, few, List.of(team.employee(12).email(), team.manager().email(), team.employee(1).email(),
                team.employee(2).email(), team.employee(3).email()), indicator -> 1 + (int) (indicator % 2));
        login.as(team.manager().email());
        closing.close(many);
        closing.close(few);
        List<Report> released = new ArrayList<>();
        var insight = insight(1);
        for (long review : List.of(many, few)) {
            login.as(team.manager().email());
            reports.confirmConsensus(review);
            releases.release(review);
            released.add(reports.report(review));
            login.as(DemoPeople.HR_EMAIL);
            // the page read before this release is not kept past it
            assertThat(insight.view(new Selection(team.cycleId(), null, null, Grouping.TEAM), Locale.ROOT).people())
                    .isEqualTo(released.size());
        }
        var view = insight.view(new Selection(team.cycleId(), null, null, Grouping.TEAM), Locale.ROOT);
        assertThat(view.people()).isEqualTo(2);
        var total = Objects.requireNonNull(view.total());
        for (int c = 0; c < view.columns().size(); c++) {
            long competency = Long.parseLong(view.columns().get(c).competency());
            List<Report.CompetencyRow> rows = released.stream().map(r -> r.rows().stream()
                    .filter(row -> row.competencyId() == competency).findFirst().orElseThrow()).toList();
            var figures = Objects.requireNonNull(total.cells().get(c).figures());
            int withLevel = 0;
            int gaps = 0;
            for (var row : rows) {
                if (row.finalLevel() != null) {
                    withLevel++;
                    gaps += row.finalLevel() - row.norm();
                }
            }
            assertThat(total.cells().get(c).people()).as("each person once").isEqualTo(2);
            assertThat(figures.withLevel()).isEqualTo(withLevel);
            assertThat(figures.meanGap()).as("the mean of the two people's gaps, not of their raters'")
                    .isEqualTo(withLevel == 0 ? null : gaps / (double) withLevel);
        }
        assertThat(jdbc.sql("select count(*) from released_standing where review_id in (:r)")
                .param("r", List.of(many, few)).query(Integer.class).single())
                .isEqualTo(released.stream().mapToInt(r -> r.rows().size()).sum());
    }

    @Test
    void a_person_who_moved_team_after_launch_counts_in_the_team_of_the_launch() {
        ReportFixture.Rated rated = fixture.rated(3, ReportFixture::spread);
        var employee = rated.employee();
        login.as(DemoPeople.HR_EMAIL);
        people.update(employee.id(), employee.version(), new PersonDraft(employee.name(), employee.email(),
                employee.jobTitle(), "Verhuisd " + employee.id(), employee.managerId(), false, null));
        login.as(rated.team().manager().email());
        reports.confirmConsensus(rated.reviewId());
        releases.release(rated.reviewId());
        login.as(DemoPeople.HR_EMAIL);
        var view = insight(1).view(new Selection(rated.team().cycleId(), null, null, Grouping.TEAM), Locale.ROOT);
        assertThat(view.rows()).extracting(OrganisationInsight.Row::key).containsExactly(rated.team().name());
    }

    @Test
    void erasing_the_employee_takes_their_standings_with_the_result() {
        ReportFixture.Rated rated = fixture.rated(3, ReportFixture::spread);
        login.as(rated.team().manager().email());
        reports.confirmConsensus(rated.reviewId());
        releases.release(rated.reviewId());
        assertThat(count(rated.reviewId())).isPositive();
        login.as(DemoPeople.HR_EMAIL);
        privacy.erase(rated.employee().id());
        assertThat(count(rated.reviewId())).isZero();
    }

    @Test
    void after_releases_hrs_kept_table_is_built_again_in_the_background_once_and_the_next_view_waits_for_nothing()
            throws InterruptedException {
        // four people of one team, each rated by themselves, the manager and three colleagues
        ReviewFixture.Team team = fixture.team(4);
        long cycle = team.cycleId();
        long first = fixture.nominated(team, 3);
        List<Long> more = new ArrayList<>();
        login.as(team.manager().email());
        for (int k = 1; k <= 3; k++) {
            long review = reviews.reviewOf(team, team.employee(k));
            List<String> raters = new ArrayList<>(List.of(team.employee(k).email(), team.manager().email()));
            for (int p = 0; p <= 4 && raters.size() < 5; p++) {
                if (p != k) {
                    login.as(team.manager().email());
                    nominations.nominate(review, team.employee(p).id(), RaterGroup.PEER);
                    raters.add(team.employee(p).email());
                }
            }
            answer(team, review, raters, indicator -> 1 + (int) (indicator % 3));
            more.add(review);
        }
        fixture.answered(team, first, 3, ReportFixture::spread);
        login.as(team.manager().email());
        for (long review : more) {
            closing.close(review);
        }
        closing.close(first);
        reports.confirmConsensus(first);
        releases.release(first);
        login.as(DemoPeople.HR_EMAIL);
        var selection = new Selection(cycle, null, null, Grouping.TEAM);
        assertThat(organisation.view(selection, Locale.ROOT).people()).isEqualTo(1);
        double builtBefore = built();

        // the manager releases three more reviews of the cycle one after the other
        login.as(team.manager().email());
        for (long review : more) {
            reports.confirmConsensus(review);
            releases.release(review);
        }
        login.out();
        org.awaitility.Awaitility.await("the table built again").atMost(java.time.Duration.ofSeconds(20))
                .until(() -> built() > builtBefore);
        // the pause has passed and the build has ended: nothing more is built for these releases
        Thread.sleep(TablesAfterChange.PAUSE_MILLIS + 500);
        double builtAfter = built();
        assertThat(builtAfter - builtBefore).as("three releases in a row, gathered into fewer builds")
                .isBetween(1.0, 2.0);

        login.as(DemoPeople.HR_EMAIL);
        assertThat(organisation.view(selection, Locale.ROOT).people()).as("the new table, with every release")
                .isEqualTo(4);
        assertThat(built()).as("the view read the table built in the background").isEqualTo(builtAfter);
    }

    @Test
    void a_change_another_instance_made_is_found_and_its_table_built_before_the_next_reader_comes()
            throws InterruptedException {
        ReportFixture.Rated rated = fixture.rated(3, ReportFixture::spread);
        login.as(rated.team().manager().email());
        reports.confirmConsensus(rated.reviewId());
        releases.release(rated.reviewId());
        login.as(DemoPeople.HR_EMAIL);
        var selection = new Selection(rated.team().cycleId(), null, null, Grouping.TEAM);
        assertThat(organisation.view(selection, Locale.ROOT).people()).isEqualTo(1);
        login.out();
        // what the release here asks for is done: nothing is built for it after this
        Thread.sleep(TablesAfterChange.PAUSE_MILLIS + 500);
        double builtBefore = built();

        // another instance erases the review's standings: nothing is told to this one
        jdbc.sql("delete from released_hold where review_id = ?").param(rated.reviewId()).update();
        jdbc.sql("delete from released_standing where review_id = ?").param(rated.reviewId()).update();
        org.awaitility.Awaitility.await("the changed table built again").atMost(java.time.Duration.ofSeconds(20))
                .until(() -> built() > builtBefore);
        double builtAfter = built();

        login.as(DemoPeople.HR_EMAIL);
        assertThat(organisation.view(selection, Locale.ROOT).people()).as("the table without the review").isZero();
        assertThat(built()).as("the view read the table built in the background").isEqualTo(builtAfter);
    }

    private double built() {
        return meters.get(OrganisationInsight.TABLES_BUILT).counter().count();
    }

    private int count(long review) {
        return jdbc.sql("select count(*) from released_standing where review_id = ?").param(review)
                .query(Integer.class).single();
    }

    private OrganisationInsight insight(int minimum) {
        return new OrganisationInsight(standings, learningNeeds, profiles, currentUser,
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry(), minimum);
    }

    /** Every rater answers the review's questionnaire with the scorer and submits. */
    private void answer(ReviewFixture.Team team, long reviewId, List<String> raters,
            java.util.function.LongToIntFunction scorer) {
        for (String rater : raters) {
            login.as(rater);
            long assignment = requests.myRequests().stream().filter(x -> x.reviewId() == reviewId).findFirst()
                    .orElseThrow().assignmentId();
            var q = questionnaires.questionnaire(assignment);
            for (QuestionnaireItem item : q.competencies().stream().flatMap(c -> c.items().stream()).toList()) {
                questionnaires.answer(assignment, item.indicatorId(), scorer.applyAsInt(item.indicatorId()),
                        QuestionnaireService.NEW);
            }
            questionnaires.submit(assignment);
        }
        login.out();
    }
}
