package nl.spiegel360.bench;

import static nl.spiegel360.bench.Measure.median;
import static nl.spiegel360.bench.Measure.ms;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import nl.spiegel360.aggregation.AggregationResult.Status;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.aggregation.Settings;
import nl.spiegel360.report.ReportExports;
import nl.spiegel360.review.CycleService;
import nl.spiegel360.review.CycleSettings;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cycle's CSV export at 1,000 and 10,000 reviews (6,000 and 60,000 rows), time and peak heap, against the floor
 * that writes the same bytes: the stored results, names and calibrations read with plain JDBC, each result's JSON
 * read as a tree, and the rows written as the product writes them. The two outputs are compared byte for byte before
 * anything is timed.
 */
@IntegrationTest
class CsvBenchmark {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    /** Every group, as the export writes them. */
    private static final List<RaterGroup> GROUPS = RaterGroup.SHOWN;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String FLOOR = "Floor: JDBC reads the stored results, names and calibrations, writes the CSV";
    private static final String CSV = "`ReportExports.csv`: the cycle's CSV export, streamed as it is downloaded";
    private static final String OLD = "Reference: the old floor, the `GROUP BY` of ratings written as CSV";

    @Autowired
    DataSource dataSource;
    @Autowired
    ReportExports exports;
    @Autowired
    MessageSource messages;
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
    void csvOfACycle() {
        List<String> sizes = Measure.sizeLabels();
        var time = new Measure.SizeTable(sizes, "").row(FLOOR, null).row(CSV, FLOOR).row(OLD, FLOOR);
        var heap = new Measure.SizeTable(sizes, "").inMegabytes();
        heap.row("Peak heap above live, floor", null).row("Peak heap above live, CSV", "Peak heap above live, floor")
                .row("Live heap above live, CSV (collected every 256 kB written)", null)
                .row("Live heap above live, zip of the PDFs (collected every 8 MB written)", null);
        List<String> zips = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (int n : BenchData.SIZES) {
            BenchData data = BenchData.get(dataSource, n);
            data.closeFinished(cycles, closings);
            String size = data.label();
            long cycle = data.finishedCycleId;
            login.as("hr@spiegel360.example");
            String product = exports.csv(cycle, DUTCH);
            String floor = floorCsv(jdbc, cycle);
            assertThat(floor).as("the floor writes the product's CSV, byte for byte").isEqualTo(product);
            assertThat(product.split("\r\n")).hasSize(n * 6 + 1);
            notes.add(Measure.f("%s: %,d rows, %,d characters", size, n * 6, product.length()));
            int runs = n <= 1000 ? 5 : 3;
            List<Long> floorTimes = new ArrayList<>();
            List<Long> csvTimes = new ArrayList<>();
            List<Long> oldTimes = new ArrayList<>();
            long floorPeak = 0;
            long csvPeak = 0;
            for (int run = 0; run < runs + 1; run++) {
                long[] took = new long[3];
                long fp = Measure.peakHeapAbove(() -> took[0] = Measure.nanos(() -> floorCsv(jdbc, cycle)));
                long cp = Measure.peakHeapAbove(() -> took[1] = Measure.nanos(() -> exports.csv(cycle, DUTCH,
                        new java.io.PrintWriter(java.io.Writer.nullWriter()))));
                took[2] = Measure.nanos(() -> groupByCsv(jdbc, cycle));
                if (run > 0) {
                    floorTimes.add(took[0]);
                    csvTimes.add(took[1]);
                    oldTimes.add(took[2]);
                    floorPeak = Math.max(floorPeak, fp);
                    csvPeak = Math.max(csvPeak, cp);
                }
            }
            // what the streamed export holds on to: the live heap, collected each time 256 kB more were written
            long csvLive = Measure.peakLiveAbove(256 * 1024, out -> {
                var writer = new java.io.PrintWriter(new java.io.OutputStreamWriter(out,
                        java.nio.charset.StandardCharsets.UTF_8));
                exports.csv(cycle, DUTCH, writer);
                writer.flush();
            });
            heap.put("Live heap above live, CSV (collected every 256 kB written)", size, csvLive / 1e6);
            // the zip of every report's PDF, once: its time, and its live heap collected every 8 MB written
            long[] zipped = new long[2];
            long zipLive = Measure.peakLiveAbove(8L * 1024 * 1024, out -> zipped[0] = Measure.nanos(() -> {
                try {
                    zipped[1] = exports.archive(cycle, DUTCH, out);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
            assertThat(zipped[1]).as("a PDF per review").isEqualTo(n);
            long[] onePdf = new long[1];
            long firstReview = jdbc.queryForObject("select min(id) from review where cycle_id = ?", Long.class, cycle);
            long pdfTime = Measure.nanos(() -> onePdf[0] = exports.pdf(firstReview, DUTCH).length);
            heap.put("Live heap above live, zip of the PDFs (collected every 8 MB written)", size, zipLive / 1e6);
            zips.add(Measure.f("%s: the zip of %,d PDFs took %.1f s (%.1f ms a report; one PDF alone, %,d bytes, "
                    + "%.1f ms)", size, zipped[1], zipped[0] / 1e9, zipped[0] / 1e6 / zipped[1], onePdf[0],
                    pdfTime / 1e6));
            time.put(FLOOR, size, ms(median(floorTimes)));
            time.put(CSV, size, ms(median(csvTimes)));
            time.put(OLD, size, ms(median(oldTimes)));
            heap.put("Peak heap above live, floor", size, floorPeak / 1e6);
            heap.put("Peak heap above live, CSV", size, csvPeak / 1e6);
            login.out();
        }
        var results = new Measure.Results("5-csv", "5. The cycle's CSV export at " + String.join(" and ", sizes)
                + " reviews");
        results.line("Time (median of 5 runs at 1k, 3 at 10k):").line("");
        time.writeTo(results);
        results.line("").line("Peak heap in use above the live heap before (highest of the runs; garbage not yet "
                + "collected counts too):").line("");
        heap.writeTo(results);
        results.line("").line("%s.", String.join("; ", zips));
        results.line("").line("%s.", String.join("; ", notes)).write();
    }

    /** The product's CSV, written from plain JDBC reads: header, then per review (by id) a row per competency. */
    private String floorCsv(JdbcTemplate jdbc, long cycleId) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of(t("report.csv.employee"), t("report.csv.team"),
                t("report.competency"), t("report.csv.norm")));
        GROUPS.forEach(g -> header.add(t("report.csv.group", t("report.csv.group." + g.name()))));
        header.addAll(List.of(t("report.csv.consensus"), t("report.csv.agreed"), t("report.csv.level"),
                t("report.csv.status"), t("report.csv.agreement")));
        row(csv, header);
        Map<Long, Map<Long, Integer[]>> calibrations = new HashMap<>();
        jdbc.query("select c.review_id, c.competency_id, c.level from calibration c join review r "
                + "on r.id = c.review_id where r.cycle_id = ?", rs -> {
                    int level = rs.getInt(3);
                    calibrations.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2),
                            new Integer[] {rs.wasNull() ? null : level});
                }, cycleId);
        Map<Long, Map<Long, String>> labels = new HashMap<>();
        String noLevel = t("report.no-level");
        Map<String, String> statuses = new HashMap<>();
        for (Status s : Status.values()) {
            statuses.put(s.name(), t("report.status." + s.name()));
        }
        Map<String, String> agreements = new HashMap<>();
        for (String a : List.of("HIGH", "MODERATE", "LOW")) {
            agreements.put(a, t("report.agreement." + a));
        }
        jdbc.query("""
                select p.name, p.team, s.content, s.settings, r.id, s.profile_id from review r
                join person p on p.id = r.employee_id join review_result s on s.review_id = r.id
                where r.cycle_id = ? and r.closed_at is not null order by p.name, r.id""", rs -> {
                    String name = rs.getString(1);
                    String team = rs.getString(2) == null ? "" : rs.getString(2);
                    Settings settings = CycleSettings.read(rs.getString(4));
                    Map<Long, String> profile = labels.computeIfAbsent(rs.getLong(6), id -> labels(jdbc, id));
                    Map<Long, Integer[]> agreed = calibrations.getOrDefault(rs.getLong(5), Map.of());
                    for (JsonNode c : JSON.readTree(rs.getString(3)).get("competencies")) {
                        long competency = Long.parseLong(c.get("id").asString());
                        int norm = c.get("norm").asInt();
                        List<String> fields = new ArrayList<>(List.of(name, team, profile.get(competency),
                                String.valueOf(norm)));
                        JsonNode groups = c.get("groups");
                        for (RaterGroup g : GROUPS) {
                            JsonNode cell = groups.get(g.name());
                            if (cell == null) {
                                fields.add("");
                            } else if (!cell.get("reported").asBoolean()) {
                                fields.add(t("report.hidden-short", cell.get("respondents").asInt(),
                                        settings.minimum(g)));
                            } else {
                                fields.add(level(cell.get("level"), noLevel));
                            }
                        }
                        JsonNode consensus = c.get("consensus").get("level");
                        fields.add(level(consensus, noLevel));
                        Integer[] calibration = agreed.get(competency);
                        Integer consensusLevel = consensus == null || consensus.isNull() ? null : consensus.asInt();
                        Integer level = calibration == null ? consensusLevel : calibration[0];
                        fields.add(calibration == null ? "" : calibration[0] == null ? noLevel
                                : String.valueOf(calibration[0]));
                        fields.add(level == null ? noLevel : String.valueOf(level));
                        fields.add(statuses.get(Status.of(level, norm).name()));
                        JsonNode agreement = c.get("agreementLabel");
                        fields.add(agreement == null || agreement.isNull() ? "" : agreements.get(agreement.asString()));
                        row(csv, fields);
                    }
                }, cycleId);
        return csv.toString();
    }

    private static Map<Long, String> labels(JdbcTemplate jdbc, long profileId) {
        Map<Long, String> labels = new LinkedHashMap<>();
        jdbc.query("select c.id, c.label from profile_entry e join competency c on c.id = e.competency_id "
                + "where e.profile_id = ?", rs -> {
                    labels.put(rs.getLong(1), rs.getString(2));
                }, profileId);
        return labels;
    }

    private static String level(JsonNode node, String noLevel) {
        return node == null || node.isNull() ? noLevel : String.valueOf(node.asInt());
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, DUTCH);
    }

    private static void row(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(';');
            }
            quote(csv, fields.get(i));
        }
        csv.append("\r\n");
    }

    /** As the product quotes a cell: control characters as spaces, a formula's first character behind an apostrophe. */
    private static void quote(StringBuilder csv, String value) {
        StringBuilder flat = new StringBuilder(value.length());
        value.codePoints().forEach(c -> flat.appendCodePoint(Character.isISOControl(c) || c == 0x2028 || c == 0x2029
                ? ' ' : c));
        String text = flat.toString();
        String start = text.stripLeading();
        String safe = !start.isEmpty() && "=+-@".indexOf(start.charAt(0)) >= 0 ? "'" + text : text;
        csv.append('"').append(safe.replace("\"", "\"\"")).append('"');
    }

    private static int groupByCsv(JdbcTemplate jdbc, long cycle) {
        StringBuilder out = new StringBuilder();
        jdbc.query(AggregationBenchmark.GROUP_BY_SQL, rs -> {
            out.append(rs.getLong(1)).append(';').append(rs.getString(2)).append(';').append(rs.getLong(3))
                    .append(';').append(rs.getDouble(4)).append(';').append(rs.getInt(5)).append("\r\n");
        }, cycle);
        return out.length();
    }
}
