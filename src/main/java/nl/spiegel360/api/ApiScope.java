package nl.spiegel360.api;

import java.util.Arrays;
import java.util.Optional;

/** What an API client may do: each scope opens a part of the API, and a token carries only scopes its client has. */
public enum ApiScope {
    /** Cycles with their settings and state, and the reviews of a cycle (who, state, dates; never who rated). */
    CYCLES_READ("cycles:read"),
    /** Creating a cycle (from another as its template), adding people to it and launching it. */
    CYCLES_WRITE("cycles:write"),
    /** Released results: per review and competency the levels, the norm and the groups shown; the insights. */
    RESULTS_READ("results:read"),
    /** Development plans' state and focus; their content only where the employee shared it with HR. */
    PLANS_READ("plans:read"),
    /** The organisation's competency gaps and learning needs, with small groups hidden. */
    INSIGHT_READ("insight:read");

    private final String value;

    ApiScope(String value) {
        this.value = value;
    }

    /** The scope as a token and the OpenAPI document name it. */
    public String value() {
        return value;
    }

    /** The authority a call with this scope holds. */
    public String authority() {
        return "SCOPE_" + value;
    }

    public static Optional<ApiScope> of(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }
}
