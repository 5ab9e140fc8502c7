package nl.spiegel360.bench;

import static nl.spiegel360.bench.Measure.median;
import static nl.spiegel360.bench.Measure.ms;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import nl.spiegel360.competency.ProfileReader;
import nl.spiegel360.insight.OrganisationFigures;
import nl.spiegel360.insight.OrganisationInsight;
import nl.spiegel360.insight.OrganisationInsight.Grouping;
import nl.spiegel360.insight.OrganisationInsight.Selection;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import nl.spiegel360.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The organisation's page at 1,000 and 10,000 employees with three released cycles each (teams of 3 to 20 people,
 * three role profiles, what held people back), written as the release keeps it. Each view HR opens (per team, per
 * profile, the trend over the cycles) is timed against the floor that reads the same rows with one JDBC query and
 * computes the same two-way table; the figures are compared before anything is timed.
 */
@IntegrationTest
class InsightBenchmark {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final AtomicLong NEXT = new AtomicLong(900_000_000L);
    private static final String FLOOR = "Floor: one JDBC query of the cycle's standings, the same two-way table";
    private static final String FIRST = "`OrganisationInsight.view`, per team, first after a change not told to this "
            + "instance (table built in the view)";
    private static final String AFTER = "`OrganisationInsight.view`, per team, first after a release whose table was "
            + "built again in the background";
    private static final String TEAM = "`OrganisationInsight.view`, per team (the table kept)";
    private static final String PROFILE = "`OrganisationInsight.view`, per role profile (the table kept)";
    private static final String TREND = "`OrganisationInsight.view`, the trend over three cycles (the tables kept)";

    @Autowired
    DataSource dataSource;
    @Autowired
    OrganisationInsight insight;
    @Autowired
    ProfileReader profiles;
    @Autowired
    Login login;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meters;

    @AfterEach
    void out() {
        login.out();
    }

    @Test
    void organisationPage() throws InterruptedException {
        List<String> sizes = Measure.sizeLabels();
        var time = new Measure.SizeTable(sizes, "").row(FLOOR, null).row(AFTER, FLOOR).row(FIRST, FLOOR)
                .row(TEAM, FLOOR)
                .row(PROFILE, FLOOR).row(TREND, FLOOR);
        List<String> notes = new ArrayList<>();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (int n : BenchData.SIZES) {
            String size = n % 1000 == 0 ? n / 1000 + "k" : String.valueOf(n);
            List<Long> cycles = organisation(jdbc, n);
            long cycle = cycles.getLast();
            login.as("hr@spiegel360.example");
            var view = insight.view(new Selection(cycle, null, null, Grouping.TEAM), DUTCH);
            var floor = floor(jdbc, cycle);
            assertThat(view.refusal()).isNull();
            for (int c = 0; c < view.columns().size(); c++) {
                String competency = view.columns().get(c).competency();
                assertThat(view.total().cells().get(c)).isEqualTo(floor.cell(competency,
                        new OrganisationFigures.Key(null, null)));
                for (var row : view.rows()) {
                    assertThat(row.cells().get(c)).as("the floor computes the page's cells")
                            .isEqualTo(floor.cell(competency, new OrganisationFigures.Key(null, row.key())));
                }
            }
            long hidden = view.rows().stream().flatMap(r -> r.cells().stream()).filter(OrganisationFigures.Cell::hidden)
                    .count();
            notes.add(Measure.f("%s: %,d people in %,d teams in the cycle, %,d of %,d team cells hidden, %,d learning "
                    + "needs", size, view.people(), view.rows().size(), hidden, view.rows().size()
                    * view.columns().size(), view.needs().size()));
            int runs = n <= 1000 ? 7 : 5;
            List<List<Long>> took = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            List<Long> background = new ArrayList<>();
            // one more released review in the cycle, or one fewer: what a release or an erasure does to the table
            long extra = jdbc.queryForObject("select max(review_id) from released_standing where cycle_id = ?",
                    Long.class, cycle);
            List<Map<String, Object>> extraRows = jdbc.queryForList(
                    "select * from released_standing where review_id = ?", extra);
            for (int run = 0; run < runs + 1; run++) {
                // a change as a release commits it: the table is built again in the background, then read
                change(jdbc, extra, extraRows, true);
                double built = built();
                long changed = System.nanoTime();
                events.publishEvent(new nl.spiegel360.report.StandingsChanged(cycle));
                while (built() == built) {
                    assertThat(System.nanoTime() - changed).as("the background build ends").isLessThan(60_000_000_000L);
                    Thread.sleep(5);
                }
                long ready = System.nanoTime() - changed;
                long after = Measure.nanos(() -> insight.view(new Selection(cycle, null, null, Grouping.TEAM),
                        DUTCH));
                // a change nobody tells of (another instance's release): the reader's view builds the table
                change(jdbc, extra, extraRows, false);
                long first = Measure.nanos(() -> insight.view(new Selection(cycle, null, null, Grouping.TEAM),
                        DUTCH));
                long[] t = {Measure.nanos(() -> floor(jdbc, cycle)), first,
                    Measure.nanos(() -> insight.view(new Selection(cycle, null, null, Grouping.TEAM), DUTCH)),
                    Measure.nanos(() -> insight.view(new Selection(cycle, null, null, Grouping.PROFILE), DUTCH)),
                    Measure.nanos(() -> insight.view(new Selection(cycle, null, null, Grouping.CYCLE), DUTCH)),
                    after};
                if (run > 0) {
                    for (int i = 0; i < t.length; i++) {
                        took.get(i).add(t[i]);
                    }
                    background.add(ready);
                }
            }
            notes.add(Measure.f("%s: the table ready %,d ms after the release committed (median: the pause in which "
                    + "further releases are gathered, then the build)", size,
                    Math.round(median(background) / 1_000_000)));
            time.put(FLOOR, size, ms(median(took.get(0))));
            time.put(FIRST, size, ms(median(took.get(1))));
            time.put(AFTER, size, ms(median(took.get(5))));
            time.put(TEAM, size, ms(median(took.get(2))));
            time.put(PROFILE, size, ms(median(took.get(3))));
            time.put(TREND, size, ms(median(took.get(4))));
            login.out();
        }
        var results = new Measure.Results("9-insight", "9. The organisation's page at " + String.join(" and ",
                sizes) + " employees, three released cycles");
        results.line("Server time of a view (median of 7 runs at 1k, 5 at 10k):").line("");
        time.writeTo(results);
        results.line("").line("%s.", String.join("; ", notes)).write();
    }

    /** One released review fewer in the cycle (its standings and holds deleted), or back again. */
    private static void change(JdbcTemplate jdbc, long extra, List<Map<String, Object>> extraRows, boolean remove) {
        if (remove) {
            jdbc.update("delete from released_hold where review_id = ?", extra);
            jdbc.update("delete from released_standing where review_id = ?", extra);
            return;
        }
        for (var row : extraRows) {
            jdbc.update("""
                    insert into released_standing (review_id, competency_id, cycle_id, profile_id,
                    employee_id, manager_id, team, level, norm) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    row.get("review_id"), row.get("competency_id"), row.get("cycle_id"),
                    row.get("profile_id"), row.get("employee_id"), row.get("manager_id"), row.get("team"),
                    row.get("level"), row.get("norm"));
        }
    }

    private double built() {
        return meters.get("spiegel360.insight.tables.built").counter().count();
    }

    /** The cycle's standings in one query, and the same two-way table of profiles × teams. */
    private OrganisationFigures.TwoWay floor(JdbcTemplate jdbc, long cycle) {
        Map<Long, String> names = new HashMap<>();
        List<OrganisationFigures.Placed> placed = new ArrayList<>();
        jdbc.query("""
                select s.review_id, s.profile_id, s.team, s.competency_id, s.level, s.norm
                from released_standing s where s.cycle_id = ?""", rs -> {
                    long profile = rs.getLong(2);
                    String name = names.computeIfAbsent(profile, id -> profiles.document(id).name());
                    int level = rs.getInt(5);
                    Integer settled = rs.wasNull() ? null : level;
                    String team = rs.getString(3);
                    placed.add(new OrganisationFigures.Placed(String.valueOf(rs.getLong(1)), name,
                            team == null ? "" : team, String.valueOf(rs.getLong(4)), settled, rs.getInt(6)));
                }, cycle);
        return OrganisationFigures.twoWay(placed, OrganisationFigures.DEFAULT_MINIMUM);
    }

    /**
     * An organisation of {@code n} employees in teams of 3 to 20 on three role profiles (the demo's and two sharing
     * its first four competencies), with three released cycles: per review and competency a level and, below the
     * norm, the first indicator of the next level as what held it back.
     */
    private static List<Long> organisation(JdbcTemplate jdbc, int n) {
        long base = NEXT.getAndAdd(10_000_000L);
        Random random = new Random(n);
        long seedProfile = jdbc.queryForObject("select role_profile_id from person where email = ?", Long.class,
                "sanne@spiegel360.example");
        List<Map<String, Object>> entries = jdbc.queryForList(
                "select competency_id, norm from profile_entry where profile_id = ? order by position", seedProfile);
        List<Long> profileIds = new ArrayList<>(List.of(seedProfile));
        Map<Long, Map<Long, Integer>> norms = new HashMap<>();
        norms.put(seedProfile, new java.util.LinkedHashMap<>());
        entries.forEach(e -> norms.get(seedProfile).put(((Number) e.get("competency_id")).longValue(),
                ((Number) e.get("norm")).intValue()));
        for (int p = 1; p <= 2; p++) {
            long id = base + p;
            profileIds.add(id);
            jdbc.update("""
                    insert into role_profile (id, version, name, revision, version_label, introduction, frozen,
                    created_at) values (?, 0, ?, 1, '1', '', true, now())""", id, "Bench " + base + " profiel " + p);
            norms.put(id, new java.util.LinkedHashMap<>());
            for (int e = 0; e < 4; e++) {
                long competency = ((Number) entries.get(e).get("competency_id")).longValue();
                jdbc.update("""
                        insert into profile_entry (id, profile_id, competency_id, position, document_position, norm)
                        values (?, ?, ?, ?, ?, ?)""", id * 10 + e, id, competency, e, e, 1 + (e + p) % 3);
                norms.get(id).put(competency, 1 + (e + p) % 3);
            }
        }
        Map<String, Long> held = new HashMap<>();
        jdbc.query("""
                select l.competency_id, l.level_number, min(i.id) from proficiency_level l
                join behavioural_indicator i on i.level_id = l.id group by l.competency_id, l.level_number""",
                rs -> {
                    held.put(rs.getLong(1) + "/" + rs.getInt(2), rs.getLong(3));
                });
        var today = TestClock.today();
        List<Long> cycles = new ArrayList<>();
        for (int c = 0; c < 3; c++) {
            long id = base + 100 + c;
            cycles.add(id);
            jdbc.update("""
                    insert into review_cycle (id, version, name, opens_on, nomination_deadline, rating_deadline, state,
                    settings, peers_min, peers_max, include_direct_reports, max_requests_per_rater, reminder_days,
                    created_at) values (?, 0, ?, ?, ?, ?, 'CLOSED', '{}', 3, 8, false, 12, 3, now())""", id,
                    "Bench " + base + " ronde " + c, today.minusDays(600 - 200L * c), today.minusDays(590 - 200L * c),
                    today.minusDays(570 - 200L * c));
        }
        String hash = jdbc.queryForObject("select password_hash from person where email = ?", String.class,
                "sanne@spiegel360.example");
        StringBuilder people = new StringBuilder();
        StringBuilder reviews = new StringBuilder();
        StringBuilder standings = new StringBuilder();
        StringBuilder holds = new StringBuilder();
        int team = 0;
        int left = 0;
        long review = base + 1_000_000;
        for (int i = 0; i < n; i++) {
            if (left == 0) {
                team++;
                left = 3 + random.nextInt(18);
            }
            left--;
            long employee = base + 10_000 + i;
            long profile = profileIds.get(random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(2));
            String teamName = "Bench " + base + " team " + team;
            people.append(employee).append("\t0\tBench ").append(i).append("\tbench-").append(base).append('-')
                    .append(i).append("@example.org\tMedewerker\t").append(teamName).append("\t\\N\t")
                    .append(profile).append('\t').append(hash).append("\tf\tt\tnl\tnow\n");
            for (long cycle : cycles) {
                review++;
                reviews.append(review).append("\t0\t").append(cycle).append('\t').append(employee).append("\t\\N\t")
                        .append(profile).append('\t').append(teamName).append("\tnow\tnow\tt\tnow\n");
                for (var entry : norms.get(profile).entrySet()) {
                    int level = random.nextInt(4);
                    standings.append(review).append('\t').append(entry.getKey()).append('\t').append(cycle)
                            .append('\t').append(profile).append('\t').append(employee).append("\t\\N\t")
                            .append(teamName).append('\t').append(level).append('\t').append(entry.getValue())
                            .append('\n');
                    if (level < entry.getValue()) {
                        holds.append(review).append('\t').append(entry.getKey()).append('\t')
                                .append(held.get(entry.getKey() + "/" + (level + 1))).append('\t').append(level + 1)
                                .append('\t').append(0.1 * (1 + random.nextInt(10))).append('\n');
                    }
                }
            }
        }
        try (Connection c = jdbc.getDataSource().getConnection()) {
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("copy person (id, version, name, email, job_title, team, manager_id, role_profile_id, "
                    + "password_hash, hr, active, locale, created_at) from stdin", new StringReader(people.toString()));
            copy.copyIn("copy review (id, version, cycle_id, employee_id, manager_id, profile_id, team, released_at, "
                    + "closed_at, all_submitted_notified, created_at) from stdin", new StringReader(reviews.toString()));
            copy.copyIn("copy released_standing (review_id, competency_id, cycle_id, profile_id, employee_id, "
                    + "manager_id, team, level, norm) from stdin", new StringReader(standings.toString()));
            copy.copyIn("copy released_hold (review_id, competency_id, indicator_id, level, shortfall) from stdin",
                    new StringReader(holds.toString()));
        } catch (java.sql.SQLException | java.io.IOException e) {
            throw new IllegalStateException("Could not write the organisation", e);
        }
        jdbc.execute("analyze released_standing");
        jdbc.execute("analyze released_hold");
        return cycles;
    }
}
