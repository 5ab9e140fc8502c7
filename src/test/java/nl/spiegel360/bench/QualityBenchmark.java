package nl.spiegel360.bench;

import static nl.spiegel360.bench.Measure.median;
import static nl.spiegel360.bench.Measure.ms;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.competency.ProfileReader;
import nl.spiegel360.quality.InstrumentQuality;
import nl.spiegel360.quality.InstrumentStatistics;
import nl.spiegel360.review.CycleService;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * HR's quality page of the Klantadviseur profile when 1,000 and 10,000 employees' reviews on it are closed (each
 * with 7 questionnaires besides the self-assessment, 68 indicators), against the floor that reads the same ratings
 * with one plain JDBC query into the statistics' input and computes the same figures; the two results are compared,
 * figure by figure, before anything is timed. A reference row reads the ratings alone, without any statistics.
 */
@IntegrationTest
class QualityBenchmark {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final String FLOOR = "Floor: one JDBC query of the same ratings, the same statistics";
    private static final String PAGE = "`InstrumentQuality.page`: the quality page's figures";
    private static final String EFFECTS = "`InstrumentQuality.raterEffects`: HR's rater-effects table (audited)";
    private static final String READ = "Reference: reading the ratings alone (JDBC, nothing computed)";

    @Autowired
    DataSource dataSource;
    @Autowired
    InstrumentQuality quality;
    @Autowired
    ProfileReader profiles;
    @Autowired
    CycleService cycles;
    @Autowired
    nl.spiegel360.review.CycleClosings closings;
    @Autowired
    Login login;

    @AfterEach
    void close() {
        login.out();
    }

    @Test
    void qualityPageOfAProfile() {
        List<String> sizes = Measure.sizeLabels();
        var time = new Measure.SizeTable(sizes, "").row(FLOOR, null).row(PAGE, FLOOR).row(EFFECTS, FLOOR)
                .row(READ, FLOOR);
        var heap = new Measure.SizeTable(sizes, "").inMegabytes();
        heap.row("Peak heap above live, floor", null).row("Peak heap above live, page", "Peak heap above live, floor");
        List<String> notes = new ArrayList<>();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (int n : BenchData.SIZES) {
            BenchData data = BenchData.get(dataSource, n);
            data.closeFinished(cycles, closings);
            String size = data.label();
            long profile = jdbc.queryForObject("select profile_id from review where id = ?", Long.class,
                    data.finishedReview(0));
            login.as("hr@spiegel360.example");
            var page = quality.page(profile, DUTCH);
            var floor = floor(jdbc, profile);
            assertThat(figures(page)).as("the floor computes the page's figures").isEqualTo(figures(floor));
            assertThat(page.groups()).isEqualTo(floor.groups());
            assertThat(page.questionnaires()).isEqualTo(floor.questionnaires()).isGreaterThanOrEqualTo(n * 7);
            notes.add(Measure.f("%s: %,d questionnaires of %,d closed reviews read (every closed review on the "
                    + "revision, the smaller organisation's too), %,d ratings", size, page.questionnaires(),
                    page.reviews(), ratings(jdbc, profile)));
            int runs = n <= 1000 ? 5 : 3;
            List<Long> floorTimes = new ArrayList<>();
            List<Long> pageTimes = new ArrayList<>();
            List<Long> effectTimes = new ArrayList<>();
            List<Long> readTimes = new ArrayList<>();
            long floorPeak = 0;
            long pagePeak = 0;
            for (int run = 0; run < runs + 1; run++) {
                long[] took = new long[4];
                long fp = Measure.peakHeapAbove(() -> took[0] = Measure.nanos(() -> floor(jdbc, profile)));
                long pp = Measure.peakHeapAbove(() -> took[1] = Measure.nanos(() -> quality.page(profile, DUTCH)));
                took[2] = Measure.nanos(() -> quality.raterEffects(profile));
                took[3] = Measure.nanos(() -> ratings(jdbc, profile));
                if (run > 0) {
                    floorTimes.add(took[0]);
                    pageTimes.add(took[1]);
                    effectTimes.add(took[2]);
                    readTimes.add(took[3]);
                    floorPeak = Math.max(floorPeak, fp);
                    pagePeak = Math.max(pagePeak, pp);
                }
            }
            time.put(FLOOR, size, ms(median(floorTimes)));
            time.put(PAGE, size, ms(median(pageTimes)));
            time.put(EFFECTS, size, ms(median(effectTimes)));
            time.put(READ, size, ms(median(readTimes)));
            heap.put("Peak heap above live, floor", size, floorPeak / 1e6);
            heap.put("Peak heap above live, page", size, pagePeak / 1e6);
            login.out();
        }
        var results = new Measure.Results("8-quality", "8. The instrument's quality page at " + String.join(" and ",
                sizes) + " closed reviews");
        results.line("Time (median of 5 runs at 1k, 3 at 10k):").line("");
        time.writeTo(results);
        results.line("").line("Peak heap in use above the live heap before (highest of the runs):").line("");
        heap.writeTo(results);
        results.line("").line("%s.", String.join("; ", notes)).write();
    }

    /** Per indicator its figures, whatever order they come in. */
    private static Map<String, InstrumentStatistics.Item> figures(InstrumentQuality.Page page) {
        Map<String, InstrumentStatistics.Item> items = new HashMap<>();
        page.competencies().forEach(c -> c.figures().items().forEach(i -> items.put(i.indicator(), i)));
        return items;
    }

    private static Map<String, InstrumentStatistics.Item> figures(InstrumentStatistics.Result result) {
        Map<String, InstrumentStatistics.Item> items = new HashMap<>();
        result.competencies().forEach(c -> c.items().forEach(i -> items.put(i.indicator(), i)));
        return items;
    }

    /** The same ratings in one query, straight into the statistics' input, and the same statistics. */
    private InstrumentStatistics.Result floor(JdbcTemplate jdbc, long profile) {
        var document = profiles.document(profile);
        List<InstrumentStatistics.Competency> competencies = document.competencies().stream()
                .map(c -> new InstrumentStatistics.Competency(String.valueOf(c.competencyId()), c.levels().stream()
                        .flatMap(l -> l.indicators().stream()).map(i -> String.valueOf(i.id())).toList()))
                .toList();
        Map<Long, String> ids = new HashMap<>();
        List<InstrumentStatistics.Questionnaire> read = new ArrayList<>();
        long[] current = {-1};
        Map<String, @Nullable Integer>[] scores = new Map[1];
        jdbc.query("""
                select a.id, a.review_id, a.rater_group, r.indicator_id, r.score, a.rater_id
                from rating r join rater_assignment a on a.id = r.assignment_id join review v on v.id = a.review_id
                where v.profile_id = ? and v.closed_at is not null and a.status = 'SUBMITTED'
                order by a.id""", rs -> {
                    if (rs.getLong(1) != current[0]) {
                        current[0] = rs.getLong(1);
                        long rater = rs.getLong(6);
                        String raterId = rs.wasNull() ? null : String.valueOf(rater);
                        scores[0] = new HashMap<>(96);
                        read.add(new InstrumentStatistics.Questionnaire(String.valueOf(rs.getLong(2)), raterId,
                                RaterGroup.valueOf(rs.getString(3)), scores[0]));
                    }
                    String indicator = ids.computeIfAbsent(rs.getLong(4), String::valueOf);
                    int score = rs.getInt(5);
                    Integer scored = rs.wasNull() ? null : score;
                    scores[0].put(indicator, scored);
                }, profile);
        return InstrumentStatistics.of(competencies, read, InstrumentStatistics.Minimums.DEFAULT);
    }

    /** Every rating the page reads, read and touched (each column fetched), nothing kept. */
    private static long ratings(JdbcTemplate jdbc, long profile) {
        long[] count = {0};
        jdbc.query("""
                select a.id, a.review_id, a.rater_group, r.indicator_id, r.score, a.rater_id
                from rating r join rater_assignment a on a.id = r.assignment_id join review v on v.id = a.review_id
                where v.profile_id = ? and v.closed_at is not null and a.status = 'SUBMITTED'
                order by a.id""", rs -> {
                    rs.getLong(1);
                    rs.getLong(2);
                    rs.getString(3);
                    rs.getLong(4);
                    rs.getInt(5);
                    rs.getLong(6);
                    count[0]++;
                }, profile);
        return count[0];
    }
}
