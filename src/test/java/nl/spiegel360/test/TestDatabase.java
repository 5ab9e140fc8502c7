package nl.spiegel360.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Creates one fresh PostgreSQL database for this test run and points the application at it; drops it when
 * the JVM ends. The server is {@code localhost:5432} unless {@code SPIEGEL360_TEST_DB_URL} (a JDBC URL
 * without database name, ending in a slash), {@code SPIEGEL360_TEST_DB_USER} and
 * {@code SPIEGEL360_TEST_DB_PASSWORD} say otherwise.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String SERVER = env("SPIEGEL360_TEST_DB_URL", "jdbc:postgresql://localhost:5432/");
    private static final String USER = env("SPIEGEL360_TEST_DB_USER", "postgres");
    private static final String PASSWORD = env("SPIEGEL360_TEST_DB_PASSWORD", "");
    private static String url;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase",
                Map.of("spring.datasource.url", url(), "spring.datasource.username", USER,
                        "spring.datasource.password", PASSWORD)));
    }

    /** The JDBC URL of this run's database, created on first use. */
    public static synchronized String url() {
        if (url == null) {
            url = create("spiegel360_test_" + ProcessHandle.current().pid() + "_"
                    + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff)));
        }
        return url;
    }

    /** The JDBC URL of the server, without database name, ending in a slash. */
    public static String server() {
        return SERVER;
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    /** Creates an empty database with this name, dropped when the JVM ends; returns its JDBC URL. */
    public static String create(String name) {
        execute("create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("drop database if exists " + name
                + " with (force)")));
        return SERVER + name;
    }

    /** The number one query returns, on a database of this server (a cluster test's own). */
    public static long number(String jdbcUrl, String sql) {
        try (var c = DriverManager.getConnection(jdbcUrl, USER, PASSWORD);
                var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs one statement on a database of this server, as an operator at the console would. */
    public static void execute(String jdbcUrl, String sql) {
        try (var c = DriverManager.getConnection(jdbcUrl, USER, PASSWORD); var s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Ends every connection to this run's database, as a failover or a network blip does: the application's pool
     * holds connections that no longer work. Returns how many were ended.
     */
    public static int cutConnections() {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                var s = c.prepareStatement("select count(pg_terminate_backend(pid)) from pg_stat_activity "
                        + "where datname = ? and pid <> pg_backend_pid()")) {
            s.setString(1, name());
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether this run's database takes new connections: false makes it unreachable, as a database down does. */
    public static void acceptConnections(boolean accept) {
        acceptConnections(url(), accept);
    }

    /** Whether the database of this URL takes new connections; false also ends the connections it has. */
    public static void acceptConnections(String jdbcUrl, boolean accept) {
        String database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        execute("alter database " + database + " allow_connections " + accept);
        if (!accept) {
            execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
                    + "' and pid <> pg_backend_pid()");
        }
    }

    private static String name() {
        String u = url();
        return u.substring(u.lastIndexOf('/') + 1);
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + " is needed for the tests: " + e.getMessage(),
                    e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
