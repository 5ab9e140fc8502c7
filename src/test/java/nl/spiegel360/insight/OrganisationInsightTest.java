package nl.spiegel360.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import javax.sql.DataSource;
import nl.spiegel360.competency.ProfileReader;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.insight.OrganisationFigures.Cell;
import nl.spiegel360.insight.OrganisationInsight.Grouping;
import nl.spiegel360.insight.OrganisationInsight.Refusal;
import nl.spiegel360.insight.OrganisationInsight.Selection;
import nl.spiegel360.insight.OrganisationInsight.View;
import nl.spiegel360.report.ReleasedStandings;
import nl.spiegel360.security.CurrentUser;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The organisation's page over a generated organisation (two cycles, two role profiles, teams of 2 to 13 people under
 * team leaders and a director): each figure against a computation from what was generated, the manager's span, the
 * refused selections, the learning needs, and an attacker who solves every figure of every view the page offers for
 * the hidden ones.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationInsightTest {

    private static final int[] TEAM_SIZES = {2, 4, 6, 7, 9, 13, 5};

    @Autowired
    private DataSource dataSource;
    @Autowired
    private OrganisationInsight insight;
    @Autowired
    private ReleasedStandings standings;
    @Autowired
    private ProfileReader profiles;
    @Autowired
    private LearningNeeds learningNeeds;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private Login login;

    private GeneratedOrganisation org;

    @BeforeAll
    void generate() {
        org = GeneratedOrganisation.create(dataSource, 7, TEAM_SIZES);
    }

    @AfterEach
    void out() {
        login.out();
    }

    @Test
    void each_figure_of_the_team_view_is_the_hand_computation() {
        login.as(DemoPeople.HR_EMAIL);
        long cycle = org.cycleIds().getFirst();
        View view = insight.view(new Selection(cycle, null, null, Grouping.TEAM), Locale.ROOT);
        assertThat(view.refusal()).isNull();
        for (var row : view.rows()) {
            for (int c = 0; c < view.columns().size(); c++) {
                long competency = Long.parseLong(view.columns().get(c).competency());
                Cell cell = row.cells().get(c);
                List<GeneratedOrganisation.Review> in = reviews(cycle, competency,
                        r -> r.team().equals(row.key()));
                assertThat(cell.people()).isEqualTo(in.size());
                if (cell.figures() != null) {
                    assertThat(in.size()).isGreaterThanOrEqualTo(5);
                    expectFigures(cell, in, competency);
                }
            }
        }
        for (int c = 0; c < view.columns().size(); c++) {
            long competency = Long.parseLong(view.columns().get(c).competency());
            Cell total = Objects.requireNonNull(view.total()).cells().get(c);
            expectFigures(total, reviews(cycle, competency, r -> true), competency);
        }
        // the team of 13 shows; the team of 2 does not
        assertThat(row(view, org.teams().get(5)).cells().getFirst().figures()).isNotNull();
        assertThat(row(view, org.teams().get(0)).cells().getFirst().hidden()).isTrue();
    }

    @Test
    void a_profile_view_counts_each_review_in_the_profile_it_was_launched_on() {
        login.as(DemoPeople.HR_EMAIL);
        long cycle = org.cycleIds().get(1);
        View view = insight.view(new Selection(cycle, null, null, Grouping.PROFILE), Locale.ROOT);
        for (var row : view.rows()) {
            for (int c = 0; c < view.columns().size(); c++) {
                long competency = Long.parseLong(view.columns().get(c).competency());
                Cell cell = row.cells().get(c);
                var in = reviews(cycle, competency, r -> r.profile().equals(row.key()));
                assertThat(cell.people()).isEqualTo(in.size());
                if (cell.figures() != null) {
                    expectFigures(cell, in, competency);
                }
            }
        }
        // the second profile holds three of the six competencies
        assertThat(row(view, org.profiles().get(1)).cells().stream().filter(c -> c.people() > 0)).hasSize(3);
    }

    @Test
    void a_manager_sees_their_span_of_control_all_the_way_down_and_nothing_else() {
        long cycle = org.cycleIds().getFirst();
        login.as(org.leaderEmails().get(org.teams().get(5)));
        View leader = insight.view(new Selection(cycle, null, null, Grouping.TEAM), Locale.ROOT);
        assertThat(leader.rows()).extracting(OrganisationInsight.Row::key).containsExactly(org.teams().get(5));
        assertThat(leader.people()).isEqualTo(TEAM_SIZES[5]);

        login.as(org.directorEmail());
        View director = insight.view(new Selection(cycle, null, null, Grouping.TEAM), Locale.ROOT);
        int everyone = java.util.Arrays.stream(TEAM_SIZES).sum() + TEAM_SIZES.length;
        assertThat(director.people()).isEqualTo(everyone);
        assertThat(insight.choices(Locale.ROOT).cycles()).extracting(OrganisationInsight.CycleChoice::id)
                .containsExactlyElementsOf(org.cycleIds());
    }

    @Test
    void an_employee_who_manages_nobody_reads_nothing_of_the_organisation() {
        login.as(DemoPeople.SANNE_EMAIL);
        assertThatThrownBy(() -> insight.view(new Selection(org.cycleIds()
                .getFirst(), null, null, Grouping.TEAM), Locale.ROOT))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> insight.choices(Locale.ROOT))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void a_selection_of_too_few_or_one_that_a_difference_would_show_is_refused() {
        login.as(DemoPeople.HR_EMAIL);
        long cycle = org.cycleIds().getFirst();
        View small = insight.view(new Selection(cycle, null, org.teams().get(1), Grouping.PROFILE), Locale.ROOT);
        assertThat(small.refusal()).isEqualTo(Refusal.TOO_FEW);
        assertThat(small.rows()).isEmpty();
        assertThat(small.total()).isNull();
        assertThat(small.needs()).isEmpty();
        // team G (five people) is big enough, but hidden beside team A (two) and B (four) together: six
        // would be the total less every other team; the smallest visible one goes with them
        View beside = insight.view(new Selection(cycle, org.profiles().getFirst(), org.teams().get(6),
                Grouping.TEAM), Locale.ROOT);
        assertThat(beside.refusal()).isIn(Refusal.BY_DIFFERENCE, null);
        View nobody = insight.view(new Selection(cycle, org.profiles().get(1), org.teams().getFirst(),
                Grouping.TEAM), Locale.ROOT);
        assertThat(nobody.refusal()).isEqualTo(Refusal.EMPTY);
    }

    @Test
    void learning_needs_rank_the_indicators_by_people_held_back_times_the_mean_shortfall() {
        login.as(DemoPeople.HR_EMAIL);
        long cycle = org.cycleIds().getFirst();
        View view = insight.view(new Selection(cycle, null, null, Grouping.TEAM), Locale.ROOT);
        Map<Long, List<Double>> shortfalls = new HashMap<>();
        Map<Long, Integer> people = new HashMap<>();
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        for (var r : org.reviews()) {
            if (r.cycleId() != cycle) {
                continue;
            }
            jdbc.query("select indicator_id, shortfall from released_hold where review_id = ?", rs -> {
                people.merge(rs.getLong(1), 1, Integer::sum);
                double s = rs.getDouble(2);
                if (!rs.wasNull()) {
                    shortfalls.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(s);
                }
            }, r.id());
        }
        assertThat(view.needs()).hasSize(people.size());
        for (var need : view.needs()) {
            assertThat(need.people()).isEqualTo(people.get(need.indicatorId()));
            var known = shortfalls.getOrDefault(need.indicatorId(), List.of());
            double mean = known.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            assertThat(need.weight()).isCloseTo(need.people() * mean, within(1e-9));
            assertThat(need.text()).isNotBlank();
            assertThat(need.competency()).isNotBlank();
        }
        assertThat(view.needs()).isSortedAccordingTo(java.util.Comparator.comparingDouble(
                OrganisationInsight.LearningNeed::weight).reversed());
        assertThat(view.peopleAbout()).isEqualTo(view.people());

        View trend = insight.view(new Selection(cycle, null, null, Grouping.CYCLE), Locale.ROOT);
        assertThat(trend.rows()).as("the trend shows the cycles").hasSizeGreaterThan(1);
        assertThat(trend.needs()).as("a trend is of several cycles' people: no one cycle's needs").isEmpty();
        assertThat(trend.peopleAbout()).as("nor one cycle's number of people").isNull();
    }

    @Test
    void learning_needs_count_the_agreed_plans_that_focus_on_an_indicator_and_no_draft() {
        login.as(DemoPeople.HR_EMAIL);
        long cycle = org.cycleIds().get(1);
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        List<GeneratedOrganisation.Review> inCycle = org.reviews().stream().filter(r -> r.cycleId() == cycle)
                .toList();
        long competency = org.competencies().getFirst();
        long indicator = jdbc.queryForObject("""
                select max(i.id) from behavioural_indicator i join proficiency_level l on l.id = i.level_id
                where l.competency_id = ? and l.level_number = 3""", Long.class, competency);
        long id = 880_000_000L + org.cycleIds().get(1) % 1_000_000;
        for (int p = 0; p < 3; p++) {
            var review = inCycle.get(p);
            jdbc.update("""
                    insert into development_plan (id, version, review_id, employee_id, state, shared_with_hr,
                    created_at, agreed_at) values (?, 0, ?, ?, ?, false, now(), now())""", id + p, review.id(),
                    review.employeeId(), p < 2 ? "AGREED" : "DRAFT");
            jdbc.update("""
                    insert into plan_focus (id, plan_id, competency_id, competency_name, reason, position)
                    values (?, ?, ?, 'Eigenaarschap', 'NEXT_LEVEL', 0)""", id + p, id + p, competency);
            jdbc.update("""
                    insert into plan_focus_indicator (focus_id, indicator_id, level_number, text, position)
                    values (?, ?, 3, 'tekst', 0)""", id + p, indicator);
        }
        View view = insight.view(new Selection(cycle, null, null, Grouping.TEAM), Locale.ROOT);
        var need = view.needs().stream().filter(n -> n.indicatorId() == indicator).findFirst().orElseThrow();
        assertThat(need.inPlans()).as("two agreed plans; the draft does not count").isEqualTo(2);
    }

    @Test
    void no_hidden_cell_of_any_view_can_be_solved_from_the_visible_figures_of_all_views() {
        login.as(DemoPeople.HR_EMAIL);
        assertThat(leaks(insight)).isEmpty();
    }

    @Test
    void without_complementary_suppression_the_attacker_solves_a_hidden_cell() {
        login.as(DemoPeople.HR_EMAIL);
        var naive = new OrganisationInsight(standings, learningNeeds, profiles, currentUser,
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry(),
                OrganisationFigures.DEFAULT_MINIMUM);
        naive.complementary = false;
        assertThat(leaks(naive)).isNotEmpty();
    }

    /**
     * Every view the page offers on the generated organisation (each cycle, each profile or none, each team or
     * none, each grouping), its visible cells as sets of reviews, and per cycle and competency the hidden cells that
     * a combination of visible ones equals.
     */
    private List<String> leaks(OrganisationInsight under) {
        List<String> leaks = new ArrayList<>();
        Map<String, List<Set>> visible = new LinkedHashMap<>();
        Map<String, List<Set>> hidden = new LinkedHashMap<>();
        List<@Nullable String> profileChoices = new ArrayList<>(org.profiles());
        profileChoices.add(null);
        List<@Nullable String> teamChoices = new ArrayList<>(org.teams());
        teamChoices.add(org.prefix() + " leiding");
        teamChoices.add(null);
        for (long cycle : org.cycleIds()) {
            for (String profile : profileChoices) {
                for (String team : teamChoices) {
                    for (Grouping grouping : Grouping.values()) {
                        View view = under.view(new Selection(cycle, profile, team, grouping), Locale.ROOT);
                        for (var row : view.rows()) {
                            long rowCycle = grouping == Grouping.CYCLE ? Long.parseLong(row.key()) : cycle;
                            if (!org.cycleIds().contains(rowCycle)) {
                                continue; // the demo's own cycles: other people, other tables
                            }
                            String rowProfile = grouping == Grouping.PROFILE ? row.key() : profile;
                            String rowTeam = grouping == Grouping.TEAM ? row.key() : team;
                            collect(view, row.cells(), rowCycle, rowProfile, rowTeam, visible, hidden);
                        }
                        if (view.total() != null) {
                            collect(view, view.total().cells(), cycle, profile, team, visible, hidden);
                        }
                        // what held the selection back speaks only of competencies its own cell shows
                        var own = view.total() != null ? view.total() : view.rows().stream()
                                .filter(r -> r.key().equals(String.valueOf(cycle))).findFirst().orElse(null);
                        for (var need : view.needs()) {
                            int column = columnOf(view, need.competencyId());
                            if (own == null || column < 0 || own.cells().get(column).figures() == null) {
                                leaks.add(cycle + "/" + profile + "/" + team + ": learning need of hidden "
                                        + need.competency());
                            }
                        }
                    }
                }
            }
        }
        hidden.forEach((universe, sets) -> {
            List<Set> known = visible.getOrDefault(universe, List.of());
            List<List<Long>> published = known.stream().map(Set::members).toList();
            for (Set h : sets) {
                if (Solver.inSpan(h.members(), published)) {
                    leaks.add(universe + ": " + h.name());
                }
                for (long person : h.members()) {
                    if (Solver.inSpan(List.of(person), published)) {
                        leaks.add(universe + ": review " + person + " alone");
                    }
                }
            }
        });
        return leaks;
    }

    private static int columnOf(View view, long competencyId) {
        for (int c = 0; c < view.columns().size(); c++) {
            if (view.columns().get(c).competency().equals(String.valueOf(competencyId))) {
                return c;
            }
        }
        return -1;
    }

    private record Set(String name, List<Long> members) {
    }

    private void collect(View view, List<Cell> cells, long cycle, @Nullable String profile, @Nullable String team,
            Map<String, List<Set>> visible, Map<String, List<Set>> hidden) {
        for (int c = 0; c < view.columns().size(); c++) {
            long competency = Long.parseLong(view.columns().get(c).competency());
            Cell cell = cells.get(c);
            List<Long> members = reviews(cycle, competency, r -> (profile == null || r.profile().equals(profile))
                    && (team == null || r.team().equals(team))).stream().map(GeneratedOrganisation.Review::id)
                    .toList();
            assertThat(cell.people()).as("people of %s/%s/%s", cycle, profile, team).isEqualTo(members.size());
            if (members.isEmpty()) {
                continue;
            }
            String universe = cycle + "/" + competency;
            Set set = new Set(profile + " × " + team, members);
            (cell.figures() == null ? hidden : visible).computeIfAbsent(universe, u -> new ArrayList<>()).add(set);
        }
    }

    private List<GeneratedOrganisation.Review> reviews(long cycle, long competency,
            Predicate<GeneratedOrganisation.Review> where) {
        return org.reviews().stream().filter(r -> r.cycleId() == cycle && r.levels().containsKey(competency))
                .filter(where).toList();
    }

    private static OrganisationInsight.Row row(View view, String key) {
        return view.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    /** The cell's figures, computed again from the generated levels and norms. */
    private static void expectFigures(Cell cell, List<GeneratedOrganisation.Review> in, long competency) {
        var figures = Objects.requireNonNull(cell.figures());
        int withLevel = 0;
        int atOrAbove = 0;
        int gaps = 0;
        Map<Integer, Integer> levels = new HashMap<>();
        for (var r : in) {
            Integer level = r.levels().get(competency);
            int norm = r.norms().get(competency);
            if (level != null) {
                withLevel++;
                gaps += level - norm;
                atOrAbove += level >= norm ? 1 : 0;
                levels.merge(level, 1, Integer::sum);
            }
        }
        assertThat(cell.people()).isEqualTo(in.size());
        assertThat(figures.withLevel()).isEqualTo(withLevel);
        assertThat(figures.atOrAboveNorm()).isEqualTo(atOrAbove);
        assertThat(figures.meanGap()).isEqualTo(withLevel == 0 ? null : gaps / (double) withLevel);
        assertThat(figures.levels()).containsExactlyInAnyOrderEntriesOf(levels);
    }
}
