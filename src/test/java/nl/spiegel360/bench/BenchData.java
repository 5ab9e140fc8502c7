package nl.spiegel360.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One of the benchmarks' organisations, written straight into PostgreSQL with COPY (the services are what is
 * measured, not the loader): {@code employees} employees on the Klantadviseur profile under one manager per ten,
 * and two cycles.
 * <ul>
 * <li>a finished cycle, still collecting: every employee rated by themselves, their manager and 6 peers, every
 * questionnaire submitted (8 raters x 68 indicators per review: 544,000 ratings for 1,000 employees, 5,440,000 for
 * 10,000), and two comments per questionnaire;
 * <li>an open cycle in the rating phase: every employee's self-assessment not started yet.
 * </ul>
 * The two sizes live side by side in the same database under ids and addresses of their own, so that a benchmark
 * at 10,000 runs in the database in which it ran at 1,000. Scores are drawn from a seeded generator, so every run
 * measures the same rows.
 */
final class BenchData {

    static final int PEERS = 6;
    static final int INDICATORS = 68;
    static final String PROFILE_OF = "sanne@spiegel360.example";
    /** The sizes that every benchmark runs at, smallest first. */
    static final List<Integer> SIZES = Arrays.stream(System.getProperty("spiegel360.bench.sizes", "1000,10000")
            .split(",")).map(String::strip).map(Integer::valueOf).toList();

    private static final Map<Integer, BenchData> DATA = new HashMap<>();

    final int employees;
    final int managers;
    final long profileId;
    final List<Long> indicatorIds;
    final List<Long> competencyIds;
    final long finishedCycleId;
    final long openCycleId;
    private final long base;
    private final String prefix;

    private BenchData(int employees, long profileId, List<Long> indicatorIds, List<Long> competencyIds) {
        this.employees = employees;
        this.managers = employees / 10;
        this.profileId = profileId;
        this.indicatorIds = indicatorIds;
        this.competencyIds = competencyIds;
        this.base = employees <= 1000 ? 10_000_000L : 100_000_000L;
        this.prefix = employees <= 1000 ? "bench" : "bench" + employees / 1000 + "k";
        this.finishedCycleId = base + 1;
        this.openCycleId = base + 2;
    }

    /** The organisation of 1,000 employees. */
    static BenchData get(DataSource dataSource) {
        return get(dataSource, 1000);
    }

    /** The organisation of this many employees (1,000 or 10,000), generated on first use. */
    static synchronized BenchData get(DataSource dataSource, int employees) {
        return DATA.computeIfAbsent(employees, n -> {
            long started = System.nanoTime();
            BenchData data = generate(dataSource, n);
            System.out.printf("Benchmark data of %,d employees generated in %.1f s%n", n,
                    (System.nanoTime() - started) / 1e9);
            return data;
        });
    }

    /** "1k" or "10k": the size in the tables. */
    String label() {
        return employees % 1000 == 0 ? employees / 1000 + "k" : String.valueOf(employees);
    }

    long ratings() {
        return (long) employees * (PEERS + 2) * INDICATORS;
    }

    String employeeEmail(int i) {
        return prefix + "-employee-" + i + "@spiegel360.example";
    }

    long employeeId(int i) {
        return base + i;
    }

    long managerId(int m) {
        return base + employees + m;
    }

    String managerEmail(int m) {
        return prefix + "-manager-" + m + "@spiegel360.example";
    }

    /** The review of employee i in the finished cycle. */
    long finishedReview(int i) {
        return base + i;
    }

    /** The self-assessment of employee i in the open cycle. */
    long openSelfAssignment(int i) {
        return base + 50_000_000L + i;
    }

    /**
     * Closes the finished cycle through the product, once: every review's result is computed and stored as at a
     * deadline, so that reports, the overview and the CSV read stored results as they do in use.
     */
    void closeFinished(nl.spiegel360.review.CycleService cycles, nl.spiegel360.review.CycleClosings closings) {
        nl.spiegel360.security.SystemTask.run(() -> {
            if (cycles.cycle(finishedCycleId).state() != nl.spiegel360.review.CycleState.CLOSED) {
                cycles.advance(finishedCycleId, nl.spiegel360.review.CycleState.CLOSED);
                closings.finish(finishedCycleId, 0);
            }
        });
    }

    /**
     * Opens the finished cycle again as it was before its close: no stored results, every review collecting. The
     * audit entries of the close stay (the audit log only grows).
     */
    void reopenFinished(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("delete from result_comment where review_id in (select id from review where cycle_id = ?)",
                finishedCycleId);
        jdbc.update("delete from review_result where review_id in (select id from review where cycle_id = ?)",
                finishedCycleId);
        jdbc.update("update review set closed_at = null, version = version + 1 where cycle_id = ?", finishedCycleId);
        jdbc.update("update review_cycle set state = 'RATING', version = version + 1 where id = ?", finishedCycleId);
        // the close's execution, which the benchmark ran itself (the scheduler does not run in tests)
        jdbc.update("delete from scheduled_tasks where task_name = ? and task_instance = ?",
                nl.spiegel360.review.CycleClosings.TASK, Long.toString(finishedCycleId));
    }

    private static BenchData generate(DataSource dataSource, int employees) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long profileId = jdbc.queryForObject("select role_profile_id from person where email = ?", Long.class,
                PROFILE_OF);
        List<Long> competencies = jdbc.queryForList(
                "select competency_id from profile_entry where profile_id = ? order by position", Long.class,
                profileId);
        List<Long> indicators = jdbc.queryForList("""
                select i.id from profile_entry e join proficiency_level l on l.competency_id = e.competency_id
                join behavioural_indicator i on i.level_id = l.id
                where e.profile_id = ? order by e.position, l.level_number, i.position""", Long.class, profileId);
        if (indicators.size() != INDICATORS) {
            throw new IllegalStateException("The Klantadviseur profile should have 68 indicators: "
                    + indicators.size());
        }
        BenchData data = new BenchData(employees, profileId, indicators, competencies);
        // the demo password at bcrypt's lowest cost: thousands of sign-ins of the memory benchmark take seconds, and
        // the cost of a password check is not what any benchmark measures
        String hash = "{bcrypt}" + org.springframework.security.crypto.bcrypt.BCrypt.hashpw(
                nl.spiegel360.demo.DemoPeople.PASSWORD, org.springframework.security.crypto.bcrypt.BCrypt.gensalt(4));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            data.write(c, c.unwrap(PGConnection.class).getCopyAPI(), hash);
            c.commit();
            c.setAutoCommit(true);
            try (var s = c.createStatement()) {
                s.execute("vacuum analyze");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not generate the benchmark data", e);
        }
        return data;
    }

    private void write(Connection c, CopyManager copy, String hash) throws SQLException {
        try (var out = new Copy(copy, "copy person (id, version, name, email, job_title, team, manager_id, "
                + "role_profile_id, password_hash, hr, active, locale, created_at) from stdin")) {
            for (int m = 0; m < managers; m++) {
                out.row(managerId(m), 0, "Manager " + m, managerEmail(m), "Teamleider", team(m), null, profileId,
                        hash, "f", "t", "nl", "2026-01-01 00:00:00");
            }
            for (int i = 0; i < employees; i++) {
                out.row(employeeId(i), 0, "Medewerker " + i, employeeEmail(i), "Klantadviseur", team(i / 10),
                        managerId(i / 10), profileId, hash, "f", "t", "nl", "2026-01-01 00:00:00");
            }
        }
        LocalDate today = LocalDate.now();
        try (var s = c.prepareStatement("""
                insert into review_cycle (id, version, name, opens_on, nomination_deadline, rating_deadline, state,
                settings, peers_min, peers_max, include_direct_reports, max_requests_per_rater, reminder_days,
                created_at) values (?, 0, ?, ?, ?, ?, 'RATING', '{}', 3, 8, false, 12, 3, now())""")) {
            s.setLong(1, finishedCycleId);
            s.setString(2, "Benchmark: " + employees + " beoordelingen");
            s.setObject(3, today.minusDays(30));
            s.setObject(4, today.minusDays(20));
            s.setObject(5, today.plusDays(30));
            s.addBatch();
            s.setLong(1, openCycleId);
            s.setString(2, "Benchmark: " + employees + " open vragenlijsten");
            s.setObject(3, today.minusDays(10));
            s.setObject(4, today.minusDays(5));
            s.setObject(5, today.plusDays(30));
            s.addBatch();
            s.executeBatch();
        }
        try (var out = new Copy(copy, "copy review (id, version, cycle_id, employee_id, manager_id, profile_id, "
                + "team, all_submitted_notified, created_at) from stdin")) {
            for (int i = 0; i < employees; i++) {
                out.row(finishedReview(i), 0, finishedCycleId, employeeId(i), managerId(i / 10), profileId,
                        team(i / 10), "f", "now");
            }
            for (int i = 0; i < employees; i++) {
                out.row(base + employees + i, 0, openCycleId, employeeId(i), managerId(i / 10), profileId,
                        team(i / 10), "f", "now");
            }
        }
        try (var out = new Copy(copy, "copy rater_assignment (id, version, review_id, rater_id, rater_group, status, "
                + "submitted_at, updated_at) from stdin")) {
            for (int i = 0; i < employees; i++) {
                for (int r = 0; r < PEERS + 2; r++) {
                    out.row(assignment(i, r), 0, finishedReview(i), rater(i, r), r == 0 ? "SELF" : r == 1 ? "MANAGER"
                            : "PEER", "SUBMITTED", "now", "now");
                }
            }
            for (int i = 0; i < employees; i++) {
                out.row(openSelfAssignment(i), 0, base + employees + i, employeeId(i), "SELF", "NOT_STARTED", null,
                        "now");
            }
        }
        // the ratings in the order of the first generator, so that every run draws the same scores
        Random random = new Random(360);
        long rating = base;
        try (var out = new Copy(copy, "copy rating (id, version, assignment_id, indicator_id, score, updated_at) "
                + "from stdin")) {
            for (int i = 0; i < employees; i++) {
                int tendency = 1 + random.nextInt(3);
                for (int r = 0; r < PEERS + 2; r++) {
                    for (long indicator : indicatorIds) {
                        int score = Math.max(1, Math.min(4, tendency + random.nextInt(3) - (random.nextInt(4) == 0
                                ? 1 : 0)));
                        out.row(++rating, 0, assignment(i, r), indicator, random.nextInt(20) == 0 ? null : score,
                                "now");
                    }
                }
            }
        }
        long comment = base;
        try (var out = new Copy(copy, "copy competency_comment (id, version, assignment_id, competency_id, text, "
                + "hidden, updated_at) from stdin")) {
            for (int i = 0; i < employees; i++) {
                for (int r = 0; r < PEERS + 2; r++) {
                    for (int k = 0; k < 2; k++) {
                        out.row(++comment, 0, assignment(i, r), competencyIds.get((i + k) % competencyIds.size()),
                                "Goed voorbeeld uit de praktijk, nummer " + k, "f", "now");
                    }
                }
            }
        }
    }

    private String team(int m) {
        return employees <= 1000 ? "Bench " + m : "Bench " + label() + " " + m;
    }

    /** The r-th rater's request of employee i's review: 0 self, 1 the manager, then the peers. */
    private long assignment(int i, int r) {
        return base + (long) i * (PEERS + 2) + r + 1;
    }

    private long rater(int i, int r) {
        return r == 0 ? employeeId(i) : r == 1 ? managerId(i / 10) : employeeId((i + r - 1) % employees);
    }

    /** Rows streamed into one COPY in blocks, so that millions of rows never sit in memory at once. */
    private static final class Copy implements AutoCloseable {
        private final CopyIn in;
        private final StringBuilder block = new StringBuilder(1 << 20);

        Copy(CopyManager copy, String sql) throws SQLException {
            this.in = copy.copyIn(sql);
        }

        void row(Object... fields) {
            for (int f = 0; f < fields.length; f++) {
                if (f > 0) {
                    block.append('\t');
                }
                block.append(fields[f] == null ? "\\N" : fields[f].toString());
            }
            block.append('\n');
            if (block.length() > 1 << 20) {
                flush();
            }
        }

        private void flush() {
            byte[] bytes = block.toString().getBytes(StandardCharsets.UTF_8);
            try {
                in.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new UncheckedIOException(new IOException(e));
            }
            block.setLength(0);
        }

        @Override
        public void close() throws SQLException {
            flush();
            in.endCopy();
        }
    }
}
