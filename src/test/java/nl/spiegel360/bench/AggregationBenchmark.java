package nl.spiegel360.bench;

import static nl.spiegel360.bench.Measure.median;
import static nl.spiegel360.bench.Measure.ms;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.spiegel360.report.ReportService;
import nl.spiegel360.report.TeamOverview;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Aggregation: the report service computes the consensus reports of all 1,000 reviews of a cycle (544,000
 * ratings), against the floor of one SQL GROUP BY that computes the per-group indicator means of the same rows.
 */
@IntegrationTest
class AggregationBenchmark {

    static final String FLOOR_SQL = """
            select a.review_id, a.rater_group, r.indicator_id, avg(r.score) as mean, count(r.score) as n
            from rating r
            join rater_assignment a on a.id = r.assignment_id
            join review v on v.id = a.review_id
            where v.cycle_id = ? and a.status = 'SUBMITTED'
            group by a.review_id, a.rater_group, r.indicator_id""";

    private static final int WARMUP = 3;
    private static final int RUNS = 7;

    @Autowired
    DataSource dataSource;
    @Autowired
    ReportService reports;
    @Autowired
    Login login;
    @Autowired
    EntityManagerFactory entityManagers;

    @AfterEach
    void signOut() {
        login.out();
    }

    /** The floor: every per-group indicator mean of the cycle, read into memory. */
    static int floor(JdbcTemplate jdbc, long cycleId) {
        List<double[]> rows = new ArrayList<>();
        jdbc.query(FLOOR_SQL, rs -> {
            rows.add(new double[] {rs.getLong(1), rs.getString(2).length(), rs.getLong(3), rs.getDouble(4),
                    rs.getInt(5)});
        }, cycleId);
        return rows.size();
    }

    @Autowired
    nl.spiegel360.review.CycleService cycles;

    @Test
    void consensusReportsOfACycle() {
        BenchData data = BenchData.get(dataSource);
        BenchData.closeFinished(data, cycles);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        login.as("hr@spiegel360.example");
        long cycle = data.finishedCycleId;

        int[] floorRows = {0};
        List<TeamOverview.Row> result = new ArrayList<>();
        for (int i = 0; i < WARMUP; i++) {
            floorRows[0] = floor(jdbc, cycle);
            result = reports.teamOverview(cycle);
        }
        assertThat(result).hasSize(BenchData.EMPLOYEES);
        assertThat(floorRows[0]).isEqualTo(BenchData.EMPLOYEES * 3 * 68);
        assertThat(result.getFirst().cells()).hasSize(6).allSatisfy(c -> assertThat(c.consensusLevel()).isNotNull());

        List<Long> floor = new ArrayList<>();
        List<Long> service = new ArrayList<>();
        long statements = 0;
        for (int i = 0; i < RUNS; i++) {
            floor.add(Measure.nanos(() -> floorRows[0] = floor(jdbc, cycle)));
            statistics.clear();
            service.add(Measure.nanos(() -> reports.teamOverview(cycle)));
            statements = statistics.getPrepareStatementCount();
        }

        // One report at a time, as the report screen computes it: the statements of one report, for 1,000.
        List<Long> ids = jdbc.queryForList("select id from review where cycle_id = ? order by id", Long.class, cycle);
        ids.stream().limit(50).forEach(reports::report);
        statistics.clear();
        List<Long> single = new ArrayList<>();
        long oneByOne = Measure.nanos(() -> ids.forEach(id -> single.add(Measure.nanos(() -> reports.report(id)))));
        long singleStatements = statistics.getPrepareStatementCount();

        double floorMs = ms(median(floor));
        double serviceMs = ms(median(service));
        new Measure.Results("1-aggregation", "1. Aggregation: 1,000 consensus reports (544,000 ratings)")
                .line("| What | Median of %d runs | Ratio to floor | SQL statements |", RUNS)
                .line("|---|---:|---:|---:|")
                .line("| Floor: one `GROUP BY` of the per-group indicator means (%,d rows) | %.0f ms | 1.00 | 1 |",
                        floorRows[0], floorMs)
                .line("| `ReportService.teamOverview`: all 1,000 reports of the cycle at once | %.0f ms | %.2f | %d |",
                        serviceMs, serviceMs / floorMs, statements)
                .line("| `ReportService.report`, one review at a time, 1,000 reviews (1 run) | %.0f ms | %.2f "
                        + "| %.1f per report |",
                        ms(oneByOne), ms(oneByOne) / floorMs, singleStatements / (double) ids.size())
                .line("")
                .line("One report (`ReportService.report`): median %.2f ms, p95 %.2f ms.", ms(median(single)),
                        ms(Measure.percentile(single, 95)))
                .line("Runs, floor: %s ms; service: %s ms.", Measure.list(floor), Measure.list(service))
                .write();
    }
}
