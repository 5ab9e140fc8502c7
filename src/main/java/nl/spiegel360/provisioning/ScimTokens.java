package nl.spiegel360.provisioning;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.base.Secrets;
import nl.spiegel360.base.SqlTimes;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bearer tokens provisioning clients use. A token is shown once, when HR creates it; only its SHA-256 is kept,
 * with when it was last used. A revoked token is refused from then on.
 */
@Service
@Transactional
public class ScimTokens {

    static final int NAME_MAX = 120;

    /** A token as HR sees it: never the secret. */
    public record TokenInfo(long id, String name, Instant createdAt, String createdBy, @Nullable Instant lastUsedAt,
            @Nullable Instant revokedAt) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    /** A new token and its secret, which is shown this once. */
    public record NewToken(TokenInfo token, String secret) {
    }

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    ScimTokens(JdbcTemplate jdbc, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('HR')")
    @Transactional(readOnly = true)
    public List<TokenInfo> tokens() {
        return jdbc.query("select id, name, created_at, created_by, last_used_at, revoked_at from scim_token"
                + " order by revoked_at is not null, created_at desc", (rs, n) -> new TokenInfo(rs.getLong(1),
                rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4), SqlTimes.instant(rs.getTimestamp(5)),
                SqlTimes.instant(rs.getTimestamp(6))));
    }

    /** A new token under this name (unique among the tokens in use). */
    @PreAuthorize("hasRole('HR')")
    public NewToken create(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new UserFacingException("provisioning.error.name-required");
        }
        if (trimmed.length() > NAME_MAX) {
            throw new UserFacingException("provisioning.error.name-too-long", NAME_MAX);
        }
        Integer taken = jdbc.queryForObject("select count(*) from scim_token where lower(name) = lower(?)"
                + " and revoked_at is null", Integer.class, trimmed);
        if (taken != null && taken > 0) {
            throw new UserFacingException("provisioning.error.name-taken", trimmed);
        }
        String secret = "s360_" + Secrets.randomToken();
        Long id = jdbc.queryForObject("select nextval('scim_token_seq')", Long.class);
        Instant now = clock.instant();
        String by = currentUser.require().email();
        jdbc.update("insert into scim_token (id, name, token_hash, created_at, created_by) values (?, ?, ?, ?, ?)",
                id, trimmed, hash(secret), Timestamp.from(now), by);
        audit.record("provisioning.token.created", "scim_token", id, trimmed);
        return new NewToken(new TokenInfo(id == null ? 0 : id, trimmed, now, by, null, null), secret);
    }

    @PreAuthorize("hasRole('HR')")
    public void revoke(long id) {
        int changed = jdbc.update("update scim_token set revoked_at = ? where id = ? and revoked_at is null",
                Timestamp.from(clock.instant()), id);
        if (changed == 0) {
            throw new UserFacingException("common.not-found");
        }
        audit.record("provisioning.token.revoked", "scim_token", id, null);
    }

    /** The name of the token in use with this secret, after noting its use; empty for any other secret. */
    Optional<String> authenticate(String secret) {
        String hash = hash(secret);
        List<String> names = jdbc.query("select name from scim_token where token_hash = ? and revoked_at is null",
                (rs, n) -> String.valueOf(rs.getString(1)), hash);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        jdbc.update("update scim_token set last_used_at = ? where token_hash = ?", Timestamp.from(clock.instant()),
                hash);
        return Optional.of(names.getFirst());
    }

    static String hash(String secret) {
        return Secrets.sha256Hex(secret);
    }
}
