package nl.spiegel360.report;

import java.util.ArrayList;
import java.util.List;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.people.PersonSummary;
import nl.spiegel360.review.CycleService;
import nl.spiegel360.review.CycleState;
import nl.spiegel360.review.NominationService;
import nl.spiegel360.review.QuestionnaireService;
import nl.spiegel360.review.RaterRequests;
import nl.spiegel360.review.ReviewClosing;
import nl.spiegel360.review.ReviewFixture;
import nl.spiegel360.review.ReviewReadModels.QuestionnaireItem;
import nl.spiegel360.test.Login;
import nl.spiegel360.test.TestClock;
import org.springframework.stereotype.Component;

/**
 * A review of a fresh team with raters whose answers are stored as the questionnaire stores them and who submit
 * through the questionnaire service.
 */
@Component
public class ReportFixture {

    private final ReviewFixture reviews;
    private final CycleService cycles;
    private final NominationService nominations;
    private final QuestionnaireService questionnaires;
    private final RaterRequests requests;
    private final ReviewClosing closing;
    private final Login login;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    ReportFixture(ReviewFixture reviews, CycleService cycles, NominationService nominations,
            QuestionnaireService questionnaires, RaterRequests requests, ReviewClosing closing, Login login,
            org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.closing = closing;
        this.reviews = reviews;
        this.cycles = cycles;
        this.nominations = nominations;
        this.questionnaires = questionnaires;
        this.requests = requests;
        this.login = login;
    }

    public record Rated(ReviewFixture.Team team, long reviewId, List<Long> assignments) {
        public PersonSummary employee() {
            return team.employee(0);
        }
    }

    /**
     * Employee 0 is rated by themselves, the manager and {@code peers} peers (employees 1..peers); every rater
     * answers with the scorer (which receives the indicator id and the rater's index) and submits; then the manager
     * closes the review, so that its result exists.
     */
    public Rated rated(int peers, ScoreFunction scorer) {
        Rated rated = collecting(peers, scorer);
        close(rated);
        return rated;
    }

    /** The manager closes the review early. */
    public void close(Rated rated) {
        login.as(rated.team().manager().email());
        closing.close(rated.reviewId());
        login.out();
    }

    /** As {@link #rated}, but the review still collects: every questionnaire submitted, no result yet. */
    public Rated collecting(int peers, ScoreFunction scorer) {
        return collect(team(peers), peers, scorer);
    }

    /** A fresh team of a manager and {@code peers} + 1 employees, in a cycle of its own that has not begun. */
    public ReviewFixture.Team team(int peers) {
        return reviews.team(peers + 1, TestClock.today().plusDays(10));
    }

    /**
     * The same team's next cycle (opening after the previous one), rated and closed as {@link #rated} does: employee
     * 0's later review.
     */
    public Rated next(Rated previous, int peers, ScoreFunction scorer) {
        login.as(DemoPeople.HR_EMAIL);
        var today = TestClock.today();
        long cycleId = cycles.create(nl.spiegel360.review.CycleDraft.withDefaults("Volgende ronde "
                + previous.team().name(), today.minusDays(5), today, today.plusDays(10))).id();
        cycles.addTeam(cycleId, previous.team().name());
        var team = new ReviewFixture.Team(previous.team().name(), previous.team().manager(),
                previous.team().employees(), cycleId);
        Rated rated = collect(team, peers, scorer);
        close(rated);
        return rated;
    }

    private Rated collect(ReviewFixture.Team team, int peers, ScoreFunction scorer) {
        return answered(team, nominated(team, peers), peers, scorer);
    }

    /** A fresh team's cycle opened, and employee 0's review with {@code peers} peers (employees 1..peers) asked. */
    public long nominated(ReviewFixture.Team team, int peers) {
        login.as(DemoPeople.HR_EMAIL);
        cycles.advance(team.cycleId(), CycleState.NOMINATION);
        long reviewId = reviews.reviewOf(team, team.employee(0));
        login.as(team.manager().email());
        for (int i = 1; i <= peers; i++) {
            nominations.nominate(reviewId, team.employee(i).id(), RaterGroup.PEER);
        }
        login.out();
        return reviewId;
    }

    /** Every rater of the review answers with the scorer and submits; the review still collects. */
    public Rated answered(ReviewFixture.Team team, long reviewId, int peers, ScoreFunction scorer) {
        List<String> raters = new ArrayList<>();
        raters.add(team.employee(0).email());
        raters.add(team.manager().email());
        for (int i = 1; i <= peers; i++) {
            raters.add(team.employee(i).email());
        }
        List<Long> assignments = new ArrayList<>();
        for (int r = 0; r < raters.size(); r++) {
            login.as(raters.get(r));
            long assignment = requests.myRequests().stream().filter(x -> x.reviewId() == reviewId)
                    .findFirst().orElseThrow().assignmentId();
            int rater = r;
            var q = questionnaires.questionnaire(assignment);
            // the answers are written straight into the database, as saved answers are stored (how answers are
            // saved one by one has tests of its own); the submit goes through the service, which checks them all
            List<Object[]> rows = new ArrayList<>();
            for (QuestionnaireItem item : q.competencies().stream().flatMap(c -> c.items().stream()).toList()) {
                int score = scorer.score(item.indicatorId(), rater);
                rows.add(new Object[] {assignment, item.indicatorId(), score == 0 ? null : score});
            }
            jdbc.batchUpdate("""
                    insert into rating (id, version, assignment_id, indicator_id, score, updated_at)
                    values (nextval('rating_seq'), 0, ?, ?, ?, now())""", rows,
                    new int[] {java.sql.Types.BIGINT, java.sql.Types.BIGINT, java.sql.Types.INTEGER});
            questionnaires.submit(assignment);
            assignments.add(assignment);
        }
        login.out();
        return new Rated(team, reviewId, assignments);
    }

    /** Self optimistic, manager middling, peers spread; every 7th item "can't judge" for peers. */
    public static int spread(long indicator, int rater) {
        if (rater >= 2 && indicator % 7 == 0) {
            return 0;
        }
        return (int) ((indicator * 3 + rater * 5) % 4) + 1;
    }

    /** A score for an indicator and a rater (0: self, 1: manager, 2..: peers); 0 means "can't judge". */
    @FunctionalInterface
    public interface ScoreFunction {
        int score(long indicatorId, int rater);
    }

}
