package nl.spiegel360.bench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static nl.spiegel360.bench.Measure.median;
import static nl.spiegel360.bench.Measure.ms;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.spiegel360.audit.AuditEntry;
import nl.spiegel360.people.PersonSummary;
import nl.spiegel360.report.TeamOverview;
import nl.spiegel360.review.CycleService;
import nl.spiegel360.review.ReviewReadModels.ReviewProgress;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.KaribuSessions;
import nl.spiegel360.test.Login;
import nl.spiegel360.test.TestClock;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * HR's pages that grow with the organisation, at 1,000 and 10,000 employees: a cycle's page, the people, the audit
 * log, the team overview of a closed cycle and the privacy page's purge preview. Each is opened in a browserless
 * session as HR opens it (the view, its services, the first page of its grid and the response written), against the
 * floor of reading what the page shows with plain JDBC; the floor's rows are compared with the page's first. The
 * benchmark runs before the others (its name comes first), so that the first size is measured in a database that
 * holds only that organisation.
 */
@IntegrationTest
class AdministrationBenchmark {

    private static final int WARMUP = 3;
    private static final int RUNS = 7;
    private static final String START = "Reference: a page without data in the layout (the not-found page)";

    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;
    @Autowired
    CycleService cycles;

    @Autowired
    nl.spiegel360.review.CycleClosings closings;

    @Autowired
    Login login;
    @Autowired
    EntityManagerFactory entityManagers;

    @AfterEach
    void close() {
        MockVaadin.tearDown();
        login.out();
    }

    /** One page: how HR opens it, what the page shows first, and the floor that reads the same rows. */
    private record Page(String name, Runnable open, Supplier<List<String>> shown, Supplier<List<String>> floor) {
    }

    @Test
    void hrPagesAtEverySize() {
        List<String> sizes = Measure.sizeLabels();
        var table = new Measure.SizeTable(sizes, "statements");
        table.row(START, null);
        List<String> notes = new ArrayList<>();
        Statistics statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        MockSpringServlet servlet = KaribuSessions.servlet(context);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (int n : BenchData.SIZES) {
            BenchData data = BenchData.get(dataSource, n);
            String size = data.label();
            data.closeFinished(cycles, closings);
            // the finished cycle's deadline lies a year back, so that a retention of 6 months would purge it
            LocalDate yearAgo = TestClock.today().minusYears(1);
            jdbc.update("update review_cycle set opens_on = ?, nomination_deadline = ?, rating_deadline = ? "
                    + "where id = ?", yearAgo.minusDays(30), yearAgo.minusDays(20), yearAgo, data.finishedCycleId);
            long people = jdbc.queryForObject("select count(*) from person", Long.class);
            long audit = jdbc.queryForObject("select count(*) from audit_event", Long.class);
            notes.add(Measure.f("%s: %,d people and %,d audit entries in the database", size, people, audit));
            // the finished cycle's reviews released, a plan for every third (a third of those shared with HR), so
            // that the plans page has the organisation's released reviews to page through; undone after
            jdbc.update("update review set released_at = closed_at where cycle_id = ?", data.finishedCycleId);
            jdbc.update("""
                    insert into development_plan (id, version, review_id, employee_id, state, shared_with_hr,
                      created_at, agreed_at)
                    select 900000000 + r.id, 0, r.id, r.employee_id,
                      case r.id % 9 when 0 then 'AGREED' when 3 then 'PROPOSED' else 'DRAFT' end, r.id % 9 = 0,
                      r.closed_at, case when r.id % 9 = 0 then r.closed_at end
                    from review r where r.cycle_id = ? and r.id % 3 = 0""", data.finishedCycleId);
            login.as("hr@spiegel360.example");
            for (Page page : pages(data, jdbc)) {
                if (!table.has(page.name())) {
                    table.row(page.name() + ": floor", null).row(page.name(), page.name() + ": floor");
                }
                KaribuSessions.open(servlet);
                page.open().run();
                assertThat(page.shown().get()).as(page.name() + " shows what its floor reads")
                        .isEqualTo(page.floor().get());
                MockVaadin.tearDown();
                List<Long> floor = new ArrayList<>();
                List<Long> product = new ArrayList<>();
                long statements = 0;
                for (int run = 0; run < WARMUP + RUNS; run++) {
                    long f = Measure.nanos(() -> page.floor().get());
                    KaribuSessions.open(servlet);
                    statistics.clear();
                    long p = Measure.nanos(() -> {
                        page.open().run();
                        KaribuSessions.respond();
                    });
                    statements = statistics.getPrepareStatementCount();
                    MockVaadin.tearDown();
                    if (run >= WARMUP) {
                        floor.add(f);
                        product.add(p);
                    }
                }
                table.put(page.name() + ": floor", size, ms(median(floor)));
                table.note(page.name() + ": floor", size, "");
                table.put(page.name(), size, ms(median(product)));
                table.note(page.name(), size, String.valueOf(statements));
            }
            List<Long> start = new ArrayList<>();
            for (int run = 0; run < WARMUP + RUNS; run++) {
                KaribuSessions.open(servlet);
                long p = Measure.nanos(() -> {
                    UI.getCurrent().navigate("no-such-page");
                    KaribuSessions.respond();
                });
                MockVaadin.tearDown();
                if (run >= WARMUP) {
                    start.add(p);
                }
            }
            table.put(START, size, ms(median(start)));
            login.out();
            jdbc.update("delete from development_plan where id >= 900000000 and review_id in (select id from review"
                    + " where cycle_id = ?)", data.finishedCycleId);
            jdbc.update("update review set released_at = null where cycle_id = ?", data.finishedCycleId);
        }
        var results = new Measure.Results("7-administration", "7. HR's pages at " + String.join(" and ", sizes)
                + " employees");
        results.line("Opening the page as HR does, with the first page of its grid (median of %d runs):", RUNS)
                .line("");
        table.writeTo(results);
        results.line("").line("%s.", String.join("; ", notes)).write();
    }

    /** The last {@code n} whole numbers of a sentence, read as the page writes them (a dot groups thousands). */
    private static List<Long> lastNumbers(String text, int n) {
        List<Long> numbers = new ArrayList<>();
        var matcher = java.util.regex.Pattern.compile("\\d[\\d.,]*").matcher(text);
        while (matcher.find()) {
            numbers.add(Long.valueOf(matcher.group().replaceAll("[.,]", "")));
        }
        return numbers.subList(Math.max(0, numbers.size() - n), numbers.size());
    }

    private List<Page> pages(BenchData data, JdbcTemplate jdbc) {
        List<Page> pages = new ArrayList<>();
        long open = data.openCycleId;
        pages.add(new Page("Cycle page (rating phase): progress, response per team, whom to chase",
                () -> UI.getCurrent().navigate("cycles/" + open),
                () -> {
                    @SuppressWarnings("unchecked")
                    Grid<ReviewProgress> grid = _get(Grid.class, spec -> spec.withId("cycle-progress"));
                    List<String> shown = new ArrayList<>(GridKt._fetch(grid, 0, 50).stream()
                            .map(p -> p.employeeName() + " " + p.submittedOfTotal().values().stream()
                                    .mapToInt(c -> c[1]).sum()).toList());
                    shown.add("teams " + GridKt._size(_get(Grid.class, spec -> spec.withId("cycle-responses"))));
                    shown.add("chase " + _find(_get(UnorderedList.class, spec -> spec.withId("cycle-not-answered")),
                            ListItem.class).size());
                    return shown;
                },
                () -> {
                    jdbc.queryForMap("select * from review_cycle where id = ?", open);
                    List<String> rows = new ArrayList<>(jdbc.query("""
                            select p.name, (select count(*) from rater_assignment a where a.review_id = r.id
                              and a.status in ('NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED'))
                            from review r join person p on p.id = r.employee_id where r.cycle_id = ?
                            order by p.name, r.id limit 50""", (rs, i) -> rs.getString(1) + " " + rs.getInt(2), open));
                    jdbc.queryForObject("select count(*) from review where cycle_id = ?", Long.class, open);
                    List<String> teams = jdbc.queryForList("""
                            select p.team from review r join person p on p.id = r.employee_id
                            left join rater_assignment a on a.review_id = r.id where r.cycle_id = ?
                            group by p.team""", String.class, open);
                    rows.add("teams " + teams.size());
                    List<String> chase = jdbc.queryForList("""
                            select p.name from rater_assignment a join review r on r.id = a.review_id
                            join person p on p.id = a.rater_id
                            where r.cycle_id = ? and a.status in ('NOT_STARTED', 'IN_PROGRESS')
                            group by p.id, p.name order by count(*) desc, p.name limit 20""", String.class, open);
                    long raters = jdbc.queryForObject("""
                            select count(distinct a.rater_id) from rater_assignment a join review r
                            on r.id = a.review_id where r.cycle_id = ? and a.status in ('NOT_STARTED', 'IN_PROGRESS')""",
                            Long.class, open);
                    rows.add("chase " + (chase.size() + (raters > chase.size() ? 1 : 0)));
                    return rows;
                }));
        pages.add(new Page("People",
                () -> UI.getCurrent().navigate("people"),
                () -> {
                    @SuppressWarnings("unchecked")
                    Grid<PersonSummary> grid = _get(Grid.class, spec -> spec.withId("people-grid"));
                    List<String> shown = new ArrayList<>(GridKt._fetch(grid, 0, 50).stream()
                            .map(p -> p.name() + " " + (p.managerName() == null ? "" : p.managerName())).toList());
                    shown.add("count " + GridKt._size(grid));
                    return shown;
                },
                () -> {
                    List<String> rows = new ArrayList<>(jdbc.query("""
                            select p.name, m.name from person p left join person m on m.id = p.manager_id
                            order by p.name, p.id limit 50""",
                            (rs, i) -> rs.getString(1) + " " + (rs.getString(2) == null ? "" : rs.getString(2))));
                    rows.add("count " + jdbc.queryForObject("select count(*) from person", Long.class));
                    return rows;
                }));
        pages.add(new Page("Audit log",
                () -> UI.getCurrent().navigate("audit"),
                () -> {
                    @SuppressWarnings("unchecked")
                    Grid<AuditEntry> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
                    List<String> shown = new ArrayList<>(GridKt._fetch(grid, 0, 50).stream()
                            .map(e -> e.id() + " " + e.action()).toList());
                    shown.add("count " + GridKt._size(grid));
                    return shown;
                },
                () -> {
                    List<String> rows = new ArrayList<>(jdbc.query("""
                            select id, action from audit_event order by occurred_at desc, id desc limit 50""",
                            (rs, i) -> rs.getLong(1) + " " + rs.getString(2)));
                    rows.add("count " + jdbc.queryForObject("select count(*) from audit_event", Long.class));
                    return rows;
                }));
        long finished = data.finishedCycleId;
        pages.add(new Page("Team overview of the closed cycle",
                () -> {
                    UI.getCurrent().navigate("team-overview");
                    @SuppressWarnings("unchecked")
                    Select<Long> select = _get(Select.class, spec -> spec.withId("overview-cycle"));
                    select.setValue(finished);
                },
                () -> {
                    @SuppressWarnings("unchecked")
                    Grid<TeamOverview.Row> grid = _get(Grid.class, spec -> spec.withId("heatmap"));
                    List<String> shown = new ArrayList<>(GridKt._fetch(grid, 0, 50).stream()
                            .map(r -> r.employeeName() + " " + r.cells().stream()
                                    .map(c -> String.valueOf(c.consensusLevel())).toList()).toList());
                    shown.add("count " + GridKt._size(grid));
                    return shown;
                },
                () -> {
                    List<String> rows = new ArrayList<>(jdbc.query("""
                            select p.name, s.content from review r join person p on p.id = r.employee_id
                            join review_result s on s.review_id = r.id
                            where r.cycle_id = ? and r.closed_at is not null order by p.name, r.id limit 50""",
                            (rs, i) -> rs.getString(1) + " " + AggregationBenchmark.consensusLevels(rs.getString(2))
                                    .stream().map(String::valueOf).toList(), finished));
                    jdbc.queryForList("select c.review_id, c.competency_id, c.level from calibration c "
                            + "join review r on r.id = c.review_id where r.cycle_id = ?", finished);
                    rows.add("count " + jdbc.queryForObject("select count(*) from review where cycle_id = ? "
                            + "and closed_at is not null", Long.class, finished));
                    return rows;
                }));
        pages.add(new Page("HR's start page: tasks and the running cycles' progress",
                // a session opens on the start page already: it is built anew, as a sign-in or a reload does
                () -> UI.getCurrent().refreshCurrentRoute(true),
                () -> _find(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("home-inbox")),
                        com.vaadin.flow.component.html.Anchor.class).stream()
                        .filter(a -> a.getHref().startsWith("cycles/"))
                        .map(a -> a.getHref() + " " + lastNumbers(a.getText(), 3)).sorted().toList(),
                () -> jdbc.query("""
                        select c.id, count(*) filter (where a.status = 'SUBMITTED'),
                          count(*) filter (where a.status in ('SUBMITTED', 'NOT_STARTED', 'IN_PROGRESS')),
                          count(*) filter (where a.status in ('NOT_STARTED', 'IN_PROGRESS'))
                        from review_cycle c left join review r on r.cycle_id = c.id
                        left join rater_assignment a on a.review_id = r.id
                        where c.state in ('NOMINATION', 'RATING') group by c.id""",
                        (rs, i) -> "cycles/" + rs.getLong(1) + " " + List.of(rs.getLong(2), rs.getLong(3),
                                rs.getLong(4))).stream().sorted().toList()));
        pages.add(new Page("Plans: every released review's plan, a page at a time",
                () -> UI.getCurrent().navigate("plans"),
                () -> {
                    @SuppressWarnings("unchecked")
                    Grid<nl.spiegel360.development.PlanReadModels.PlanLine> grid = _get(Grid.class,
                            spec -> spec.withId("plans-grid"));
                    List<String> shown = new ArrayList<>(GridKt._fetch(grid, 0, 50).stream()
                            .map(l -> l.employeeName() + " " + l.state() + " " + l.readsContent()).toList());
                    shown.add("count " + GridKt._size(grid));
                    return shown;
                },
                () -> {
                    List<Long> plans = new ArrayList<>();
                    List<String> rows = new ArrayList<>(jdbc.query("""
                            select p.name, d.state, coalesce(d.shared_with_hr, false), d.id
                            from review r join person p on p.id = r.employee_id
                            left join development_plan d on d.review_id = r.id
                            where r.released_at is not null order by p.name, r.id limit 50""", (rs, i) -> {
                                if (rs.getObject(4) != null) {
                                    plans.add(rs.getLong(4));
                                }
                                return rs.getString(1) + " " + rs.getString(2) + " " + rs.getBoolean(3);
                            }));
                    if (!plans.isEmpty()) {
                        jdbc.queryForList("select plan_id, closes_on, closed_at from pulse where plan_id in ("
                                + String.join(",", plans.stream().map(String::valueOf).toList()) + ")");
                    }
                    rows.add("count " + jdbc.queryForObject("select count(*) from review where released_at is not null",
                            Long.class));
                    return rows;
                }));
        LocalDate sixMonths = TestClock.today().minusMonths(6);
        pages.add(new Page("Privacy: purge preview (6 months)",
                () -> {
                    UI.getCurrent().navigate("privacy");
                    _get(com.vaadin.flow.component.textfield.IntegerField.class,
                            spec -> spec.withId("privacy-months")).setValue(6);
                    _click(_get(Button.class, spec -> spec.withId("privacy-show")));
                },
                () -> _find(_get(UnorderedList.class, spec -> spec.withId("privacy-preview")), ListItem.class)
                        .stream().map(ListItem::getText).sorted().toList(),
                () -> jdbc.query("""
                        select c.name, (select count(*) from review r where r.cycle_id = c.id) from review_cycle c
                        where c.state = 'CLOSED' and c.rating_deadline < ?""",
                        (rs, i) -> rs.getString(1) + " · " + rs.getLong(2), sixMonths).stream().sorted().toList()));
        return pages;
    }
}
