package nl.spiegel360.quality;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import java.util.Locale;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.quality.InstrumentStatistics.Minimums;
import nl.spiegel360.report.ReportFixture;
import nl.spiegel360.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * HR's quality page of a profile revision, read from the submitted questionnaires of closed reviews on the real
 * database: each new closed review adds its questionnaires (never the self-assessment), the figures appear from the
 * minimums on, and nobody but HR reads them.
 */
class InstrumentQualityTest extends KaribuTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Autowired
    ReportFixture fixture;

    @Autowired
    InstrumentQuality quality;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void hr_reads_how_a_profile_revision_works_from_closed_reviews_and_nobody_else_does() {
        var first = fixture.rated(3, ReportFixture::spread);
        long profile = jdbc.queryForObject("select profile_id from review where id = ?", Long.class,
                first.reviewId());
        login.as(DemoPeople.HR_EMAIL);
        int before = quality.page(profile, DUTCH).questionnaires();
        login.out();
        fixture.rated(3, ReportFixture::spread);
        var open = fixture.collecting(3, ReportFixture::spread);

        login.as(DemoPeople.HR_EMAIL);
        var page = quality.page(profile, DUTCH);
        assertThat(page.questionnaires()).as("the manager and three peers of the closed review; not its self-"
                + "assessment, nothing of the review still collecting").isEqualTo(before + 4);
        assertThat(page.competencies()).hasSize(6).allSatisfy(c -> assertThat(c.indicators()).isNotEmpty());
        var small = quality.page(profile, DUTCH, new Minimums(4, 2));
        assertThat(small.competencies()).as("alpha from four complete questionnaires on")
                .anySatisfy(c -> assertThat(c.figures().alpha()).isNotNull());
        // the fixture's peers cannot judge every seventh indicator: "can't judge" is read as such, never as a score
        assertThat(small.competencies()).flatMap(c -> c.indicators()).filteredOn(i -> i.indicatorId() % 7 == 0)
                .isNotEmpty().allSatisfy(i -> assertThat(i.figures().cantJudgeRate()).as("indicator %d",
                        i.indicatorId()).isPositive());
        assertThat(small.competencies()).flatMap(c -> c.indicators()).allSatisfy(i -> assertThat(i.figures().mean())
                .as("a mean of scores from 1 to 4").isBetween(1.0, 4.0));
        assertThat(small.groups()).filteredOn(g -> g.group() == RaterGroup.PEER).singleElement()
                .satisfies(g -> assertThat(g.employees()).isGreaterThanOrEqualTo(2));
        login.out();

        signInAs(DemoPeople.HR_EMAIL);
        UI.getCurrent().navigate("profiles/" + profile + "/quality");
        assertThat(_get(H2.class, spec -> spec.withId("quality-title")).getText()).contains("Klantadviseur");
        assertThat(_find(Grid.class)).as("the groups and six competencies").hasSize(7);

        long audited = jdbc.queryForObject("select count(*) from audit_event where action = 'quality.rater-effects'",
                Long.class);
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("quality-raters-show")));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'quality.rater-effects'",
                Long.class)).as("opening the rater effects is audited").isEqualTo(audited + 1);

        for (String reader : java.util.List.of(first.team().manager().email(), first.employee().email())) {
            login.as(reader);
            assertThatThrownBy(() -> quality.page(profile, DUTCH)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> quality.raterEffects(profile)).isInstanceOf(AccessDeniedException.class);
            signInAs(reader);
            UI.getCurrent().navigate("profiles/" + profile + "/quality");
            assertThat(currentView().getClass().getSimpleName()).isEqualTo("RefusedViewError");
        }
        assertThat(open.reviewId()).isPositive();
    }
}
