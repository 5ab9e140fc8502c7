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
        List<String> sizes = Measure.sizeLabels();
        String floorRow = "Floor: raw JDBC, the same rows in one batch and one transaction";
        String rowRow = "Raw JDBC, every row in a transaction of its own (one commit per answer)";
        String serviceRow = "`QuestionnaireService`: 68 `answer`, 6 `comment`, `submit`, as the screen saves them";
        String autosave = "Autosave of one answer (`QuestionnaireService.answer`), median";
        String autosave95 = "Autosave of one answer, p95";
        var table = new Measure.SizeTable(sizes, "").row(floorRow, null).row(rowRow, floorRow)
                .row(serviceRow, floorRow).plain(autosave).plain(autosave95);
        List<String> runs = new ArrayList<>();
        for (int n : BenchData.SIZES) {
            BenchData data = BenchData.get(dataSource, n);
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
                    assertThat(jdbc.queryForObject("select count(*) from rating where assignment_id = ?",
                            Long.class, data.openSelfAssignment(r))).isEqualTo(68);
                    assertThat(jdbc.queryForObject("select status from rater_assignment where id = ?", String.class,
                            data.openSelfAssignment(r))).isEqualTo("SUBMITTED");
                }
            }
            table.put(floorRow, data.label(), ms(median(floor)));
            table.put(rowRow, data.label(), ms(median(perRow)));
            table.put(serviceRow, data.label(), ms(median(service)));
            table.put(autosave, data.label(), ms(median(autosaves)));
            table.put(autosave95, data.label(), ms(percentile(autosaves, 95)));
            runs.add(Measure.f("%s: floor %s ms; service %s ms", data.label(), Measure.list(floor),
                    Measure.list(service)));
        }
        var results = new Measure.Results("2-saving", "2. Saving a questionnaire (68 answers, 6 comments, submit)");
        results.line("Median of %d runs after %d warm-up runs, in an organisation of each size:", RUNS, WARMUP)
                .line("");
        table.writeTo(results);
        results.line("").line("Runs, %s.", String.join("; ", runs)).write();
    }

    /** Answers every item, comments on every competency and submits, as the rater; returns the time taken. */
    private long throughService(BenchData data, int rater, List<Long> answerTimes) {
        login.as(data.employeeEmail(rater));
        long assignment = data.openSelfAssignment(rater);
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
        long assignment = data.openSelfAssignment(rater);
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
