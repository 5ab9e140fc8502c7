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
 * The hold on mass changes by provisioning. Provisioning that would deactivate more than a share of the active people
 * within one hour (a wrong filter, a broken connector, a stolen token) is held, and so is every deactivation after
 * it, until HR confirms or rejects the list. The share is of the people active at the start of the hour: people
 * provisioning created or activated within it do not count, so filler accounts cannot make room for deactivating
 * real ones. An HR account is never deactivated by provisioning without HR's confirmation. HR's own changes are not
 * counted.
 *
 * <p>Bursts of activations (new accounts, or inactive ones made active) are held as well: beyond the same share of
 * the people active at the start of the hour, and at least {@code spiegel360.scim.creation-floor} an hour so that
 * ordinary joiners and a small organisation's first synchronisation pass, the account stays inactive and waits for
 * HR, and so does every activation after it. Whatever the identity system sends meanwhile is applied, but it cannot
 * activate a held account. HR confirms (the accounts become active) or rejects (they stay inactive) the held
 * activations together with the held deactivations, as one list.
 */
@Service
@Transactional
public class DeactivationHold {

    /** What provisioning asked that waits for HR. */
    public enum Change {
        DEACTIVATION, ACTIVATION
    }

    /** A deactivation or an activation waiting for HR. */
    public record Held(long personId, String name, String email, String tokenName, Instant requestedAt,
            Change change) {
    }

    private static final Duration WINDOW = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final PeopleProvisioning provisioning;
    private final PersonAdministration people;
    private final PersonDirectory directory;
    private final AuditLog audit;
    private final Clock clock;
    private volatile double share;
    private volatile int activationFloor;

    DeactivationHold(JdbcTemplate jdbc, PeopleProvisioning provisioning, PersonAdministration people,
            PersonDirectory directory, AuditLog audit, Clock clock,
            @Value("${spiegel360.scim.hold-share:0.4}") double share,
            @Value("${spiegel360.scim.creation-floor:20}") int activationFloor) {
        this.jdbc = jdbc;
        this.provisioning = provisioning;
        this.people = people;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
        this.share = share;
        this.activationFloor = activationFloor;
    }

    /**
     * Whether provisioning may deactivate this person now; if not, the deactivation is held for HR. An allowed one
     * counts towards the hour's share.
     */
    boolean allow(long personId, String tokenName) {
        Instant now = clock.instant();
        Hour hour = hour(now);
        int held = count("select count(*) from scim_held_deactivation");
        boolean hr = provisioning.isHr(personId);
        if (hr || held > 0 || hour.deactivated() + 1 > share * hour.activeAtStart()) {
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

    /** Whether an activation by provisioning now (a new active account, or an inactive one made active) is held. */
    boolean holdsActivation() {
        Hour hour = hour(clock.instant());
        return count("select count(*) from scim_held_activation") > 0
                || hour.activated() + 1 > Math.max(activationFloor, share * hour.activeAtStart());
    }

    /** What provisioning did in the hour up to now, and how many people were active when it began. */
    private record Hour(int deactivated, int activated, long activeAtStart) {
    }

    private Hour hour(Instant now) {
        Timestamp windowStart = Timestamp.from(now.minus(WINDOW));
        int deactivated = count("select count(*) from scim_deactivation where deactivated_at > ?", windowStart);
        int activated = count("select count(*) from scim_creation where created_at > ?", windowStart);
        return new Hour(deactivated, activated, provisioning.countActive() + deactivated - activated);
    }

    /** Holds the activation of this (inactive) account for HR. */
    void holdActivation(long personId, String tokenName) {
        if (!isActivationHeld(personId)) {
            jdbc.update("insert into scim_held_activation (person_id, token_name, requested_at) values (?, ?, ?)",
                    personId, tokenName, Timestamp.from(clock.instant()));
            audit.record("provisioning.activation.held", "person", personId, tokenName);
        }
    }

    /** Whether this account's activation waits for HR: provisioning cannot activate it meanwhile. */
    boolean isActivationHeld(long personId) {
        return count("select count(*) from scim_held_activation where person_id = ?", personId) > 0;
    }

    /**
     * Counts a person provisioning created active or activated, so that the hour's activations never raise the
     * deactivation hold's share and count towards the activation hold's.
     */
    void activated(long personId) {
        jdbc.update("insert into scim_creation (person_id, created_at) values (?, ?)", personId,
                Timestamp.from(clock.instant()));
    }

    /** Sets how many activations an hour pass whatever the organisation's size. */
    void activationFloor(int floor) {
        this.activationFloor = floor;
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
        record Row(long personId, String tokenName, Instant requestedAt, Change change) {
        }
        List<Row> rows = jdbc.query("select person_id, token_name, requested_at, 'DEACTIVATION' from"
                + " scim_held_deactivation union all select person_id, token_name, requested_at, 'ACTIVATION' from"
                + " scim_held_activation order by 3, 1", (rs, n) -> new Row(rs.getLong(1), rs.getString(2),
                rs.getTimestamp(3).toInstant(), Change.valueOf(rs.getString(4))));
        var refs = directory.refs(rows.stream().map(Row::personId).toList());
        return rows.stream().filter(r -> refs.byId().get(r.personId()) == null
                || !refs.byId().get(r.personId()).erased()).map(r -> {
            var ref = refs.byId().get(r.personId());
            return new Held(r.personId(), ref == null ? "—" : ref.name(), ref == null ? "" : ref.email(),
                    r.tokenName(), r.requestedAt(), r.change());
        }).toList();
    }

    /**
     * HR confirms: every held deactivation is carried out (each person's sessions end), HR's own account aside, and
     * every held activation is carried out; people erased meanwhile are left as they are. Returns how many changes were carried out.
     */
    @PreAuthorize("hasRole('HR')")
    public int confirm() {
        List<Held> held = held();
        int deactivated = 0;
        for (Held h : held) {
            if (h.change() == Change.DEACTIVATION) {
                people.deactivate(h.personId());
                deactivated++;
            } else {
                people.reactivate(h.personId());
                activated(h.personId());
            }
        }
        jdbc.update("delete from scim_held_deactivation");
        jdbc.update("delete from scim_held_activation");
        audit.record("provisioning.hold.confirmed", null, null, deactivated + " deactivated, "
                + (held.size() - deactivated) + " activated");
        return held.size();
    }

    /**
     * HR rejects: nobody on the list is deactivated, and the accounts whose activation was held stay inactive.
     * Returns how many changes were on it.
     */
    @PreAuthorize("hasRole('HR')")
    public int reject() {
        int kept = jdbc.update("delete from scim_held_deactivation");
        int inactive = jdbc.update("delete from scim_held_activation");
        audit.record("provisioning.hold.rejected", null, null, kept + " kept active, " + inactive + " left inactive");
        return kept + inactive;
    }
}
