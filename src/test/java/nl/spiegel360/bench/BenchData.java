package nl.spiegel360.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmarks' organisation, written straight into PostgreSQL with COPY (the services are what is measured,
 * not the loader): 1,000 employees on the Klantadviseur profile under 100 managers, and two cycles.
 * <ul>
 * <li>a finished cycle: every employee rated by themselves, their manager and 6 peers, every questionnaire
 * submitted (8 raters x 68 indicators x 1,000 reviews = 544,000 ratings, and two comments per questionnaire);
 * <li>an open cycle in the rating phase: every employee's self-assessment not started yet.
 * </ul>
 * Scores are drawn from a seeded generator, so every run measures the same rows.
 */
final class BenchData {

    static final int EMPLOYEES = 1000;
    static final int MANAGERS = 100;
    static final int PEERS = 6;
    static final String PASSWORD_OF = "sanne@spiegel360.example";
    private static final long BASE = 10_000_000L;

    private static BenchData data;

    final long profileId;
    final List<Long> indicatorIds;
    final List<Long> competencyIds;
    final long finishedCycleId;
    final long openCycleId;

    private BenchData(long profileId, List<Long> indicatorIds, List<Long> competencyIds, long finishedCycleId,
            long openCycleId) {
        this.profileId = profileId;
        this.indicatorIds = indicatorIds;
        this.competencyIds = competencyIds;
        this.finishedCycleId = finishedCycleId;
        this.openCycleId = openCycleId;
    }

    /** The data of this run, generated on first use. */
    static synchronized BenchData get(DataSource dataSource) {
        if (data == null) {
            long started = System.nanoTime();
            data = generate(dataSource);
            System.out.printf("Benchmark data generated in %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
        return data;
    }

    static String employeeEmail(int i) {
        return "bench-employee-" + i + "@spiegel360.example";
    }

    static long employeeId(int i) {
        return BASE + i;
    }

    static long managerId(int m) {
        return BASE + EMPLOYEES + m;
    }

    /** The self-assessment of employee i in the open cycle. */
    static long openSelfAssignment(int i) {
        return BASE + 5_000_000L + i;
    }

    /**
     * Closes the finished cycle through the product, once: every review's result is computed and stored as at a
     * deadline, so that reports, the overview and the CSV read stored results as they do in use.
     */
    static void closeFinished(BenchData data, nl.spiegel360.review.CycleService cycles) {
        nl.spiegel360.security.SystemTask.run(() -> {
            if (cycles.cycle(data.finishedCycleId).state() != nl.spiegel360.review.CycleState.CLOSED) {
                cycles.advance(data.finishedCycleId, nl.spiegel360.review.CycleState.CLOSED);
            }
        });
    }

    private static BenchData generate(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long profileId = jdbc.queryForObject("select role_profile_id from person where email = ?", Long.class,
                PASSWORD_OF);
        String hash = jdbc.queryForObject("select password_hash from person where email = ?", String.class,
                PASSWORD_OF);
        List<Long> competencies = jdbc.queryForList(
                "select competency_id from profile_entry where profile_id = ? order by position", Long.class,
                profileId);
        List<Long> indicators = jdbc.queryForList("""
                select i.id from profile_entry e join proficiency_level l on l.competency_id = e.competency_id
                join behavioural_indicator i on i.level_id = l.id
                where e.profile_id = ? order by e.position, l.level_number, i.position""", Long.class, profileId);
        if (indicators.size() != 68) {
            throw new IllegalStateException("The Klantadviseur profile should have 68 indicators: "
                    + indicators.size());
        }
        long finished = BASE + 1;
        long open = BASE + 2;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder people = new StringBuilder();
            for (int m = 0; m < MANAGERS; m++) {
                people.append(managerId(m)).append("\t0\tManager ").append(m).append("\tbench-manager-").append(m)
                        .append("@spiegel360.example\tTeamleider\tBench ").append(m).append("\t\\N\t")
                        .append(profileId).append('\t').append(hash).append("\tf\tt\tnl\t2026-01-01 00:00:00\n");
            }
            for (int i = 0; i < EMPLOYEES; i++) {
                people.append(employeeId(i)).append("\t0\tMedewerker ").append(i).append('\t')
                        .append(employeeEmail(i)).append("\tKlantadviseur\tBench ").append(i / 10).append('\t')
                        .append(managerId(i / 10)).append('\t').append(profileId).append('\t').append(hash)
                        .append("\tf\tt\tnl\t2026-01-01 00:00:00\n");
            }
            copy.copyIn("copy person (id, version, name, email, job_title, team, manager_id, role_profile_id, "
                    + "password_hash, hr, active, locale, created_at) from stdin", new StringReader(people.toString()));
            LocalDate today = LocalDate.now();
            try (var s = c.prepareStatement("""
                    insert into review_cycle (id, version, name, opens_on, nomination_deadline, rating_deadline, state,
                    settings, peers_min, peers_max, include_direct_reports, max_requests_per_rater, reminder_days,
                    created_at) values (?, 0, ?, ?, ?, ?, ?, '{}', 3, 8, false, 12, 3, now())""")) {
                s.setLong(1, finished);
                s.setString(2, "Benchmark: 1000 beoordelingen");
                s.setObject(3, today.minusDays(30));
                s.setObject(4, today.minusDays(20));
                s.setObject(5, today.plusDays(30));
                s.setString(6, "RATING");
                s.addBatch();
                s.setLong(1, open);
                s.setString(2, "Benchmark: open vragenlijsten");
                s.setObject(3, today.minusDays(10));
                s.setObject(4, today.minusDays(5));
                s.setObject(5, today.plusDays(30));
                s.setString(6, "RATING");
                s.addBatch();
                s.executeBatch();
            }
            StringBuilder reviews = new StringBuilder();
            StringBuilder assignments = new StringBuilder();
            StringBuilder ratings = new StringBuilder();
            StringBuilder comments = new StringBuilder();
            Random random = new Random(360);
            long assignment = BASE;
            long rating = BASE;
            long comment = BASE;
            for (int i = 0; i < EMPLOYEES; i++) {
                long review = BASE + i;
                reviews.append(review).append("\t0\t").append(finished).append('\t').append(employeeId(i)).append('\t')
                        .append(managerId(i / 10)).append('\t').append(profileId).append("\tf\tnow\n");
                List<String[]> raters = new ArrayList<>();
                raters.add(new String[] {String.valueOf(employeeId(i)), "SELF"});
                raters.add(new String[] {String.valueOf(managerId(i / 10)), "MANAGER"});
                for (int p = 1; p <= PEERS; p++) {
                    raters.add(new String[] {String.valueOf(employeeId((i + p) % EMPLOYEES)), "PEER"});
                }
                int tendency = 1 + random.nextInt(3);
                for (String[] rater : raters) {
                    assignment++;
                    assignments.append(assignment).append("\t0\t").append(review).append('\t').append(rater[0])
                            .append('\t').append(rater[1]).append("\tSUBMITTED\tnow\tnow\n");
                    for (long indicator : indicators) {
                        int score = Math.max(1, Math.min(4, tendency + random.nextInt(3) - (random.nextInt(4) == 0
                                ? 1 : 0)));
                        ratings.append(++rating).append("\t0\t").append(assignment).append('\t').append(indicator)
                                .append('\t').append(random.nextInt(20) == 0 ? "\\N" : String.valueOf(score))
                                .append("\tnow\n");
                    }
                    for (int k = 0; k < 2; k++) {
                        comments.append(++comment).append("\t0\t").append(assignment).append('\t')
                                .append(competencies.get((i + k) % competencies.size()))
                                .append("\tGoed voorbeeld uit de praktijk, nummer ").append(k).append("\tf\tnow\n");
                    }
                }
            }
            for (int i = 0; i < EMPLOYEES; i++) {
                long review = BASE + EMPLOYEES + i;
                reviews.append(review).append("\t0\t").append(open).append('\t').append(employeeId(i)).append('\t')
                        .append(managerId(i / 10)).append('\t').append(profileId).append("\tf\tnow\n");
                assignments.append(openSelfAssignment(i)).append("\t0\t").append(review).append('\t')
                        .append(employeeId(i)).append("\tSELF\tNOT_STARTED\t\\N\tnow\n");
            }
            copy.copyIn("copy review (id, version, cycle_id, employee_id, manager_id, profile_id, "
                    + "all_submitted_notified, created_at) from stdin", new StringReader(reviews.toString()));
            copy.copyIn("copy rater_assignment (id, version, review_id, rater_id, rater_group, status, submitted_at, "
                    + "updated_at) from stdin", new StringReader(assignments.toString()));
            copy.copyIn("copy rating (id, version, assignment_id, indicator_id, score, updated_at) from stdin",
                    new StringReader(ratings.toString()));
            copy.copyIn("copy competency_comment (id, version, assignment_id, competency_id, text, hidden, "
                    + "updated_at) from stdin", new StringReader(comments.toString()));
            c.commit();
            try (var s = c.createStatement()) {
                c.setAutoCommit(true);
                s.execute("vacuum analyze");
            }
        } catch (java.sql.SQLException | java.io.IOException e) {
            throw new IllegalStateException("Could not generate the benchmark data", e);
        }
        return new BenchData(profileId, indicators, competencies, finished, open);
    }
}
