package nl.spiegel360.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.test.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A pulse frozen before the engine computed pulses kept a group's score of an item that fewer of its raters judged
 * than the group's minimum, and stored "can't judge" as 0. Migrating a database that holds one, on PostgreSQL,
 * leaves the answers with null for "can't judge" and a result the engine computes from them.
 */
class PulseResultsMigrationTest {

    @Test
    void a_pulse_frozen_before_the_engine_is_frozen_again_without_the_cell_below_its_minimum() throws Exception {
        String url = TestDatabase.create("spiegel360_pulse_migration_" + ProcessHandle.current().pid());
        Flyway.configure().dataSource(url, TestDatabase.user(), TestDatabase.password())
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql").target("13").load().migrate();
        try (Connection c = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
                Statement s = c.createStatement()) {
            // the pulse's own rows only; the plan, review, people and profile behind them play no part here
            s.execute("set session_replication_role = replica");
            s.execute("alter table pulse_rating drop constraint pulse_rating_indicator_id_fkey");
            s.execute("insert into pulse (id, version, plan_id, opens_on, closes_on, scale_max, minimums, closed_at,"
                    + " result) values (1, 0, 1, date '2026-01-01', date '2026-01-15', 4,"
                    + " '{\"SELF\":1,\"MANAGER\":1,\"PEER\":3,\"DIRECT_REPORT\":3,\"OTHER\":3}', now(),"
                    + " '{\"11\":{\"MANAGER\":{\"mean\":2.0,\"count\":1},\"PEER\":{\"mean\":4.0,\"count\":1}},"
                    + "\"12\":{\"MANAGER\":{\"mean\":3.0,\"count\":1},\"PEER\":{\"mean\":3.0,\"count\":3}}}')");
            for (int r = 1; r <= 4; r++) {
                s.execute("insert into pulse_request (id, version, pulse_id, rater_id, rater_group, submitted_at)"
                        + " values (" + r + ", 1, 1, " + r + ", '" + (r == 1 ? "MANAGER" : "PEER") + "', now())");
            }
            // item 11: two of the three peers could not judge it (0, as it was stored), one gave 4
            s.execute("insert into pulse_rating (request_id, indicator_id, score) values (1, 11, 2), (2, 11, 0),"
                    + " (3, 11, 0), (4, 11, 4), (1, 12, 3), (2, 12, 2), (3, 12, 3), (4, 12, 4)");
        }

        Flyway.configure().dataSource(url, TestDatabase.user(), TestDatabase.password())
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                .javaMigrations(new PulseResultsMigration()).load().migrate();

        try (Connection c = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password())) {
            assertThat(number(c, "select count(*) from pulse_rating where score is null")).isEqualTo(2);
            assertThat(number(c, "select count(*) from pulse_rating where score = 0")).isZero();
            Map<Long, Map<RaterGroup, PulseResults.Cell>> result = PulseResults.read(text(c,
                    "select result from pulse where id = 1"));
            assertThat(result.get(11L)).as("one peer's score is no peer score").containsOnlyKeys(RaterGroup.MANAGER);
            assertThat(result.get(12L).get(RaterGroup.PEER).mean()).isCloseTo(3.0, within(1e-9));
            assertThat(result.get(12L).get(RaterGroup.PEER).count()).isEqualTo(3);
            assertThat(result.get(11L).get(RaterGroup.MANAGER).mean()).isEqualTo(2.0);
        }
    }

    private static long number(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
