package nl.spiegel360.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import nl.spiegel360.test.TestClock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An organisation with released reviews, written straight into the database as the release would keep them (the
 * services would take minutes to build it): two cycles, the demo's Klantadviseur profile and a second one that
 * shares three of its competencies, teams of different sizes under team leaders who report to one director, and per
 * review and competency a random level (sometimes none) and, below the norm, what held it back. Everyone has the
 * demo password. The test reads what it wrote as the hand computation's input.
 */
record GeneratedOrganisation(String prefix, List<Long> cycleIds, List<String> profiles, List<String> teams,
        List<Review> reviews, List<Long> competencies, long directorId, String directorEmail,
        Map<String, String> leaderEmails) {

    /** One released review as written, with its standings: competency id to level (absent: none). */
    record Review(long id, long cycleId, long employeeId, String profile, String team, long managerId,
            Map<Long, @Nullable Integer> levels, Map<Long, Integer> norms) {
    }

    private static final AtomicLong NEXT = new AtomicLong(810_000_000L);

    /** Team name to its size per cycle; each team's people are on one profile or split over both. */
    static GeneratedOrganisation create(DataSource dataSource, long seed, int[] teamSizes) {
        long base = NEXT.getAndAdd(1_000_000L);
        String prefix = "Org " + (base / 1_000_000L);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Random random = new Random(seed);
        long seedProfile = jdbc.queryForObject("select role_profile_id from person where email = ?", Long.class,
                "sanne@spiegel360.example");
        String seedName = jdbc.queryForObject("select name from role_profile where id = ?", String.class,
                seedProfile);
        String hash = jdbc.queryForObject("select password_hash from person where email = ?", String.class,
                "sanne@spiegel360.example");
        List<Map<String, Object>> entries = jdbc.queryForList(
                "select competency_id, norm, position, document_position from profile_entry where profile_id = ? "
                        + "order by position", seedProfile);
        // a second profile on three of the seed's competencies, with norms of its own
        long otherProfile = base + 1;
        String otherName = prefix + " Teamleider";
        jdbc.update("""
                insert into role_profile (id, version, name, revision, version_label, introduction, frozen, created_at)
                values (?, 0, ?, 1, '1', '', true, now())""", otherProfile, otherName);
        Map<Long, Map<Long, Integer>> norms = new HashMap<>();
        norms.put(seedProfile, new java.util.LinkedHashMap<>());
        norms.put(otherProfile, new java.util.LinkedHashMap<>());
        List<Long> competencies = new ArrayList<>();
        for (int e = 0; e < entries.size(); e++) {
            long competency = ((Number) entries.get(e).get("competency_id")).longValue();
            competencies.add(competency);
            norms.get(seedProfile).put(competency, ((Number) entries.get(e).get("norm")).intValue());
            if (e < 3) {
                int norm = 1 + e % 3;
                jdbc.update("""
                        insert into profile_entry (id, profile_id, competency_id, position, document_position, norm)
                        values (?, ?, ?, ?, ?, ?)""", base + 10 + e, otherProfile, competency, e, e, norm);
                norms.get(otherProfile).put(competency, norm);
            }
        }
        LocalDate today = TestClock.today();
        List<Long> cycles = List.of(base + 100, base + 101);
        for (int c = 0; c < cycles.size(); c++) {
            jdbc.update("""
                    insert into review_cycle (id, version, name, opens_on, nomination_deadline, rating_deadline, state,
                    settings, peers_min, peers_max, include_direct_reports, max_requests_per_rater, reminder_days,
                    created_at) values (?, 0, ?, ?, ?, ?, 'CLOSED', '{}', 3, 8, false, 12, 3, now())""",
                    cycles.get(c), prefix + " ronde " + (c + 1), today.minusDays(400 - 180L * c),
                    today.minusDays(390 - 180L * c), today.minusDays(370 - 180L * c));
        }
        String slug = prefix.replace(' ', '-').toLowerCase(java.util.Locale.ROOT);
        long director = base + 200;
        String directorEmail = slug + "-director@example.org";
        person(jdbc, director, prefix + " directeur", directorEmail, null, null, seedProfile, hash);
        List<String> teams = new ArrayList<>();
        Map<String, String> leaderEmails = new HashMap<>();
        List<Review> reviews = new ArrayList<>();
        long next = base + 1000;
        for (int t = 0; t < teamSizes.length; t++) {
            String team = prefix + " team " + (char) ('A' + t);
            teams.add(team);
            long leader = base + 300 + t;
            String leaderEmail = slug + "-leader" + t + "@example.org";
            leaderEmails.put(team, leaderEmail);
            person(jdbc, leader, prefix + " leider " + t, leaderEmail, prefix + " leiding", director, seedProfile,
                    hash);
            for (int p = 0; p < teamSizes[t]; p++) {
                long employee = next++;
                // even teams are all on the seed profile; odd teams split, the first third on the other
                long profile = t % 2 == 1 && p < teamSizes[t] / 3 ? otherProfile : seedProfile;
                person(jdbc, employee, prefix + " " + t + "-" + p, slug + "-" + t + "-" + p + "@example.org", team,
                        leader, profile, hash);
                for (long cycle : cycles) {
                    reviews.add(review(jdbc, next++, cycle, employee, leader, profile, profile == seedProfile
                            ? seedName : otherName, team, norms.get(profile), random));
                }
            }
            for (long cycle : cycles) {
                reviews.add(review(jdbc, next++, cycle, leader, director, seedProfile, seedName, prefix + " leiding",
                        norms.get(seedProfile), random));
            }
        }
        List<String> profileNames = List.of(seedName, otherName);
        return new GeneratedOrganisation(prefix, cycles, profileNames, teams, reviews, competencies, director,
                directorEmail, leaderEmails);
    }

    private static void person(JdbcTemplate jdbc, long id, String name, String email, @Nullable String team,
            @Nullable Long manager, long profile, String hash) {
        jdbc.update("""
                insert into person (id, version, name, email, job_title, team, manager_id, role_profile_id,
                password_hash, hr, active, locale, created_at) values (?, 0, ?, ?, 'Medewerker', ?, ?, ?, ?, false, true,
                'nl', now())""", id, name, email, team, manager, profile, hash);
    }

    private static Review review(JdbcTemplate jdbc, long id, long cycle, long employee, long manager, long profile,
            String profileName, String team, Map<Long, Integer> norms, Random random) {
        jdbc.update("""
                insert into review (id, version, cycle_id, employee_id, manager_id, profile_id, team, released_at,
                closed_at, all_submitted_notified, created_at) values (?, 0, ?, ?, ?, ?, ?, now(), now(), true, now())""",
                id, cycle, employee, manager, profile, team);
        Map<Long, @Nullable Integer> levels = new HashMap<>();
        for (var entry : norms.entrySet()) {
            long competency = entry.getKey();
            int norm = entry.getValue();
            Integer level = random.nextInt(12) == 0 ? null : random.nextInt(4);
            levels.put(competency, level);
            jdbc.update("""
                    insert into released_standing (review_id, competency_id, cycle_id, profile_id, employee_id,
                    manager_id, team, level, norm) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, competency, cycle,
                    profile, employee, manager, team, level, norm);
            if (level == null || level < norm) {
                // held back by the first indicator of the next level, by a shortfall that grows with the gap
                Long indicator = jdbc.queryForObject("""
                        select min(i.id) from behavioural_indicator i join proficiency_level l on l.id = i.level_id
                        where l.competency_id = ? and l.level_number = ?""", Long.class, competency,
                        level == null ? 1 : level + 1);
                jdbc.update("""
                        insert into released_hold (review_id, competency_id, indicator_id, level, shortfall)
                        values (?, ?, ?, ?, ?)""", id, competency, indicator, level == null ? 1 : level + 1,
                        level == null ? null : 0.25 * (norm - level));
            }
        }
        return new Review(id, cycle, employee, profileName, team, manager, levels, norms);
    }
}
