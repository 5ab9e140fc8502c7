package nl.spiegel360.bench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.spiegel360.bench.Measure.median;
import static nl.spiegel360.bench.Measure.ms;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import nl.spiegel360.report.ReportExports;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.KaribuSessions;
import nl.spiegel360.test.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cycle overview for 1,000 reviews: HR's team heatmap (a browserless session showing the cycle) and the
 * cycle's CSV export, time and peak heap, against the floor of the GROUP BY of aggregation written out as CSV.
 */
@IntegrationTest
class OverviewBenchmark {

    private static final int WARMUP = 2;
    private static final int RUNS = 5;

    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    @Autowired
    ReportExports exports;
    @Autowired
    Login login;

    @AfterEach
    void close() {
        MockVaadin.tearDown();
        login.out();
    }

    @Autowired
    nl.spiegel360.review.CycleService cycles;

    @Test
    void heatmapAndCsvOfACycle() {
        BenchData data = BenchData.get(dataSource);
        BenchData.closeFinished(data, cycles);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long cycle = data.finishedCycleId;
        login.as("hr@spiegel360.example");
        var servlet = KaribuSessions.servlet(context);

        List<Long> floor = new ArrayList<>();
        List<Long> heatmap = new ArrayList<>();
        List<Long> csv = new ArrayList<>();
        long[] floorPeak = {0};
        long[] heatmapPeak = {0};
        long[] csvPeak = {0};
        int[] csvLength = {0};
        long[] allocated = new long[3];
        for (int run = 0; run < WARMUP + RUNS; run++) {
            boolean measured = run >= WARMUP;
            long[] took = new long[3];
            long peak = Measure.peakHeapAbove(() -> took[0] = Measure.nanos(() -> {
                long before = Measure.allocated();
                floorCsv(jdbc, cycle);
                allocated[0] = Measure.allocated() - before;
            }));
            floorPeak[0] = Math.max(floorPeak[0], peak);

            KaribuSessions.open(servlet);
            UI.getCurrent().navigate("team-overview");
            @SuppressWarnings("unchecked")
            Select<Long> select = _get(Select.class, spec -> spec.withId("overview-cycle"));
            peak = Measure.peakHeapAbove(() -> took[1] = Measure.nanos(() -> {
                long before = Measure.allocated();
                select.setValue(cycle);
                KaribuSessions.respond();
                allocated[1] = Measure.allocated() - before;
            }));
            assertThat(_find(NativeTableRow.class)).hasSize(BenchData.EMPLOYEES + 1);
            heatmapPeak[0] = Math.max(heatmapPeak[0], peak);
            MockVaadin.tearDown();

            peak = Measure.peakHeapAbove(() -> took[2] = Measure.nanos(() -> {
                long before = Measure.allocated();
                csvLength[0] = exports.csv(cycle, Locale.forLanguageTag("nl")).length();
                allocated[2] = Measure.allocated() - before;
            }));
            csvPeak[0] = Math.max(csvPeak[0], peak);
            if (measured) {
                floor.add(took[0]);
                heatmap.add(took[1]);
                csv.add(took[2]);
            }
        }
        double floorMs = ms(median(floor));
        new Measure.Results("5-overview", "5. Cycle overview for 1,000 reviews")
                .line("| What | Median of %d runs | Ratio to floor | Peak heap in use above live | Allocated |",
                        RUNS)
                .line("|---|---:|---:|---:|---:|")
                .line("| Floor: the `GROUP BY` of aggregation, written as CSV | %.0f ms | 1.00 | %.0f MB | %.0f MB |",
                        floorMs, floorPeak[0] / 1e6, allocated[0] / 1e6)
                .line("| Team heatmap: HR picks the cycle, 1,000 rows x 6 competencies | %.0f ms | %.2f | %.0f MB "
                        + "| %.0f MB |",
                        ms(median(heatmap)), ms(median(heatmap)) / floorMs, heatmapPeak[0] / 1e6, allocated[1] / 1e6)
                .line("| CSV export of the cycle (%,d characters, 6,000 rows) | %.0f ms | %.2f | %.0f MB | %.0f MB |",
                        csvLength[0], ms(median(csv)), ms(median(csv)) / floorMs, csvPeak[0] / 1e6,
                        allocated[2] / 1e6)
                .line("")
                .line("Peak heap in use: the highest used heap sampled every millisecond, above the live heap before "
                        + "(highest of the runs; garbage not yet collected counts too). Allocated: bytes that the "
                        + "measuring thread allocated (last run); the database driver's reading counts, PostgreSQL's "
                        + "own work does not.")
                .write();
    }

    private static int floorCsv(JdbcTemplate jdbc, long cycle) {
        StringBuilder out = new StringBuilder();
        jdbc.query(AggregationBenchmark.FLOOR_SQL, rs -> {
            out.append(rs.getLong(1)).append(';').append(rs.getString(2)).append(';').append(rs.getLong(3))
                    .append(';').append(rs.getDouble(4)).append(';').append(rs.getInt(5)).append("\r\n");
        }, cycle);
        return out.length();
    }
}
