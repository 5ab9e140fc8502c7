package nl.spiegel360.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import javax.sql.DataSource;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.insight.OrganisationInsight.Grouping;
import nl.spiegel360.test.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The organisation's page as HR and a team leader read it, on a generated organisation: the heatmap per team with
 * hidden cells said as such, a refused selection with the sentence why, learning needs, the downloads, and a team
 * leader who sees their own team only.
 */
class OrganisationViewTest extends KaribuTest {

    @Autowired
    private DataSource dataSource;

    @Test
    void hr_reads_the_teams_of_a_cycle_with_small_ones_hidden_and_a_small_selection_refused() {
        var org = nl.spiegel360.insight.GeneratedOrganisationAccess.create(dataSource, 11, new int[] {3, 8, 12});
        signInAs(DemoPeople.HR_EMAIL);
        UI.getCurrent().navigate("organisation");
        @SuppressWarnings("unchecked")
        Select<Long> cycle = _get(Select.class, spec -> spec.withId("insight-cycle"));
        type(cycle, org.cycleIds().getFirst());
        String page = pageText();
        assertThat(page).contains(org.teams().get(1), org.teams().get(2), t("insight.hidden"), t("insight.total"),
                t("insight.needs"));
        assertThat(page).doesNotContain(org.teams().get(0) + " 0-");
        assertThat(_find(Anchor.class, spec -> spec.withId("insight-csv"))).hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withId("insight-needs-csv"))).hasSize(1);

        @SuppressWarnings("unchecked")
        Select<String> team = _get(Select.class, spec -> spec.withId("insight-team"));
        type(team, org.teams().getFirst());
        assertThat(_get(Paragraph.class, spec -> spec.withId("insight-refused")).getText())
                .isEqualTo(t("insight.refused.TOO_FEW", 5));

        @SuppressWarnings("unchecked")
        Select<Grouping> grouping = _get(Select.class, spec -> spec.withId("insight-grouping"));
        type(team, team.getListDataView().getItem(0));
        type(grouping, Grouping.CYCLE);
        assertThat(pageText()).contains(org.prefix() + " ronde 1", org.prefix() + " ronde 2");
    }

    @Test
    void a_team_leader_reads_their_own_team_and_no_other() {
        var org = nl.spiegel360.insight.GeneratedOrganisationAccess.create(dataSource, 12, new int[] {6, 7});
        signInAs(org.leaderEmails().get(org.teams().get(1)));
        UI.getCurrent().navigate("organisation");
        String page = pageText();
        assertThat(page).contains(org.teams().get(1)).doesNotContain(org.teams().get(0));
    }
}
