package nl.spiegel360.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.spiegel360.test.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The roles the README tells operators to make on PostgreSQL, made by the script the compose files run
 * ({@code docker/initdb/roles.psql}, through psql): the migrations run as the schema's owner, and the application's
 * own account, the one an attacker would have who took over the application, can add to the audit log and read it but
 * cannot change or delete an entry, empty the table, switch its guarding trigger off or skip triggers.
 */
class DatabaseRolesTest {

    @Test
    void the_applications_own_role_cannot_change_remove_or_unguard_an_audit_entry() throws Exception {
        String database = "spiegel360_roles_" + ProcessHandle.current().pid();
        String server = TestDatabase.server();
        java.net.URI uri = java.net.URI.create(server.substring("jdbc:".length()));
        Process psql = new ProcessBuilder(List.of("psql", "-h", uri.getHost(), "-p", String.valueOf(uri.getPort()),
                "-U", TestDatabase.user(), "-d", "postgres", "-v", "database=" + database, "-v", "owner_password=o",
                "-v", "app_password=a", "-f", Path.of("docker", "initdb", "roles.psql").toString()))
                .redirectErrorStream(true).start();
        assertThat(psql.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(psql.exitValue()).as(output).isZero();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(server, database)));

        Flyway.configure().dataSource(server + database, "spiegel360_owner", "o")
                .locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();

        try (Connection app = DriverManager.getConnection(server + database, "spiegel360_app", "a")) {
            assertThat(execute(app, "insert into audit_event (id, occurred_at, actor, action) values"
                    + " (nextval('audit_event_seq'), now(), 'system', 'test.written')")).as("it adds").isNull();
            assertThat(execute(app, "update startup_lock set name = name")).as("it writes other rows").isNull();
            for (String attack : List.of("update audit_event set actor = 'someone else'", "delete from audit_event",
                    "truncate audit_event", "alter table audit_event disable trigger all",
                    "drop trigger audit_event_no_update_or_delete on audit_event",
                    "set session_replication_role = replica")) {
                assertThat(execute(app, attack)).as(attack).isEqualTo("42501");
            }
            try (var s = app.createStatement(); var rs = s.executeQuery("select rolsuper from pg_roles"
                    + " where rolname = current_user")) {
                rs.next();
                assertThat(rs.getBoolean(1)).as("no superuser").isFalse();
            }
        }
        assertThatThrownBy(() -> {
            try (Connection app = DriverManager.getConnection(server + database, "spiegel360_app", "a");
                    var s = app.createStatement()) {
                s.execute("create table planted (id int)");
            }
        }).as("and it creates nothing").isInstanceOf(SQLException.class);
    }

    /** Runs a statement; returns null when it passed, else its SQL state. */
    private static String execute(Connection connection, String sql) {
        try (var s = connection.createStatement()) {
            s.execute(sql);
            return null;
        } catch (SQLException e) {
            return e.getSQLState();
        }
    }

    private static void drop(String server, String database) {
        try (Connection c = DriverManager.getConnection(server + "postgres", TestDatabase.user(),
                TestDatabase.password()); var s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
        } catch (SQLException e) {
            // the server is gone with the run
        }
    }
}
