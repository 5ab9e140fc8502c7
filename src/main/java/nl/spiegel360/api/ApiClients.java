package nl.spiegel360.api;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.base.Secrets;
import nl.spiegel360.base.SqlTimes;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The API's clients, as HR creates them: a name and the scopes it may use. Its secret is shown once, when it is
 * made (at creation and at each rotation), and kept only as a hash. A rotation or a revocation ends every token the
 * client holds: each token names the moment its client's secret was set, and a call is refused when that is no
 * longer the client's.
 */
@Service
@Transactional
public class ApiClients {

    static final int NAME_MAX = 120;
    /** How long before the last use is written again: a client that calls every second writes it once a minute. */
    private static final long LAST_USE_PRECISION_SECONDS = 60;

    /** A client as HR sees it: never the secret. */
    public record ClientInfo(long id, String name, String clientId, Set<ApiScope> scopes, Instant createdAt,
            String createdBy, Instant secretSetAt, @Nullable Instant lastUsedAt, @Nullable Instant revokedAt,
            boolean external) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    /** A client and its new secret, which is shown this once. */
    public record NewSecret(ClientInfo client, String secret) {
    }

    /** What the token endpoint needs of an active client. */
    record Registration(String clientId, String name, String secretHash, Set<ApiScope> scopes, Instant secretSetAt) {
    }

    /** An active client a call's token was issued to, with the scopes it still has. */
    record Caller(long id, String name, String clientId, Set<ApiScope> scopes) {
    }

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwords;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ApiClients(JdbcTemplate jdbc, PasswordEncoder passwords, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('HR')")
    @Transactional(readOnly = true)
    public List<ClientInfo> clients() {
        return jdbc.query("select id, name, client_id, scopes, created_at, created_by, secret_set_at, last_used_at,"
                + " revoked_at, provider_client from api_client order by revoked_at is not null, created_at desc, id desc",
                (rs, n) -> new ClientInfo(rs.getLong(1), rs.getString(2), rs.getString(3), scopes(rs.getString(4)),
                        rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getTimestamp(7).toInstant(),
                        SqlTimes.instant(rs.getTimestamp(8)), SqlTimes.instant(rs.getTimestamp(9)), rs.getBoolean(10)));
    }

    /** A new client under this name (unique among the clients in use) with these scopes (at least one). */
    @PreAuthorize("hasRole('HR')")
    public NewSecret create(String name, Collection<ApiScope> scopes) {
        String trimmed = checked(name, scopes);
        long id = nextId();
        String clientId = "s360c_" + Secrets.randomToken().substring(0, 24);
        String secret = "s360s_" + Secrets.randomToken();
        Instant now = now();
        String by = currentUser.require().email();
        jdbc.update("insert into api_client (id, name, client_id, secret_hash, scopes, created_at, created_by,"
                + " secret_set_at) values (?, ?, ?, ?, ?, ?, ?, ?)", id, trimmed, clientId, passwords.encode(secret),
                text(scopes), Timestamp.from(now), by, Timestamp.from(now));
        audit.record("api.client.created", "api_client", id, trimmed + " (" + text(scopes) + ")");
        return new NewSecret(new ClientInfo(id, trimmed, clientId, EnumSet.copyOf(scopes), now, by, now, null, null,
                false), secret);
    }

    /**
     * A client that takes its tokens from the organisation's own OpenID provider, by the client id that provider
     * gives it; Spiegel360 issues it no secret. Its scopes here are what it may do, whatever its token claims.
     */
    @PreAuthorize("hasRole('HR')")
    public ClientInfo createExternal(String name, String providerClientId, Collection<ApiScope> scopes) {
        String trimmed = checked(name, scopes);
        String clientId = providerClientId == null ? "" : providerClientId.strip();
        if (clientId.isEmpty() || clientId.length() > 64) {
            throw new UserFacingException("api.error.client-id");
        }
        Integer taken = jdbc.queryForObject("select count(*) from api_client where client_id = ?", Integer.class,
                clientId);
        if (taken != null && taken > 0) {
            throw new UserFacingException("api.error.client-id-taken", clientId);
        }
        long id = nextId();
        Instant now = now();
        String by = currentUser.require().email();
        // no secret: the hash of nothing matches no secret a client could send
        jdbc.update("insert into api_client (id, name, client_id, secret_hash, scopes, created_at, created_by,"
                + " secret_set_at, provider_client) values (?, ?, ?, '', ?, ?, ?, ?, true)", id, trimmed, clientId,
                text(scopes), Timestamp.from(now), by, Timestamp.from(now));
        audit.record("api.client.created", "api_client", id, trimmed + " (" + text(scopes) + ", "
                + clientId + ")");
        return new ClientInfo(id, trimmed, clientId, EnumSet.copyOf(scopes), now, by, now, null, null, true);
    }

    private String checked(String name, Collection<ApiScope> scopes) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new UserFacingException("api.error.name-required");
        }
        if (trimmed.length() > NAME_MAX) {
            throw new UserFacingException("api.error.name-too-long", NAME_MAX);
        }
        if (scopes.isEmpty()) {
            throw new UserFacingException("api.error.scope-required");
        }
        Integer taken = jdbc.queryForObject("select count(*) from api_client where lower(name) = lower(?)"
                + " and revoked_at is null", Integer.class, trimmed);
        if (taken != null && taken > 0) {
            throw new UserFacingException("api.error.name-taken", trimmed);
        }
        return trimmed;
    }

    /** A new secret for an active client; the old one and every token it gave stop working at once. */
    @PreAuthorize("hasRole('HR')")
    public NewSecret rotate(long id) {
        String secret = "s360s_" + Secrets.randomToken();
        int changed = jdbc.update("update api_client set secret_hash = ?, secret_set_at = ? where id = ?"
                + " and revoked_at is null and not provider_client", passwords.encode(secret), Timestamp.from(now()), id);
        if (changed == 0) {
            throw new UserFacingException("common.not-found");
        }
        audit.record("api.client.rotated", "api_client", id, null);
        ClientInfo client = clients().stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow(() -> new UserFacingException("common.not-found"));
        return new NewSecret(client, secret);
    }

    /** Revokes a client: its secret and every token it holds are refused from now on. */
    @PreAuthorize("hasRole('HR')")
    public void revoke(long id) {
        int changed = jdbc.update("update api_client set revoked_at = ? where id = ? and revoked_at is null",
                Timestamp.from(now()), id);
        if (changed == 0) {
            throw new UserFacingException("common.not-found");
        }
        audit.record("api.client.revoked", "api_client", id, null);
    }

    /** The active client with this client id, for the token endpoint; empty for a revoked or unknown one. */
    @Transactional(readOnly = true)
    Optional<Registration> registration(String clientId) {
        return jdbc.query("select client_id, name, secret_hash, scopes, secret_set_at from api_client"
                + " where client_id = ? and revoked_at is null and not provider_client", (rs, n) -> new Registration(
                rs.getString(1),
                rs.getString(2), rs.getString(3), scopes(rs.getString(4)), rs.getTimestamp(5).toInstant()),
                clientId).stream().findFirst();
    }

    /**
     * The active client a token was issued to, if the token's secret is still the client's own (not rotated since),
     * after noting the use; empty otherwise.
     */
    Optional<Caller> caller(String clientId, long secretSetAtMillis) {
        return caller(clientId, false, secretSetAtMillis);
    }

    /** The active client the organisation's provider issued a token to, after noting the use; empty otherwise. */
    Optional<Caller> externalCaller(String clientId) {
        return caller(clientId, true, 0);
    }

    private Optional<Caller> caller(String clientId, boolean external, long secretSetAtMillis) {
        record Row(Caller caller, long secretSetAt) {
        }
        List<Caller> found = jdbc.query("select id, name, client_id, scopes, secret_set_at from api_client"
                + " where client_id = ? and revoked_at is null and provider_client = ?", (rs, n) -> new Row(new Caller(
                rs.getLong(1),
                rs.getString(2), rs.getString(3), scopes(rs.getString(4))),
                rs.getTimestamp(5).toInstant().toEpochMilli()), clientId, external).stream()
                .filter(r -> external || r.secretSetAt() == secretSetAtMillis).map(Row::caller).toList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Instant now = now();
        jdbc.update("update api_client set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)",
                Timestamp.from(now), found.getFirst().id(),
                Timestamp.from(now.minusSeconds(LAST_USE_PRECISION_SECONDS)));
        return Optional.of(found.getFirst());
    }

    private Instant now() {
        // the database keeps microseconds: a token's secret moment must compare equal after the round trip
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private long nextId() {
        Long id = jdbc.queryForObject("select nextval('api_client_seq')", Long.class);
        if (id == null) {
            throw new IllegalStateException("no id from api_client_seq");
        }
        return id;
    }

    static String text(Collection<ApiScope> scopes) {
        return scopes.stream().sorted().map(ApiScope::value).collect(Collectors.joining(" "));
    }

    static Set<ApiScope> scopes(String text) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        Arrays.stream(text.split(" ")).map(ApiScope::of).flatMap(Optional::stream).forEach(scopes::add);
        return scopes;
    }
}
