package nl.spiegel360.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A review released before its standings were kept (an installation from before they existed) gets them at start-up,
 * the same as the release keeps them.
 */
@IntegrationTest
class StandingsKeptAtStartUpTest {

    @Autowired
    private ReportFixture fixture;
    @Autowired
    private ReportService reports;
    @org.springframework.beans.factory.annotation.Autowired
    nl.spiegel360.review.ReviewReleases releases;
    @Autowired
    private ReleasedStandings standings;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private Login login;

    @Test
    void a_review_released_without_standings_gets_the_ones_its_release_would_have_kept() {
        ReportFixture.Rated rated = fixture.rated(3, ReportFixture::spread);
        login.as(rated.team().manager().email());
        reports.confirmConsensus(rated.reviewId());
        releases.release(rated.reviewId());
        login.out();
        List<Map<String, Object>> kept = rows(rated.reviewId());
        List<Map<String, Object>> holds = holds(rated.reviewId());
        assertThat(kept).hasSize(6);
        assertThat(holds).isNotEmpty();

        jdbc.sql("delete from released_hold where review_id = ?").param(rated.reviewId()).update();
        jdbc.sql("delete from released_standing where review_id = ?").param(rated.reviewId()).update();
        standings.keepMissing();

        assertThat(rows(rated.reviewId())).isEqualTo(kept);
        assertThat(holds(rated.reviewId())).isEqualTo(holds);
    }

    private List<Map<String, Object>> rows(long review) {
        return jdbc.sql("select * from released_standing where review_id = ? order by competency_id").param(review)
                .query().listOfRows();
    }

    private List<Map<String, Object>> holds(long review) {
        return jdbc.sql("select * from released_hold where review_id = ? order by indicator_id").param(review)
                .query().listOfRows();
    }
}
