package nl.spiegel360.api;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.spiegel360.audit.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The API's calls per client: at most so many a minute (a fixed window per client, counted by each instance), and
 * each one audited with its client, method, path and answer.
 */
@Component
class ApiCalls {

    private record Window(long minute, int calls) {
    }

    private final AuditLog audit;
    private final Clock clock;
    private final Map<Long, Window> windows = new ConcurrentHashMap<>();
    private volatile int perMinute;

    ApiCalls(AuditLog audit, Clock clock, @Value("${spiegel360.api.calls-per-minute:600}") int perMinute) {
        this.audit = audit;
        this.clock = clock;
        this.perMinute = Math.max(1, perMinute);
    }

    int perMinute() {
        return perMinute;
    }

    /** For the test of the limit. */
    void perMinute(int calls) {
        perMinute = Math.max(1, calls);
        windows.clear();
    }

    /** Counts a call of this client: 0 when admitted, else the seconds until its next minute begins. */
    long admit(long client) {
        long millis = clock.millis();
        long minute = millis / 60_000;
        Window window = windows.compute(client, (id, w) -> w == null || w.minute() != minute
                ? new Window(minute, 1) : new Window(minute, w.calls() + 1));
        if (window.calls() <= perMinute) {
            return 0;
        }
        return Math.max(1, ((minute + 1) * 60_000 - millis + 999) / 1000);
    }

    void audit(String actor, HttpServletRequest request, int status) {
        String query = request.getQueryString();
        audit.recordSeparately(actor, "api.called", request.getMethod() + " " + request.getRequestURI()
                + (query == null ? "" : "?" + query) + " " + status);
    }
}
