package nl.spiegel360.quality;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.report.ReportFixture;
import nl.spiegel360.review.RaterAdvice;
import nl.spiegel360.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nomination page tells how many peers a reliable peer mean needs once the closed reviews on the profile
 * revision tell it, and warns when fewer are asked.
 */
class ReliabilityAdviceTest extends KaribuTest {

    @Autowired
    ReportFixture fixture;

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    nl.spiegel360.competency.RoleProfileService profiles;

    @Autowired
    nl.spiegel360.review.ReviewClosing closing;

    @Autowired
    RaterAdvice advice;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InstrumentQuality quality;

    @Autowired
    nl.spiegel360.competency.IndicatorFigures figures;

    @Test
    void the_nomination_page_says_how_many_peers_a_reliable_mean_needs_and_warns_when_fewer_are_asked() {
        login.as(nl.spiegel360.demo.DemoPeople.HR_EMAIL);
        long profile = profiles.profiles().stream().filter(p -> p.name().equals("Klantadviseur")).findFirst()
                .orElseThrow().id();
        // ten closed reviews, written straight into the database and closed through the product: the peers of one
        // employee agree with each other, and employees differ (a high ICC(1))
        var cycle = nl.spiegel360.test.LargeCycle.submitted(dataSource, 10, profile, (employee, rater, k, indicator)
                -> rater < 2 ? 3 : 1 + (employee + (int) (indicator % 3 == 0 ? 1 : 0)
                        + rater % 2 * (indicator % 7 == 0 ? 1 : 0)) % 4);
        cycle.reviewIds().forEach(closing::close);
        login.out();
        long revision = profile;
        login.as("lucas@spiegel360.example");
        assertThat(advice.ratersNeeded(revision, RaterGroup.PEER)).as("known from ten closed reviews")
                .hasValueSatisfying(n -> assertThat(n).isBetween(1, 50));
        int needed = advice.ratersNeeded(revision, RaterGroup.PEER).orElseThrow();

        // the competency editor reads each indicator's figures from the revision it was rated on most
        login.as(nl.spiegel360.demo.DemoPeople.HR_EMAIL);
        var page = quality.page(revision, java.util.Locale.ROOT);
        var rated = page.competencies().getFirst().indicators().getFirst();
        var busiest = jdbc.queryForObject("""
                select e.profile_id from profile_entry e join proficiency_level l on l.competency_id = e.competency_id
                join behavioural_indicator i on i.level_id = l.id where i.id = ? order by (select count(*) from review v
                where v.profile_id = e.profile_id and v.closed_at is not null) desc, e.profile_id desc
                fetch first 1 rows only""", Long.class, rated.indicatorId());
        if (busiest == revision) {
            assertThat(figures.of(java.util.List.of(rated.indicatorId())).get(rated.indicatorId())).isEqualTo(
                    new nl.spiegel360.competency.IndicatorFigures.Figures(rated.figures().flags().stream()
                            .map(Enum::name).collect(java.util.stream.Collectors.toSet()),
                            rated.figures().cantJudgeRate(), rated.figures().itemTotal(), rated.figures().sd()));
        }
        login.out();

        var team = fixture.team(1);
        long review = fixture.nominated(team, 1);
        assertThat(jdbc.queryForObject("select profile_id from review where id = ?", Long.class, review))
                .isEqualTo(revision);
        signInAs(team.employee(0).email());
        UI.getCurrent().navigate("reviews/" + review + "/nomination");
        Paragraph line = _get(Paragraph.class, spec -> spec.withId("nomination-reliability-PEER"));
        assertThat(line.getText()).isEqualTo(t(needed > 1 ? "nomination.reliability.few" : "nomination.reliability",
                needed, t("group.PEER"), 1));
    }
}
