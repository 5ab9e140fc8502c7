package nl.spiegel360.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import nl.spiegel360.test.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The migrations build the schema on an empty PostgreSQL database and on the embedded H2 database that the run
 * command uses, and run once only.
 */
class MigrationTest {

    @Test
    void migrations_apply_to_an_empty_postgresql_database() throws Exception {
        String url = TestDatabase.create("spiegel360_migration_" + ProcessHandle.current().pid());
        Flyway flyway = Flyway.configure().dataSource(url, TestDatabase.user(), TestDatabase.password())
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql").load();
        var result = flyway.migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isEqualTo(flyway.info().all().length);
        assertThat(flyway.migrate().migrationsExecuted).isZero();
        try (Connection c = DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
                ResultSet tables = c.getMetaData().getTables(null, "public", "person", null)) {
            assertThat(tables.next()).isTrue();
        }
    }

    @Test
    void migrations_apply_to_an_empty_embedded_database_as_the_run_command_uses_it() throws Exception {
        String url = "jdbc:h2:mem:migration" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Flyway flyway = Flyway.configure().dataSource(url, "sa", "")
                .locations("classpath:db/migration", "classpath:db/vendor/h2").load();
        var result = flyway.migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isEqualTo(flyway.info().all().length);
        assertThat(flyway.migrate().migrationsExecuted).isZero();
        // the counters' insert that a concurrent insert may beat, as the application writes it
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                var insert = c.prepareStatement("insert into login_throttle (throttle_key, failures, "
                        + "last_failure_at) values (?, 1, current_timestamp) on conflict do nothing")) {
            insert.setString(1, "k");
            assertThat(insert.executeUpdate()).isEqualTo(1);
            assertThat(insert.executeUpdate()).isZero();
        }
    }
}
