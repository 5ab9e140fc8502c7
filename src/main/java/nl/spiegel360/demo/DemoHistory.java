package nl.spiegel360.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.competency.CompetencyReadModels.LevelDetail;
import nl.spiegel360.competency.CompetencyReadModels.ProfileCompetency;
import nl.spiegel360.competency.ProfileReader;
import nl.spiegel360.people.PersonDirectory;
import nl.spiegel360.people.PersonRef;
import nl.spiegel360.report.ReportService;
import nl.spiegel360.review.CycleDraft;
import nl.spiegel360.review.CycleService;
import nl.spiegel360.review.CycleState;
import nl.spiegel360.review.NominationService;
import nl.spiegel360.review.ReviewClosing;
import nl.spiegel360.review.ReviewReadModels.ReviewSummary;
import nl.spiegel360.security.SystemTask;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Two earlier cycles of the Klantservice team on the seed profile, so that a newcomer finds the instrument's quality
 * page filled (see {@code src/docs/instrument-quality.md}) and earlier released reports beside this year's. The
 * cycles are created, nominated, closed through the engine, confirmed and released through the services people use;
 * only the answers, given long before today's rating deadline would allow them, are written as the questionnaires
 * store them. Two things in them are there to be found: colleagues can almost never judge "Heeft en gebruikt eigen
 * checklist van uit te voeren taken en activiteiten" (it is flagged), and Thijs de Groot rates everyone far more
 * leniently than the others do (he tops HR's rater-effects table).
 *
 * <p>Nine collaborators, on purpose: as {@link DemoReviews}, it goes through the services people use.
 */
@Component
class DemoHistory {

    /** The indicator colleagues cannot see: a person's own checklist. */
    static final String UNSEEN_INDICATOR = "Heeft en gebruikt eigen checklist van uit te voeren taken en activiteiten";
    /** The strongly lenient rater. */
    static final String LENIENT_RATER = "Thijs";
    static final List<String> CYCLES = List.of("Feedbackronde najaar 2025", "Feedbackronde voorjaar 2026");

    private static final List<String> TEAM = List.of("Sanne", "Daan", "Emma", "Lucas", "Fleur", "Thijs", "Noor",
            "Bram");

    private final CycleService cycles;
    private final NominationService nominations;
    private final ReviewClosing closing;
    private final ReportService reports;
    private final nl.spiegel360.review.ReviewReleases releases;
    private final PersonDirectory people;
    private final ProfileReader profiles;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoHistory(CycleService cycles, NominationService nominations, ReviewClosing closing, ReportService reports,
            nl.spiegel360.review.ReviewReleases releases, PersonDirectory people, ProfileReader profiles,
            JdbcTemplate jdbc, Clock clock) {
        this.cycles = cycles;
        this.nominations = nominations;
        this.closing = closing;
        this.reports = reports;
        this.releases = releases;
        this.people = people;
        this.profiles = profiles;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void load(DemoPlan.As as) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> ids = SystemTask.call(() -> people.directory()).stream()
                .collect(Collectors.toMap(p -> DemoReviews.first(p.name()), PersonRef::id, (a, b) -> a));
        Random random = new Random(2025);
        for (int k = 0; k < CYCLES.size(); k++) {
            LocalDate opens = today.minusDays(400 - 180L * k);
            cycle(CYCLES.get(k), opens, ids, random, as);
        }
    }

    private void cycle(String name, LocalDate opens, Map<String, Long> ids, Random random, DemoPlan.As as) {
        LocalDate deadline = opens.plusDays(28);
        long cycleId = SystemTask.call(() -> {
            long id = cycles.create(new CycleDraft(name, opens, opens.plusDays(10), deadline,
                    CycleDraft.DEFAULT_PEERS_MIN, CycleDraft.DEFAULT_PEERS_MAX, false, CycleDraft.DEFAULT_MAX_REQUESTS,
                    CycleDraft.DEFAULT_REMINDER_DAYS, "{}", 0)).id();
            cycles.addEmployees(id, TEAM.stream().map(n -> DemoReviews.the(ids, n)).toList());
            cycles.advance(id, CycleState.NOMINATION);
            return id;
        });
        List<ReviewSummary> reviews = SystemTask.call(() -> cycles.reviews(cycleId));
        as.run(DemoPeople.MANAGER_EMAIL, () -> {
            for (ReviewSummary review : reviews) {
                int i = TEAM.indexOf(DemoReviews.first(review.employeeName()));
                for (int p = 1; p <= 3; p++) {
                    nominations.nominate(review.id(), DemoReviews.the(ids, TEAM.get((i + p) % TEAM.size())),
                            RaterGroup.PEER);
                }
            }
        });
        SystemTask.run(() -> cycles.advance(cycleId, CycleState.RATING));
        SystemTask.run(() -> answer(cycleId, deadline.minusDays(3), DemoReviews.the(ids, LENIENT_RATER), random));
        as.run(DemoPeople.MANAGER_EMAIL, () -> {
            for (ReviewSummary review : reviews) {
                closing.close(review.id());
                reports.confirmConsensus(review.id());
                releases.release(review.id());
            }
        });
        SystemTask.run(() -> cycles.advance(cycleId, CycleState.CLOSED));
    }

    private record Assignment(long id, long employee, long rater, RaterGroup group, long profileId) {
    }

    /**
     * Every questionnaire of the cycle, answered and submitted on the given day. A score is 2.8 moved by the
     * employee's overall standing and their standing on the competency, the indicator's level (level 1 shown more
     * often, level 3 less), the rater's own habit and chance, rounded into 1 to 4.
     */
    private void answer(long cycleId, LocalDate day, long lenient, Random random) {
        List<Assignment> assignments = jdbc.query("""
                select a.id, r.employee_id, a.rater_id, a.rater_group, r.profile_id from rater_assignment a
                join review r on r.id = a.review_id where r.cycle_id = ? order by a.id""",
                (rs, n) -> new Assignment(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        RaterGroup.valueOf(rs.getString(4)), rs.getLong(5)), cycleId);
        List<ProfileCompetency> competencies = profiles.document(assignments.getFirst().profileId()).competencies();
        Map<Long, Double> standing = new java.util.HashMap<>();
        Map<String, Double> strength = new java.util.HashMap<>();
        Map<Long, Double> habit = new java.util.HashMap<>();
        Timestamp at = Timestamp.from(day.atTime(16, 0).toInstant(ZoneOffset.UTC));
        Timestamp asked = Timestamp.from(day.minusDays(14).atTime(9, 0).toInstant(ZoneOffset.UTC));
        List<Object[]> rows = new ArrayList<>();
        for (Assignment a : assignments) {
            double person = standing.computeIfAbsent(a.employee(), e -> random.nextGaussian() * 0.5);
            double rater = a.group() == RaterGroup.SELF ? 0.3 : a.rater() == lenient ? 1.1
                    : habit.computeIfAbsent(a.rater(), r -> random.nextGaussian() * 0.15);
            for (ProfileCompetency c : competencies) {
                double own = strength.computeIfAbsent(a.employee() + "/" + c.competencyId(),
                        key -> random.nextGaussian() * 0.35);
                for (LevelDetail level : c.levels()) {
                    for (var indicator : level.indicators()) {
                        Integer score = (int) Math.round(2.8 + person + own + 0.6 * (2 - level.number()) + rater
                                + random.nextGaussian() * 0.55);
                        score = Math.max(1, Math.min(4, score));
                        boolean others = a.group() != RaterGroup.SELF;
                        if (others && (indicator.text().equals(UNSEEN_INDICATOR) ? random.nextDouble() < 0.85
                                : random.nextDouble() < 0.03)) {
                            score = null;
                        }
                        rows.add(new Object[] {a.id(), indicator.id(), score, at});
                    }
                }
            }
        }
        jdbc.batchUpdate("insert into rating (id, version, assignment_id, indicator_id, score, updated_at) "
                + "values (nextval('rating_seq'), 0, ?, ?, ?, ?)", rows);
        jdbc.update("""
                update rater_assignment set status = 'SUBMITTED', asked_at = ?, submitted_at = ?, updated_at = ?,
                version = version + 1 where review_id in (select id from review where cycle_id = ?)""", asked, at, at,
                cycleId);
    }
}
