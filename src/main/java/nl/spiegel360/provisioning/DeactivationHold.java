package nl.spiegel360.provisioning;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.people.PeopleProvisioning;
import nl.spiegel360.people.PersonAdministration;
import nl.spiegel360.people.PersonDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hold on mass deactivation: provisioning that would deactivate more than a share of the active people within
 * one hour (a wrong filter, a broken connector, a stolen token) is held, and so is everything after it, until HR
 * confirms or rejects the list. The share is of the people active at the start of the hour: people provisioning
 * created within it do not count, so creating filler accounts cannot make room for deactivating real ones. An HR
 * account is never deactivated by provisioning without HR's confirmation. HR's own deactivations are not counted.
 */
@Service
@Transactional
public class DeactivationHold {

    /** A deactivation waiting for HR. */
    public record Held(long personId, String name, String email, String tokenName, Instant requestedAt) {
    }

    private static final Duration WINDOW = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final PeopleProvisioning provisioning;
    private final PersonAdministration people;
    private final PersonDirectory directory;
    private final AuditLog audit;
    private final Clock clock;
    private volatile double share;

    DeactivationHold(JdbcTemplate jdbc, PeopleProvisioning provisioning, PersonAdministration people,
            PersonDirectory directory, AuditLog audit, Clock clock,
            @Value("${spiegel360.scim.hold-share:0.4}") double share) {
        this.jdbc = jdbc;
        this.provisioning = provisioning;
        this.people = people;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
        this.share = share;
    }

    /**
     * Whether provisioning may deactivate this person now; if not, the deactivation is held for HR. An allowed one
     * counts towards the hour's share.
     */
    boolean allow(long personId, String tokenName) {
        Instant now = clock.instant();
        Timestamp windowStart = Timestamp.from(now.minus(WINDOW));
        int before = count("select count(*) from scim_deactivation where deactivated_at > ?", windowStart);
        int created = count("select count(*) from scim_creation where created_at > ?", windowStart);
        int held = count("select count(*) from scim_held_deactivation");
        long activeAtStart = provisioning.countActive() + before - created;
        boolean hr = provisioning.isHr(personId);
        if (hr || held > 0 || before + 1 > share * activeAtStart) {
            if (!isHeld(personId)) {
                jdbc.update("insert into scim_held_deactivation (person_id, token_name, requested_at)"
                        + " values (?, ?, ?)", personId, tokenName, Timestamp.from(now));
                audit.record("provisioning.deactivation.held", "person", personId, tokenName + (hr
                        ? " (HR account)" : ""));
            }
            return false;
        }
        jdbc.update("insert into scim_deactivation (person_id, deactivated_at) values (?, ?)", personId,
                Timestamp.from(now));
        return true;
    }

    /** Counts a person provisioning created, so that the hour's creations never raise the hold's share. */
    void created(long personId) {
        jdbc.update("insert into scim_creation (person_id, created_at) values (?, ?)", personId,
                Timestamp.from(clock.instant()));
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    /** Sets the share of active people provisioning may deactivate in an hour before the rest is held. */
    void share(double share) {
        this.share = share;
    }

    /** Whether a deactivation of this person is waiting for HR. */
    boolean isHeld(long personId) {
        Integer n = jdbc.queryForObject("select count(*) from scim_held_deactivation where person_id = ?",
                Integer.class, personId);
        return n != null && n > 0;
    }

    @PreAuthorize("hasRole('HR')")
    @Transactional(readOnly = true)
    public List<Held> held() {
        record Row(long personId, String tokenName, Instant requestedAt) {
        }
        List<Row> rows = jdbc.query("select person_id, token_name, requested_at from scim_held_deactivation"
                + " order by requested_at, person_id", (rs, n) -> new Row(rs.getLong(1), rs.getString(2),
                rs.getTimestamp(3).toInstant()));
        var refs = directory.refs(rows.stream().map(Row::personId).toList());
        return rows.stream().map(r -> {
            var ref = refs.byId().get(r.personId());
            return new Held(r.personId(), ref == null ? "—" : ref.name(), ref == null ? "" : ref.email(),
                    r.tokenName(), r.requestedAt());
        }).toList();
    }

    /**
     * HR confirms: every held deactivation is carried out (each person's sessions end), HR's own account aside.
     * Returns how many.
     */
    @PreAuthorize("hasRole('HR')")
    public int confirm() {
        List<Held> held = held();
        for (Held h : held) {
            people.deactivate(h.personId());
        }
        jdbc.update("delete from scim_held_deactivation");
        audit.record("provisioning.hold.confirmed", null, null, held.size() + " deactivated");
        return held.size();
    }

    /** HR rejects: nobody on the list is deactivated. Returns how many were on it. */
    @PreAuthorize("hasRole('HR')")
    public int reject() {
        int n = jdbc.update("delete from scim_held_deactivation");
        audit.record("provisioning.hold.rejected", null, null, n + " kept active");
        return n;
    }
}
