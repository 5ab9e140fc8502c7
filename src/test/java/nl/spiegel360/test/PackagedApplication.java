package nl.spiegel360.test;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged jar, started as a user would start it: its own JVM, a free port, the embedded database (in a
 * fresh folder) and therefore the demo data. Its output goes to {@code target/it-logs}.
 */
public final class PackagedApplication implements AutoCloseable {

    private final Process process;
    private final int port;

    private PackagedApplication(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    private static PackagedApplication shared;

    /** One application for all browser tests of this run; stopped when the JVM ends. */
    public static synchronized PackagedApplication shared() throws IOException, InterruptedException {
        if (shared == null) {
            shared = start("application");
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    public static PackagedApplication start(String name, String... arguments)
            throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("spiegel360-it");
        List<String> args = new ArrayList<>(List.of("--spring.datasource.url=jdbc:h2:file:" + work.resolve("db")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"));
        args.addAll(List.of(arguments));
        return start(name, work, args);
    }

    /**
     * One instance of a cluster: on this PostgreSQL database with the demo organisation (its present cycle alone),
     * trusting forwarded headers from the local machine (as from a load balancer there), with these further
     * arguments.
     */
    public static PackagedApplication startOnPostgres(String name, String jdbcUrl, String... arguments)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("--spring.profiles.active=demo", "--spiegel360.demo.history=false",
                "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=" + TestDatabase.user(),
                "--spring.datasource.password=" + TestDatabase.password(),
                "--server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1",
                "--spiegel360.scheduler.polling-interval=1s"));
        args.addAll(List.of(arguments));
        return start(name, Files.createTempDirectory("spiegel360-it"), args);
    }

    /** Instances of a cluster on one PostgreSQL database, started at the same moment, in the order of the names. */
    public static List<PackagedApplication> startTogetherOnPostgres(String jdbcUrl, String... names) {
        List<java.util.concurrent.CompletableFuture<PackagedApplication>> starting = new ArrayList<>();
        for (String name : names) {
            starting.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return startOnPostgres(name, jdbcUrl);
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        return starting.stream().map(java.util.concurrent.CompletableFuture::join).toList();
    }

    private static PackagedApplication start(String name, Path work, List<String> arguments)
            throws IOException, InterruptedException {
        String jar = System.getProperty("spiegel360.jar");
        if (jar == null || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException("The packaged jar is missing; run the browser tests with 'mvn verify'");
        }
        int port = freePort();
        Path logs = Files.createDirectories(Path.of("target", "it-logs"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-jar", jar, "--server.port=" + port));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(logs.resolve(name + ".log").toFile()).start();
        PackagedApplication app = new PackagedApplication(process, port);
        app.awaitReady(Duration.ofSeconds(120));
        return app;
    }

    /** The port it listens on. */
    public int port() {
        return port;
    }

    /** Ends the process at once, as {@code kill -9} does: no shutdown, no goodbye to anyone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped while starting; see target/it-logs");
            }
            try {
                var connection = (HttpURLConnection) URI.create(url("/actuator/health/readiness")).toURL()
                        .openConnection();
                connection.setConnectTimeout(1000);
                if (connection.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("The application did not become ready within " + timeout);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
