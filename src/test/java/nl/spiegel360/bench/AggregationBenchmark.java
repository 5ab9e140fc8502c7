package nl.spiegel360.bench;

import static nl.spiegel360.bench.Measure.median;
import static nl.spiegel360.bench.Measure.ms;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.spiegel360.aggregation.AggregationEngine;
import nl.spiegel360.aggregation.AggregationInput;
import nl.spiegel360.aggregation.AggregationResult;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.aggregation.Settings;
import nl.spiegel360.report.Report;
import nl.spiegel360.report.ReportService;
import nl.spiegel360.report.TeamOverview;
import nl.spiegel360.review.CycleService;
import nl.spiegel360.review.CycleSettings;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Aggregation at 1,000 and 10,000 reviews. Closing a cycle computes every review's result once and stores it;
 * its floor reads the same submitted scores with plain JDBC into arrays, feeds them to the same engine and writes
 * the same rows in batches. Reading the stored results back (the team overview of a cycle, one report) is compared
 * with reading the same rows with plain JDBC. Each floor's output is compared with the product's before anything is
 * timed.
 */
@IntegrationTest
class AggregationBenchmark {

    /** The old reference: per-group indicator means computed by PostgreSQL; not the engine's result. */
    static final String GROUP_BY_SQL = """
            select a.review_id, a.rater_group, r.indicator_id, avg(r.score) as mean, count(r.score) as n
            from rating r
            join rater_assignment a on a.id = r.assignment_id
            join review v on v.id = a.review_id
            where v.cycle_id = ? and a.status = 'SUBMITTED'
            group by a.review_id, a.rater_group, r.indicator_id""";

    private static final String CLOSE_FLOOR = "Floor: JDBC reads the scores into arrays, the engine, batch writes";
    private static final String CLOSE = "Closing the cycle (`CycleService.advance` to closed)";
    private static final String GROUP_BY = "Reference: one `GROUP BY` of the per-group indicator means";
    private static final String OVERVIEW_FLOOR = "Floor: JDBC reads the cycle's stored results and names";
    private static final String OVERVIEW = "`ReportPages.teamOverview` from the stored results";
    private static final String REPORT_FLOOR = "Floor: JDBC reads one stored result, its comments and calibrations";
    private static final String REPORT = "`ReportService.report`, one report (median of 200)";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int INDICATORS = 96;
    private static final Comparator<String[]> BY_TEXT = Comparator
            .comparing((String[] c) -> c[2].strip().toLowerCase(java.util.Locale.ROOT))
            .thenComparing(c -> c[2]).thenComparing(c -> c[0]);

    @Autowired
    DataSource dataSource;
    @Autowired
    ReportService reports;
    @org.springframework.beans.factory.annotation.Autowired
    nl.spiegel360.report.ReportPages pages;
    @Autowired
    CycleService cycles;

    @Autowired
    nl.spiegel360.review.CycleClosings closings;

    @Autowired
    Login login;
    @Autowired
    EntityManagerFactory entityManagers;

    @AfterEach
    void signOut() {
        login.out();
    }

    @Test
    void resultsOfACycle() {
        List<String> sizes = Measure.sizeLabels();
        var close = new Measure.SizeTable(sizes, "statements").row(CLOSE_FLOOR, null).row(CLOSE, CLOSE_FLOOR)
                .row(GROUP_BY, CLOSE_FLOOR);
        var read = new Measure.SizeTable(sizes, "statements").row(OVERVIEW_FLOOR, null).row(OVERVIEW, OVERVIEW_FLOOR)
                .row(REPORT_FLOOR, null).row(REPORT, REPORT_FLOOR);
        Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        List<String> runs = new ArrayList<>();
        for (int n : BenchData.SIZES) {
            BenchData data = BenchData.get(dataSource, n);
            String size = data.label();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            long cycle = data.finishedCycleId;
            int timed = n <= 1000 ? 3 : 1;

            // warm-up at the first size: the product closes once untimed, the floor runs once
            if (n == BenchData.SIZES.getFirst()) {
                data.closeFinished(cycles, closings);
                data.reopenFinished(dataSource);
                floorClose(cycle, false);
            }
            // each run starts from the cycle still collecting: the floor (rolled back), then the product's close
            List<Long> product = new ArrayList<>();
            List<Long> floorTimes = new ArrayList<>();
            List<Long> groupBy = new ArrayList<>();
            long statements = 0;
            for (int run = 0; run < timed; run++) {
                data.reopenFinished(dataSource);
                FloorClose[] floor = new FloorClose[1];
                boolean keep = run == 0;
                floorTimes.add(Measure.nanos(() -> floor[0] = floorClose(cycle, keep)));
                groupBy.add(Measure.nanos(() -> groupBy(jdbc, cycle)));
                statistics.clear();
                product.add(Measure.nanos(() -> data.closeFinished(cycles, closings)));
                statements = statistics.getPrepareStatementCount();
                if (run == 0) {
                    // one stored result at a time against the floor's: ten thousand results as trees at once would
                    // not fit the heap
                    long[] compared = {0};
                    jdbc.query("select r.review_id, r.content from review_result r join review v "
                            + "on v.id = r.review_id where v.cycle_id = ?", rs -> {
                                long id = rs.getLong(1);
                                String content = rs.getString(2);
                                String computed = floor[0].contents().get(id);
                                if (!content.equals(computed)) {
                                    assertThat(difference(computed == null ? null : JSON.readTree(computed),
                                            JSON.readTree(content), "")).as("the floor computes the result the "
                                                    + "product stored for review %d", id).isEmpty();
                                }
                                compared[0]++;
                            }, cycle);
                    long storedComments = jdbc.queryForObject("select count(*) from result_comment c join review v "
                            + "on v.id = c.review_id where v.cycle_id = ?", Long.class, cycle);
                    assertThat(compared[0]).isEqualTo(n).isEqualTo(floor[0].contents().size());
                    assertThat(floor[0].comments()).as("the floor keeps the comments the product kept")
                            .isEqualTo(storedComments);
                }
                floor[0] = null;
            }
            close.put(CLOSE_FLOOR, size, ms(median(floorTimes)));
            close.note(CLOSE_FLOOR, size, "5 queries, batched writes");
            close.put(CLOSE, size, ms(median(product)));
            close.note(CLOSE, size, Measure.f("%,d (%.1f per review)", statements, statements / (double) n));
            close.put(GROUP_BY, size, ms(median(groupBy)));
            close.note(GROUP_BY, size, "1");
            runs.add(Measure.f("%s: close %s ms, floor %s ms", size, Measure.list(product), Measure.list(floorTimes)));

            login.as("hr@spiegel360.example");
            for (int i = 0; i < 2; i++) {
                readOverview(jdbc, cycle);
                pages.teamOverview(cycle);
            }
            Map<Long, List<@Nullable Integer>> floorLevels = readOverview(jdbc, cycle);
            List<TeamOverview.Row> rows = pages.teamOverview(cycle);
            Map<Long, List<@Nullable Integer>> levels = new HashMap<>();
            rows.forEach(r -> levels.put(r.reviewId(), r.cells().stream().map(Report.CompetencyRow::consensusLevel)
                    .toList()));
            assertThat(floorLevels).as("the floor reads the levels the overview shows").hasSize(n)
                    .isEqualTo(levels);
            List<Long> overviewFloor = new ArrayList<>();
            List<Long> overview = new ArrayList<>();
            long overviewStatements = 0;
            for (int run = 0; run < (n <= 1000 ? 5 : 3); run++) {
                overviewFloor.add(Measure.nanos(() -> readOverview(jdbc, cycle)));
                statistics.clear();
                overview.add(Measure.nanos(() -> pages.teamOverview(cycle)));
                overviewStatements = statistics.getPrepareStatementCount();
            }
            read.put(OVERVIEW_FLOOR, size, ms(median(overviewFloor)));
            read.note(OVERVIEW_FLOOR, size, "3");
            read.put(OVERVIEW, size, ms(median(overview)));
            read.note(OVERVIEW, size, String.valueOf(overviewStatements));

            List<Long> reviewIds = jdbc.queryForList("select id from review where cycle_id = ? order by id",
                    Long.class, cycle);
            List<Long> sample = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                sample.add(reviewIds.get((int) ((long) i * reviewIds.size() / 200)));
            }
            for (long id : sample.subList(0, 50)) {
                assertThat(readReport(jdbc, id)).as("the floor reads the levels of the report")
                        .isEqualTo(reports.report(id).rows().stream().map(Report.CompetencyRow::consensusLevel)
                                .toList());
            }
            List<Long> reportFloor = new ArrayList<>();
            List<Long> report = new ArrayList<>();
            statistics.clear();
            for (long id : sample) {
                reportFloor.add(Measure.nanos(() -> readReport(jdbc, id)));
                report.add(Measure.nanos(() -> reports.report(id)));
            }
            read.put(REPORT_FLOOR, size, ms(median(reportFloor)));
            read.note(REPORT_FLOOR, size, "3");
            read.put(REPORT, size, ms(median(report)));
            read.note(REPORT, size, Measure.f("%.0f", statistics.getPrepareStatementCount() / (double) sample.size()));
            login.out();
        }
        var results = new Measure.Results("1-aggregation", "1. Aggregation: the results of a cycle at "
                + String.join(" and ", sizes) + " reviews");
        results.line("Computing and storing the results at the close (%s timed runs at the first size, one at the "
                + "last; median):", "3").line("");
        close.writeTo(results);
        results.line("").line("Reading the stored results:").line("");
        read.writeTo(results);
        results.line("").line("Runs: %s.", String.join("; ", runs)).write();
    }

    /** The path of the first value in which two results differ, with both values; empty when they are equal. */
    private static String difference(@Nullable JsonNode a, @Nullable JsonNode b, String path) {
        if (a == null || b == null || a.isContainer() != b.isContainer() || !a.isContainer()) {
            return java.util.Objects.equals(a, b) ? "" : path + ": " + a + " against " + b;
        }
        java.util.Set<String> names = new java.util.TreeSet<>();
        if (a.isArray()) {
            if (a.size() != b.size()) {
                return path + ": " + a.size() + " elements against " + b.size();
            }
            for (int i = 0; i < a.size(); i++) {
                String d = difference(a.get(i), b.get(i), path + "[" + i + "]");
                if (!d.isEmpty()) {
                    return d;
                }
            }
            return "";
        }
        names.addAll(a.propertyNames());
        names.addAll(b.propertyNames());
        for (String name : names) {
            String d = difference(a.get(name), b.get(name), path + "." + name);
            if (!d.isEmpty()) {
                return d;
            }
        }
        return "";
    }

    private static int groupBy(JdbcTemplate jdbc, long cycleId) {
        int[] rows = {0};
        jdbc.query(GROUP_BY_SQL, rs -> {
            rows[0]++;
        }, cycleId);
        return rows[0];
    }

    /** What the floor of the close produced: each review's result as stored JSON, and how many comments it kept. */
    private record FloorClose(Map<Long, String> contents, long comments) {
    }

    /**
     * The least work that gives the same results: the cycle's submitted scores in one query into arrays per rater,
     * the engine per review, and the results, the comments a report may show and the reviews' close written in
     * batches; rolled back, so that the product's rows stay.
     */
    private FloorClose floorClose(long cycleId, boolean keep) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                return floorClose(c, cycleId, keep);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private FloorClose floorClose(Connection c, long cycleId, boolean keep) throws SQLException {
        String settingsJson;
        try (var s = c.prepareStatement("select settings from review_cycle where id = ?")) {
            s.setLong(1, cycleId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                settingsJson = rs.getString(1);
            }
        }
        Settings settings = CycleSettings.read(settingsJson);
        // the profile of the cycle's reviews: its competencies with their norms and indicators per level
        Map<Long, List<AggregationInput.Competency>> profiles = new HashMap<>();
        Map<Long, Long> profileOf = new HashMap<>();
        try (var s = c.prepareStatement("""
                select v.id, v.profile_id from review v where v.cycle_id = ? order by v.id""")) {
            s.setLong(1, cycleId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    profileOf.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        for (long profileId : new java.util.HashSet<>(profileOf.values())) {
            profiles.put(profileId, profile(c, profileId));
        }
        // the scores, per review and rater, as arrays in the order of the profile's indicators
        Map<Long, Map<Long, Object[]>> raters = new LinkedHashMap<>();
        try (var s = c.prepareStatement("""
                select a.review_id, a.id, a.rater_group, r.indicator_id, r.score
                from rating r join rater_assignment a on a.id = r.assignment_id join review v on v.id = a.review_id
                where v.cycle_id = ? and a.status = 'SUBMITTED'""")) {
            s.setLong(1, cycleId);
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery()) {
                // per request its group and, growing, its indicators and scores (rows of a request need not be
                // adjacent)
                Map<Long, Object[]> byAssignment = new HashMap<>();
                while (rs.next()) {
                    long assignment = rs.getLong(2);
                    Object[] r = byAssignment.get(assignment);
                    if (r == null) {
                        r = new Object[] {rs.getString(3), new long[INDICATORS], new Integer[INDICATORS], new int[1],
                            rs.getLong(1)};
                        byAssignment.put(assignment, r);
                        raters.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(assignment, r);
                    }
                    int[] count = (int[]) r[3];
                    if (count[0] == ((long[]) r[1]).length) {
                        r[1] = java.util.Arrays.copyOf((long[]) r[1], count[0] * 2);
                        r[2] = java.util.Arrays.copyOf((Integer[]) r[2], count[0] * 2);
                    }
                    ((long[]) r[1])[count[0]] = rs.getLong(4);
                    int score = rs.getInt(5);
                    ((Integer[]) r[2])[count[0]++] = rs.wasNull() ? null : score;
                }
            }
        }
        // the comments of the submitted questionnaires: group, competency, text, author where named
        Map<Long, List<String[]>> texts = new HashMap<>();
        try (var s = c.prepareStatement("""
                select a.review_id, a.rater_group, c.competency_id, c.text, a.rater_id
                from competency_comment c join rater_assignment a on a.id = c.assignment_id
                join review v on v.id = a.review_id where v.cycle_id = ? and a.status = 'SUBMITTED'""")) {
            s.setLong(1, cycleId);
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (!rs.getString(4).isBlank()) {
                        texts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new String[] {
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
                    }
                }
            }
        }
        Map<Long, String> contents = new HashMap<>();
        long kept = 0;
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement result = c.prepareStatement("insert into review_result (review_id, profile_id, "
                + "settings, content, raters, closed_at) values (?, ?, ?, ?, ?, ?)");
                PreparedStatement comment = c.prepareStatement("insert into result_comment (id, version, review_id, "
                        + "competency_id, rater_group, position, text, author_id, hidden) "
                        + "values (nextval('result_comment_seq'), 0, ?, ?, ?, ?, ?, ?, false)");
                PreparedStatement review = c.prepareStatement("update review set closed_at = ?, version = version + 1 "
                        + "where id = ?")) {
            int batched = 0;
            for (var entry : profileOf.entrySet()) {
                long reviewId = entry.getKey();
                List<AggregationInput.Competency> profile = profiles.get(entry.getValue());
                List<AggregationInput.Rater> input = new ArrayList<>();
                // the raters in the product's order (by group, then request), which the sums' last digits follow
                List<Map.Entry<Long, Object[]>> ordered = new ArrayList<>(raters.getOrDefault(reviewId, Map.of())
                        .entrySet());
                ordered.sort(Comparator.comparing((Map.Entry<Long, Object[]> e) -> (String) e.getValue()[0])
                        .thenComparing(Map.Entry::getKey));
                ordered.forEach(rater -> {
                    long assignment = rater.getKey();
                    Object[] r = rater.getValue();
                    long[] indicators = (long[]) r[1];
                    Integer[] scores = (Integer[]) r[2];
                    int count = ((int[]) r[3])[0];
                    Map<String, @Nullable Integer> map = new HashMap<>(count * 2);
                    for (int i = 0; i < count; i++) {
                        map.put(String.valueOf(indicators[i]), scores[i]);
                    }
                    input.add(new AggregationInput.Rater("r" + assignment, RaterGroup.valueOf((String) r[0]), map));
                });
                AggregationResult computed = AggregationEngine.aggregate(profile, input, settings);
                String json = JSON.writeValueAsString(computed);
                if (keep) {
                    contents.put(reviewId, json);
                }
                result.setLong(1, reviewId);
                result.setLong(2, entry.getValue());
                result.setString(3, settingsJson);
                result.setString(4, json);
                result.setInt(5, input.size());
                result.setTimestamp(6, now);
                result.addBatch();
                review.setTimestamp(1, now);
                review.setLong(2, reviewId);
                review.addBatch();
                List<String[]> all = texts.getOrDefault(reviewId, List.of());
                for (AggregationResult.CompetencyResult competency : computed.competencies()) {
                    List<String[]> shown = all.stream().filter(t -> t[1].equals(competency.id()))
                            .filter(t -> shown(RaterGroup.valueOf(t[0]), competency)).sorted(BY_TEXT).toList();
                    for (int p = 0; p < shown.size(); p++) {
                        String[] t = shown.get(p);
                        boolean named = t[0].equals("SELF") || t[0].equals("MANAGER");
                        comment.setLong(1, reviewId);
                        comment.setLong(2, Long.parseLong(t[1]));
                        comment.setString(3, t[0]);
                        comment.setInt(4, p);
                        comment.setString(5, t[2].strip());
                        comment.setObject(6, named && t[3] != null ? Long.valueOf(t[3]) : null);
                        comment.addBatch();
                        kept++;
                    }
                }
                if (++batched % 1000 == 0) {
                    review.executeBatch();
                    result.executeBatch();
                    comment.executeBatch();
                }
            }
            review.executeBatch();
            result.executeBatch();
            comment.executeBatch();
        }
        return new FloorClose(contents, kept);
    }

    private static boolean shown(RaterGroup group, AggregationResult.CompetencyResult result) {
        if (group == RaterGroup.SELF || group == RaterGroup.MANAGER) {
            return true;
        }
        AggregationResult.GroupResult g = result.groups().get(group);
        return g != null && g.reported();
    }

    private static List<AggregationInput.Competency> profile(Connection c, long profileId) throws SQLException {
        Map<Long, Integer> norms = new LinkedHashMap<>();
        Map<Long, Map<Integer, List<String>>> levels = new HashMap<>();
        try (var s = c.prepareStatement("""
                select e.competency_id, e.norm, l.level_number, i.id from profile_entry e
                join proficiency_level l on l.competency_id = e.competency_id
                join behavioural_indicator i on i.level_id = l.id
                where e.profile_id = ? order by e.position, l.level_number, i.position""")) {
            s.setLong(1, profileId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    norms.put(rs.getLong(1), rs.getInt(2));
                    levels.computeIfAbsent(rs.getLong(1), k -> new java.util.TreeMap<>())
                            .computeIfAbsent(rs.getInt(3), k -> new ArrayList<>()).add(String.valueOf(rs.getLong(4)));
                }
            }
        }
        List<AggregationInput.Competency> profile = new ArrayList<>();
        norms.forEach((id, norm) -> profile.add(new AggregationInput.Competency(String.valueOf(id), norm,
                List.copyOf(levels.get(id).values()))));
        return profile;
    }

    /**
     * The floor of the overview: the cycle's stored results with the employees' names and the calibrations, in
     * three queries, each result's consensus levels read from its JSON.
     */
    private static Map<Long, List<@Nullable Integer>> readOverview(JdbcTemplate jdbc, long cycleId) {
        Map<Long, List<@Nullable Integer>> levels = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        jdbc.query("""
                select r.review_id, r.content from review_result r join review v on v.id = r.review_id
                where v.cycle_id = ?""", rs -> {
                    levels.put(rs.getLong(1), consensusLevels(rs.getString(2)));
                }, cycleId);
        jdbc.query("select v.id, p.name, p.team from review v join person p on p.id = v.employee_id "
                + "where v.cycle_id = ?", rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                }, cycleId);
        jdbc.query("select c.review_id, c.competency_id, c.level from calibration c join review v "
                + "on v.id = c.review_id where v.cycle_id = ?", rs -> {
                }, cycleId);
        levels.keySet().retainAll(names.keySet());
        return levels;
    }

    /** The floor of one report: its stored result, its comments and its calibrations, in three queries. */
    private static List<@Nullable Integer> readReport(JdbcTemplate jdbc, long reviewId) {
        List<@Nullable Integer> levels = consensusLevels(jdbc.queryForObject(
                "select content from review_result where review_id = ?", String.class, reviewId));
        jdbc.query("select competency_id, rater_group, text, author_id from result_comment where review_id = ? "
                + "and not hidden order by competency_id, position", rs -> {
                }, reviewId);
        jdbc.query("select competency_id, level, reason from calibration where review_id = ?", rs -> {
        }, reviewId);
        return levels;
    }

    static List<@Nullable Integer> consensusLevels(String content) {
        List<@Nullable Integer> levels = new ArrayList<>();
        for (JsonNode competency : JSON.readTree(content).get("competencies")) {
            JsonNode level = competency.get("consensus").get("level");
            levels.add(level == null || level.isNull() ? null : level.asInt());
        }
        return levels;
    }
}
