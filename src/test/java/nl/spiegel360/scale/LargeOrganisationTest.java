package nl.spiegel360.scale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import javax.sql.DataSource;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.review.CycleService;
import nl.spiegel360.review.CycleState;
import nl.spiegel360.security.SystemTask;
import nl.spiegel360.test.KaribuTest;
import nl.spiegel360.test.LargeCycle;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What must not grow with the organisation: closing a cycle, HR's cycle page, the team overview and the privacy
 * page's choice of a person, each on a cycle of hundreds of reviews. Each reads what it shows, a page at a time, in a
 * number of statements that does not grow with the cycle.
 */
class LargeOrganisationTest extends KaribuTest {

    @Autowired
    nl.spiegel360.review.CycleClosings closings;

    private static final String REVIEW = "nl.spiegel360.review.Review";
    private static final String ASSIGNMENT = "nl.spiegel360.review.RaterAssignment";
    private static final String RESULT = "nl.spiegel360.report.ReviewResult";
    private static final String PERSON = "nl.spiegel360.people.Person";

    @Autowired
    DataSource dataSource;
    @Autowired
    CycleService cycles;
    @Autowired
    EntityManagerFactory entityManagers;
    @Autowired
    nl.spiegel360.report.ReportService reports;
    @org.springframework.beans.factory.annotation.Autowired
    nl.spiegel360.report.ReportPages pages;

    private Statistics statistics;

    @BeforeEach
    void count() {
        statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
    }

    @AfterEach
    void stopCounting() {
        statistics.setStatisticsEnabled(false);
    }

    /** HR closes the cycle, and its reviews close as the background close does. */
    private void close(LargeCycle cycle) {
        SystemTask.run(() -> {
            cycles.advance(cycle.cycleId(), CycleState.CLOSED);
            closings.finish(cycle.cycleId(), 0);
        });
    }

    @Test
    void closing_a_cycle_of_300_reviews_takes_fewer_statements_than_it_has_reviews_and_stores_every_result() {
        LargeCycle cycle = LargeCycle.create(dataSource, 300, true);
        statistics.clear();
        close(cycle);
        long statements = statistics.getPrepareStatementCount();

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select count(*) from review_result r join review v on v.id = r.review_id "
                + "where v.cycle_id = ?", Long.class, cycle.cycleId())).isEqualTo(300);
        assertThat(jdbc.queryForObject("select count(*) from review where cycle_id = ? and closed_at is null",
                Long.class, cycle.cycleId())).isZero();
        assertThat(statements).as("statements to close 300 reviews").isLessThan(300);
    }

    @Test
    void hr_opens_the_page_of_a_cycle_of_300_reviews_and_it_reads_one_page_of_them() {
        LargeCycle cycle = LargeCycle.create(dataSource, 300, false);
        signInAs(DemoPeople.HR_EMAIL);
        statistics.clear();
        UI.getCurrent().navigate("cycles/" + cycle.cycleId());
        @SuppressWarnings("unchecked")
        Grid<nl.spiegel360.review.ReviewReadModels.ReviewProgress> grid = _get(Grid.class,
                spec -> spec.withId("cycle-progress"));
        long reviewsRead = statistics.getEntityStatistics(REVIEW).getLoadCount();
        long requestsRead = statistics.getEntityStatistics(ASSIGNMENT).getLoadCount();
        List<nl.spiegel360.review.ReviewReadModels.ReviewProgress> first = GridKt._fetch(grid, 0, 50);

        assertThat(GridKt._size(grid)).isEqualTo(300);
        assertThat(first).hasSize(50);
        assertThat(first.getFirst().employeeName()).isEqualTo(cycle.prefix() + " 0000");
        assertThat(first.get(49).employeeName()).isEqualTo(cycle.prefix() + " 0049");
        assertThat(first.getFirst().submittedOfTotal().get(nl.spiegel360.aggregation.RaterGroup.PEER))
                .containsExactly(0, 3);
        assertThat(reviewsRead).as("reviews read to show the page").isLessThanOrEqualTo(50);
        assertThat(requestsRead).as("requests read to show the page").isLessThanOrEqualTo(50 * 5);

        List<String> open = _find(_get(UnorderedList.class, spec -> spec.withId("cycle-not-answered")),
                ListItem.class).stream().map(ListItem::getText).toList();
        assertThat(open).as("whom to chase: the most open requests first, then how many more")
                .hasSize(21).endsWith(t("cycle.not-answered.more", 300 + 30 - 20));
        assertThat(open.getFirst()).as("a manager is asked for each of ten reports")
                .isEqualTo(t("cycle.not-answered.line", cycle.prefix() + " manager 0", 10));

        @SuppressWarnings("unchecked")
        Grid<nl.spiegel360.review.ReviewReadModels.TeamResponse> teams = _get(Grid.class,
                spec -> spec.withId("cycle-responses"));
        assertThat(GridKt._size(teams)).isEqualTo(30);
        assertThat(GridKt._get(teams, 0)).isEqualTo(new nl.spiegel360.review.ReviewReadModels.TeamResponse(
                cycle.prefix() + "/0", 0, 50));
    }

    @Test
    void hr_opens_the_start_page_beside_300_released_reviews_and_reads_only_their_own() {
        LargeCycle cycle = LargeCycle.create(dataSource, 300, true);
        close(cycle);
        new JdbcTemplate(dataSource).update("update review set released_at = closed_at where cycle_id = ?",
                cycle.cycleId());
        statistics.clear();
        signInAs(DemoPeople.HR_EMAIL);
        assertThat(_find(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("home-greeting"))).hasSize(1);
        assertThat(statistics.getEntityStatistics(REVIEW).getLoadCount())
                .as("reviews read for HR's own inbox, beside 300 released ones of others").isLessThan(30);
    }

    @Test
    void hr_pages_through_the_plans_of_300_released_reviews_a_page_at_a_time() {
        LargeCycle cycle = LargeCycle.create(dataSource, 300, true);
        close(cycle);
        new JdbcTemplate(dataSource).update("update review set released_at = closed_at where cycle_id = ?",
                cycle.cycleId());
        long released = new JdbcTemplate(dataSource).queryForObject(
                "select count(*) from review where released_at is not null", Long.class);
        signInAs(DemoPeople.HR_EMAIL);
        statistics.clear();
        UI.getCurrent().navigate("plans");
        @SuppressWarnings("unchecked")
        Grid<nl.spiegel360.development.PlanReadModels.PlanLine> grid = _get(Grid.class,
                spec -> spec.withId("plans-grid"));
        var page = GridKt._fetch(grid, 0, 50);
        assertThat(GridKt._size(grid)).isEqualTo((int) released);
        assertThat(page).hasSize(50);
        assertThat(page.stream().map(nl.spiegel360.development.PlanReadModels.PlanLine::employeeName).toList())
                .as("by the employee's name").isSorted();
        assertThat(statistics.getEntityStatistics(REVIEW).getLoadCount())
                .as("reviews read to show the first page of %d", released).isLessThanOrEqualTo(100);
    }

    @Autowired
    nl.spiegel360.review.ReviewDataService reviewData;
    @Autowired
    nl.spiegel360.development.PlanLists planLists;

    @Test
    void a_page_of_released_results_and_plans_is_read_in_statements_that_do_not_grow_with_the_page() {
        LargeCycle cycle = LargeCycle.create(dataSource, 300, true);
        close(cycle);
        new JdbcTemplate(dataSource).update("update review set released_at = closed_at where cycle_id = ?",
                cycle.cycleId());
        signInAs(DemoPeople.HR_EMAIL);
        var small = reviewData.reviewsAfter(cycle.cycleId(), true, 0, 10);
        var large = reviewData.reviewsAfter(cycle.cycleId(), true, small.getLast().reviewId(), 100);
        long[] statements = new long[4];
        for (int i = 0; i < 2; i++) {
            var page = i == 0 ? small : large;
            statistics.clear();
            var built = pages.releasedFigures(page, java.util.Locale.ENGLISH);
            statements[i] = statistics.getPrepareStatementCount();
            assertThat(built).hasSize(page.size());
            assertThat(built.stream().map(nl.spiegel360.report.Report::reviewId).toList())
                    .isEqualTo(page.stream().map(nl.spiegel360.review.ReviewInfo::reviewId).toList());
            var one = reports.reportForFollowUp(page.getLast().reviewId(), java.util.Locale.ENGLISH);
            assertThat(built.getLast().rows()).as("the same figures as the report, one at a time")
                    .isEqualTo(one.rows());
            statistics.clear();
            assertThat(planLists.outlines(page, java.util.Locale.ENGLISH)).hasSize(page.size());
            statements[2 + i] = statistics.getPrepareStatementCount();
        }
        assertThat(statements[1]).as("statements for 100 results against 10").isEqualTo(statements[0]);
        assertThat(statements[3]).as("statements for 100 plans against 10").isEqualTo(statements[2]);
        assertThat(statements[1]).as("statements for a page of results").isLessThanOrEqualTo(6);
    }

    @Autowired
    nl.spiegel360.report.ReportExports exports;

    @Test
    void the_csv_of_300_closed_reviews_is_written_a_page_at_a_time_while_they_are_read() {
        LargeCycle cycle = LargeCycle.create(dataSource, 300, true);
        close(cycle);
        login.as(DemoPeople.HR_EMAIL);
        List<Integer> writtenWhenAPageWasRead = new java.util.ArrayList<>();
        StringBuilder written = new StringBuilder();
        Appendable out = new Appendable() {
            @Override
            public Appendable append(CharSequence text) {
                written.append(text);
                return this;
            }

            @Override
            public Appendable append(CharSequence text, int start, int end) {
                written.append(text, start, end);
                return this;
            }

            @Override
            public Appendable append(char c) {
                written.append(c);
                return this;
            }
        };
        statistics.clear();
        java.util.Set<Boolean> inATransaction = new java.util.HashSet<>();
        exports.csv(cycle.cycleId(), java.util.Locale.forLanguageTag("nl"), new Appendable() {
            private long reads = -1;

            private Appendable note() {
                inATransaction.add(org.springframework.transaction.support.TransactionSynchronizationManager
                        .isActualTransactionActive());
                long now = statistics.getEntityStatistics(RESULT).getLoadCount();
                if (now != reads) {
                    reads = now;
                    writtenWhenAPageWasRead.add(written.length());
                }
                return out;
            }

            @Override
            public Appendable append(CharSequence text) throws java.io.IOException {
                return note().append(text);
            }

            @Override
            public Appendable append(CharSequence text, int start, int end) throws java.io.IOException {
                return note().append(text, start, end);
            }

            @Override
            public Appendable append(char c) throws java.io.IOException {
                return note().append(c);
            }
        });
        List<String> lines = written.toString().lines().toList();
        assertThat(lines).as("a heading and six competencies per review").hasSize(300 * 6 + 1);
        assertThat(lines.get(1)).startsWith("\"" + cycle.prefix() + " 0000\"");
        assertThat(lines.getLast()).startsWith("\"" + cycle.prefix() + " 0299\"");
        assertThat(writtenWhenAPageWasRead).as("rows were written before the last page of results was read")
                .hasSizeGreaterThanOrEqualTo(2).anySatisfy(chars -> assertThat(chars).isGreaterThan(1000));
        assertThat(inATransaction).as("rows are written outside the transactions that read the pages, so that no"
                + " persistence context holds the results of more than a page").containsExactly(false);
        assertThat(new JdbcTemplate(dataSource).queryForObject("select count(*) from audit_event where action ="
                + " 'report.exported-csv' and target_id = ?", Long.class, cycle.cycleId())).as("the export is recorded")
                .isOne();
    }

    @Test
    void the_zip_of_a_cycles_reports_is_streamed_a_page_of_results_and_one_report_at_a_time() throws Exception {
        // a page of results and a few more
        LargeCycle cycle = LargeCycle.create(dataSource, 25, true);
        close(cycle);
        login.as(DemoPeople.HR_EMAIL);
        List<Long> readBeforeTheFirstByte = new java.util.ArrayList<>();
        java.util.Set<Object> persistenceContexts = java.util.Collections.newSetFromMap(
                new java.util.IdentityHashMap<>());
        var zipped = new java.io.ByteArrayOutputStream();
        statistics.clear();
        int reports = exports.archive(cycle.cycleId(), java.util.Locale.forLanguageTag("nl"),
                new java.io.OutputStream() {
                    @Override
                    public void write(int b) {
                        note();
                        zipped.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        note();
                        zipped.write(b, off, len);
                    }

                    private void note() {
                        Object context = org.springframework.transaction.support.TransactionSynchronizationManager
                                .getResource(entityManagers);
                        if (context != null) {
                            persistenceContexts.add(context);
                        }
                        if (readBeforeTheFirstByte.isEmpty()) {
                            readBeforeTheFirstByte.add(statistics.getEntityStatistics(RESULT).getLoadCount());
                        }
                    }
                });
        assertThat(reports).isEqualTo(25);
        List<String> names = new java.util.ArrayList<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zipped.toByteArray()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names).hasSize(25).first().isEqualTo(cycle.prefix() + " 0000.pdf");
        assertThat(names.getLast()).isEqualTo(cycle.prefix() + " 0024.pdf");
        assertThat(persistenceContexts).as("a persistence context per page of reports, not one for the cycle")
                .hasSize(2);
        var jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'report.exported-archive'"
                + " and target_id = ?", Long.class, cycle.cycleId())).as("the archive is recorded").isOne();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'report.exported-pdf'"
                + " and target_id in (select id from review where cycle_id = ?)", Long.class, cycle.cycleId()))
                .as("and each of its reports").isEqualTo(25);
        assertThat(readBeforeTheFirstByte.getFirst()).as("results read before the first report was written: its"
                + " own and its previous cycle's, no page of results read only for the names").isLessThanOrEqualTo(2L);
    }

    @Test
    void the_team_overview_of_300_closed_reviews_reads_one_page_of_results_at_a_time() {
        LargeCycle cycle = LargeCycle.create(dataSource, 300, true);
        close(cycle);
        signInAs(DemoPeople.HR_EMAIL);
        UI.getCurrent().navigate("team-overview");
        @SuppressWarnings("unchecked")
        Select<Long> select = _get(Select.class, spec -> spec.withId("overview-cycle"));
        statistics.clear();
        select.setValue(cycle.cycleId());
        @SuppressWarnings("unchecked")
        Grid<nl.spiegel360.report.TeamOverview.Row> heatmap = _get(Grid.class, spec -> spec.withId("heatmap"));
        long resultsRead = statistics.getEntityStatistics(RESULT).getLoadCount();
        long reviewsRead = statistics.getEntityStatistics(REVIEW).getLoadCount();
        List<nl.spiegel360.report.TeamOverview.Row> first = GridKt._fetch(heatmap, 0, 50);

        assertThat(GridKt._size(heatmap)).isEqualTo(300);
        assertThat(first).hasSize(50);
        assertThat(first.getFirst().employeeName()).isEqualTo(cycle.prefix() + " 0000");
        assertThat(first.getFirst().cells()).hasSize(6);
        assertThat(resultsRead).as("stored results read to show the first page (and the headings' row)")
                .isLessThanOrEqualTo(50 + 1);
        assertThat(reviewsRead).as("reviews read to show the first page").isLessThanOrEqualTo(50 + 1);
    }

    @Test
    void a_manager_pages_through_the_overview_of_their_own_reports_and_no_one_elses() {
        LargeCycle cycle = LargeCycle.create(dataSource, 60, true);
        close(cycle);
        login.as(cycle.prefix().replace(' ', '-').toLowerCase(java.util.Locale.ROOT) + "-m1@example.org");

        var rows = pages.teamOverview(cycle.cycleId(), java.util.Locale.forLanguageTag("nl"), 0, 50);

        assertThat(pages.countTeamOverview(cycle.cycleId())).isEqualTo(10);
        assertThat(rows).extracting(nl.spiegel360.report.TeamOverview.Row::employeeName)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(10, 20)
                        .mapToObj(i -> cycle.prefix() + " " + String.format("%04d", i)).toList());
        assertThat(pages.teamOverview(cycle.cycleId(), java.util.Locale.forLanguageTag("nl"), 10, 50)).isEmpty();
    }

    @Test
    void a_report_reads_its_frozen_profile_once_per_instance_not_once_per_opening() {
        LargeCycle cycle = LargeCycle.create(dataSource, 20, true);
        close(cycle);
        login.as(DemoPeople.HR_EMAIL);
        reports.report(cycle.reviewIds().get(0));
        statistics.clear();
        var report = reports.report(cycle.reviewIds().get(1));
        long statements = statistics.getPrepareStatementCount();

        assertThat(report.rows()).hasSize(6);
        assertThat(report.rows().getFirst().drilldown().levels()).isNotEmpty();
        assertThat(statements).as("statements to open a second report of the same profile").isLessThanOrEqualTo(12);
    }

    @Test
    void hr_finds_one_of_hundreds_of_people_on_the_privacy_page_without_reading_everyone() {
        LargeCycle cycle = LargeCycle.create(dataSource, 300, false);
        signInAs(DemoPeople.HR_EMAIL);
        statistics.clear();
        UI.getCurrent().navigate("privacy");
        @SuppressWarnings("unchecked")
        ComboBox<nl.spiegel360.people.PersonSummary> person = _get(ComboBox.class,
                spec -> spec.withId("privacy-person"));
        ComboBoxKt.setUserInput(person, cycle.prefix() + " 0123");
        List<nl.spiegel360.people.PersonSummary> found = ComboBoxKt.getSuggestionItems(person);

        assertThat(found).extracting(nl.spiegel360.people.PersonSummary::name)
                .containsExactly(cycle.prefix() + " 0123");
        assertThat(statistics.getEntityStatistics(PERSON).getLoadCount()).as("people read")
                .isLessThanOrEqualTo(50);
    }
}
