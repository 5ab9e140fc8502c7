package nl.spiegel360.bench;

import static nl.spiegel360.bench.Measure.median;
import static nl.spiegel360.bench.Measure.ms;
import static nl.spiegel360.bench.Measure.percentile;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.spiegel360.review.AssignmentStatus;
import nl.spiegel360.review.QuestionnaireService;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Saving a questionnaire: 68 answers and 6 comments, then submit, through the questionnaire service as the
 * questionnaire screen calls it (every answer saved as it is given), against the floor of a raw JDBC batch that
 * inserts the same rows and marks the questionnaire submitted in one transaction. Each run uses a fresh
 * self-assessment of the open cycle.
 */
@IntegrationTest
class SavingBenchmark {

    private static final int WARMUP = 5;
    private static final int RUNS = 15;
    private static final String TEXT = "Helder voorbeeld: belde de klant zelf terug en legde de afspraak vast.";

    /** Row ids of the raw inserts, far from the ranges that the application's sequences hand out. */
    private static final java.util.concurrent.atomic.AtomicLong ids = new java.util.concurrent.atomic.AtomicLong(
            50_000_000L);

    @Autowired
    DataSource dataSource;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    Login login;

    @AfterEach
    void signOut() {
        login.out();
    }

    @Test
    void submittingOneQuestionnaire() throws SQLException {
        BenchData data = BenchData.get(dataSource);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        int employee = 0;
        List<Long> service = new ArrayList<>();
        List<Long> floor = new ArrayList<>();
        List<Long> perRow = new ArrayList<>();
        List<Long> autosaves = new ArrayList<>();
        for (int run = 0; run < WARMUP + RUNS; run++) {
            boolean measured = run >= WARMUP;
            int rater = employee++;
            List<Long> answers = new ArrayList<>();
            long took = throughService(data, rater, answers);
            int floorRater = employee++;
            long floorTook = Measure.nanos(() -> batch(data, floorRater));
            int rowRater = employee++;
            long rowTook = Measure.nanos(() -> rowByRow(data, rowRater));
            if (measured) {
                service.add(took);
                floor.add(floorTook);
                perRow.add(rowTook);
                autosaves.addAll(answers);
            }
            for (int r : new int[] {rater, floorRater, rowRater}) {
                assertThat(jdbc.queryForObject("select count(*) from rating where assignment_id = ?", Long.class,
                        BenchData.openSelfAssignment(r))).isEqualTo(68);
                assertThat(jdbc.queryForObject("select status from rater_assignment where id = ?", String.class,
                        BenchData.openSelfAssignment(r))).isEqualTo("SUBMITTED");
            }
        }
        double floorMs = ms(median(floor));
        double serviceMs = ms(median(service));
        double rowMs = ms(median(perRow));
        new Measure.Results("2-saving", "2. Saving a questionnaire (68 answers, 6 comments, submit)")
                .line("| What | Median of %d runs | Ratio to floor |", RUNS)
                .line("|---|---:|---:|")
                .line("| Floor: raw JDBC, the same rows in one batch and one transaction | %.1f ms | 1.00 |", floorMs)
                .line("| Raw JDBC, every row in a transaction of its own (one commit per answer) | %.1f ms | %.2f |",
                        rowMs, rowMs / floorMs)
                .line("| `QuestionnaireService`: 68 `answer`, 6 `comment`, `submit`, as the screen saves them "
                        + "| %.1f ms | %.2f |",
                        serviceMs, serviceMs / floorMs)
                .line("")
                .line("Autosave of one answer (`QuestionnaireService.answer`, server time, %d answers): "
                        + "median %.2f ms, "
                        + "p95 %.2f ms, p99 %.2f ms.", autosaves.size(), ms(median(autosaves)),
                        ms(percentile(autosaves, 95)), ms(percentile(autosaves, 99)))
                .line("Runs, floor: %s ms; service: %s ms.", Measure.list(floor),
                        Measure.list(service))
                .write();
    }

    /** Answers every item, comments on every competency and submits, as the rater; returns the time taken. */
    private long throughService(BenchData data, int rater, List<Long> answerTimes) {
        login.as(BenchData.employeeEmail(rater));
        long assignment = BenchData.openSelfAssignment(rater);
        long took = Measure.nanos(() -> {
            int k = 0;
            for (long indicator : data.indicatorIds) {
                Integer score = k++ % 17 == 0 ? null : 1 + k % 4;
                answerTimes.add(Measure.nanos(() -> questionnaires.answer(assignment, indicator, score,
                        QuestionnaireService.NEW)));
            }
            for (long competency : data.competencyIds) {
                questionnaires.comment(assignment, competency, TEXT, QuestionnaireService.NEW);
            }
            assertThat(questionnaires.submit(assignment)).isEqualTo(AssignmentStatus.SUBMITTED);
        });
        login.out();
        return took;
    }

    /** The floor: the same rows in one JDBC batch per table, one transaction. */
    private void batch(BenchData data, int rater) {
        write(data, rater, true);
    }

    /** The same rows, each committed on its own as an autosave must be, without the service around it. */
    private void rowByRow(BenchData data, int rater) {
        write(data, rater, false);
    }

    private void write(BenchData data, int rater, boolean batched) {
        long assignment = BenchData.openSelfAssignment(rater);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(!batched);
            Timestamp now = Timestamp.from(Instant.now());
            try (var s = c.prepareStatement("insert into rating (id, version, assignment_id, indicator_id, score, "
                    + "updated_at) values (?, 0, ?, ?, ?, ?)")) {
                int k = 0;
                for (long indicator : data.indicatorIds) {
                    Integer score = k++ % 17 == 0 ? null : 1 + k % 4;
                    s.setLong(1, ids.incrementAndGet());
                    s.setLong(2, assignment);
                    s.setLong(3, indicator);
                    s.setObject(4, score, java.sql.Types.INTEGER);
                    s.setTimestamp(5, now);
                    execute(s, batched);
                }
                finish(s, batched);
            }
            try (var s = c.prepareStatement("insert into competency_comment (id, version, assignment_id, "
                    + "competency_id, text, hidden, updated_at) values (?, 0, ?, ?, ?, false, ?)")) {
                for (long competency : data.competencyIds) {
                    s.setLong(1, ids.incrementAndGet());
                    s.setLong(2, assignment);
                    s.setLong(3, competency);
                    s.setString(4, TEXT);
                    s.setTimestamp(5, now);
                    execute(s, batched);
                }
                finish(s, batched);
            }
            try (var s = c.prepareStatement("update rater_assignment set status = 'SUBMITTED', submitted_at = ?, "
                    + "version = version + 1 where id = ?")) {
                s.setTimestamp(1, now);
                s.setLong(2, assignment);
                s.executeUpdate();
            }
            if (batched) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(java.sql.PreparedStatement s, boolean batched) throws SQLException {
        if (batched) {
            s.addBatch();
        } else {
            s.executeUpdate();
        }
    }

    private static void finish(java.sql.PreparedStatement s, boolean batched) throws SQLException {
        if (batched) {
            s.executeBatch();
        }
    }
}
