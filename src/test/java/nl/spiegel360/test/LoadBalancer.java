package nl.spiegel360.test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * HAProxy from the operating system's package in front of the instances, configured as in production: sticky
 * sessions by a cookie it sets, health checks on readiness, and another instance for a request whose instance is
 * gone. Its output goes to {@code target/it-logs/haproxy.log}.
 */
public final class LoadBalancer implements AutoCloseable {

    /** The cookie that names the instance holding a browser's session. */
    public static final String COOKIE = "SPIEGEL360_NODE";

    private final Process process;
    private final int port;

    private LoadBalancer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts HAProxy in front of these instances, by name. */
    public static LoadBalancer start(Map<String, PackagedApplication> instances) throws IOException,
            InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        StringBuilder servers = new StringBuilder();
        instances.forEach((name, app) -> servers.append("    server ").append(name).append(" 127.0.0.1:")
                .append(app.port()).append(" check cookie ").append(name).append('\n'));
        String config = """
                global
                    maxconn 512
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    retries 2
                    option redispatch
                frontend web
                    bind 127.0.0.1:%d
                    option forwardfor
                    default_backend spiegel360
                backend spiegel360
                    balance roundrobin
                    cookie %s insert indirect nocache httponly
                    option httpchk GET /actuator/health/readiness
                    http-check expect status 200
                    default-server inter 1s fall 2 rise 1
                %s""".formatted(port, COOKIE, servers);
        Path file = Files.createTempDirectory("spiegel360-haproxy").resolve("haproxy.cfg");
        Files.writeString(file, config);
        Path logs = Files.createDirectories(Path.of("target", "it-logs"));
        String binary = System.getenv().getOrDefault("HAPROXY_BIN", Files.exists(Path.of("/usr/sbin/haproxy"))
                ? "/usr/sbin/haproxy" : "haproxy");
        Process process = new ProcessBuilder(List.of(binary, "-db", "-f", file.toString())).redirectErrorStream(true)
                .redirectOutput(logs.resolve("haproxy.log").toFile()).start();
        LoadBalancer balancer = new LoadBalancer(process, port);
        balancer.awaitListening(Duration.ofSeconds(20));
        return balancer;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private void awaitListening(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy stopped; see target/it-logs/haproxy.log");
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        close();
        throw new IllegalStateException("HAProxy did not listen within " + timeout);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
