package nl.spiegel360.test;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A cycle of many reviews in the rating phase, written straight into the database (the services would take minutes
 * to build it), for the promises that must not depend on a cycle's size. Employee i is "Groot NNN i" in team
 * "Groot NNN/j" (ten to a team, under a manager of their own); each review asks the employee, the manager and three
 * colleagues, on the demo's Klantadviseur profile; everyone has the demo password. Manager m is
 * "{prefix, lower case, dashes}-m{m}@example.org", managing employees 10m to 10m + 9. Either every questionnaire
 * is submitted with scores for all indicators, or none has been started.
 */
public record LargeCycle(long cycleId, String prefix, List<Long> reviewIds, List<Long> employeeIds) {

    private static final AtomicLong NEXT = new AtomicLong(700_000_000L);

    /**
     * A score for review {@code review}'s rater {@code rater} (0 self, 1 manager, 2 to 4 peers) on the profile's
     * {@code indicator}th indicator, whose id is {@code indicatorId}.
     */
    @FunctionalInterface
    public interface Scores {
        int score(int review, int rater, int indicator, long indicatorId);
    }

    public static LargeCycle create(DataSource dataSource, int reviews, boolean submitted) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long profileId = jdbc.queryForObject("select role_profile_id from person where email = ?", Long.class,
                "sanne@spiegel360.example");
        return create(dataSource, reviews, submitted, profileId, (i, r, k, id) -> 1 + (i + r + k) % 4);
    }

    /**
     * As {@link #create(DataSource, int, boolean)}, on this profile revision, every questionnaire submitted with these
     * scores.
     */
    public static LargeCycle submitted(DataSource dataSource, int reviews, long profileId, Scores scores) {
        return create(dataSource, reviews, true, profileId, scores);
    }

    private static LargeCycle create(DataSource dataSource, int reviews, boolean submitted, long profileId,
            Scores scores) {
        long base = NEXT.getAndAdd(1_000_000L);
        String prefix = "Groot " + (base / 1_000_000L);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        // everyone can sign in with the demo password, as a manager or rater of the cycle would
        String hash = jdbc.queryForObject("select password_hash from person where email = ?", String.class,
                "sanne@spiegel360.example");
        List<Long> indicators = jdbc.queryForList("""
                select i.id from profile_entry e join proficiency_level l on l.competency_id = e.competency_id
                join behavioural_indicator i on i.level_id = l.id where e.profile_id = ?""", Long.class, profileId);
        LocalDate today = TestClock.today();
        jdbc.update("""
                insert into review_cycle (id, version, name, opens_on, nomination_deadline, rating_deadline, state,
                settings, peers_min, peers_max, include_direct_reports, max_requests_per_rater, reminder_days,
                created_at) values (?, 0, ?, ?, ?, ?, 'RATING', '{}', 3, 8, false, 12, 3, now())""", base,
                prefix + " ronde", today.minusDays(20), today.minusDays(10), today.plusDays(20));
        int managers = (reviews + 9) / 10;
        StringBuilder people = new StringBuilder();
        StringBuilder rows = new StringBuilder();
        StringBuilder assignments = new StringBuilder();
        StringBuilder ratings = new StringBuilder();
        List<Long> reviewIds = new ArrayList<>();
        List<Long> employeeIds = new ArrayList<>();
        for (int m = 0; m < managers; m++) {
            people.append(base + 100_000 + m).append("\t0\t").append(prefix).append(" manager ").append(m)
                    .append('\t').append(prefix.replace(' ', '-').toLowerCase()).append("-m").append(m)
                    .append("@example.org\tTeamleider\t\\N\t\\N\t").append(profileId)
                    .append('\t').append(hash).append("\tf\tt\tnl\tnow\n");
        }
        long assignment = base + 200_000;
        long rating = base;
        for (int i = 0; i < reviews; i++) {
            long employee = base + 1 + i;
            long manager = base + 100_000 + i / 10;
            long review = base + 300_000 + i;
            employeeIds.add(employee);
            reviewIds.add(review);
            people.append(employee).append("\t0\t").append(prefix).append(' ').append(String.format("%04d", i))
                    .append('\t').append(prefix.replace(' ', '-').toLowerCase()).append("-e").append(i)
                    .append("@example.org\tKlantadviseur\t").append(prefix).append('/').append(i / 10).append('\t')
                    .append(manager).append('\t').append(profileId).append('\t').append(hash)
                    .append("\tf\tt\tnl\tnow\n");
            rows.append(review).append("\t0\t").append(base).append('\t').append(employee).append('\t')
                    .append(manager).append('\t').append(profileId).append('\t').append(prefix).append('/')
                    .append(i / 10).append("\tf\tnow\n");
            long[] raters = {employee, manager, base + 1 + (i + 1) % reviews, base + 1 + (i + 2) % reviews,
                base + 1 + (i + 3) % reviews};
            for (int r = 0; r < raters.length; r++) {
                assignment++;
                assignments.append(assignment).append("\t0\t").append(review).append('\t').append(raters[r])
                        .append('\t').append(r == 0 ? "SELF" : r == 1 ? "MANAGER" : "PEER").append('\t')
                        .append(submitted ? "SUBMITTED\tnow" : "NOT_STARTED\t\\N").append("\tnow\n");
                if (submitted) {
                    for (int k = 0; k < indicators.size(); k++) {
                        ratings.append(++rating).append("\t0\t").append(assignment).append('\t')
                                .append(indicators.get(k)).append('\t')
                                .append(scores.score(i, r, k, indicators.get(k))).append("\tnow\n");
                    }
                }
            }
        }
        try (Connection c = dataSource.getConnection()) {
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn("copy person (id, version, name, email, job_title, team, manager_id, role_profile_id, "
                    + "password_hash, hr, active, locale, created_at) from stdin", new StringReader(people.toString()));
            copy.copyIn("copy review (id, version, cycle_id, employee_id, manager_id, profile_id, team, "
                    + "all_submitted_notified, created_at) from stdin", new StringReader(rows.toString()));
            copy.copyIn("copy rater_assignment (id, version, review_id, rater_id, rater_group, status, submitted_at, "
                    + "updated_at) from stdin", new StringReader(assignments.toString()));
            copy.copyIn("copy rating (id, version, assignment_id, indicator_id, score, updated_at) from stdin",
                    new StringReader(ratings.toString()));
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("Could not write the large cycle", e);
        }
        return new LargeCycle(base, prefix, reviewIds, employeeIds);
    }
}
