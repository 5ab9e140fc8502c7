package nl.spiegel360.people;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.mail.Mailer;
import nl.spiegel360.base.Secrets;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.security.SessionTerminator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR sends a person a one-time link to set a new password: it expires after a day, works once, and only its
 * hash is stored. Setting the password ends every session of the account.
 */
@Service
@Transactional
public class PasswordResetService {

    static final Duration VALID_FOR = Duration.ofHours(24);

    private final PasswordResetRepository resets;
    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final SessionTerminator sessions;
    private final Mailer mailer;
    private final AuditLog audit;
    private final Clock clock;

    PasswordResetService(PasswordResetRepository resets, PersonRepository people, PasswordEncoder passwordEncoder,
            SessionTerminator sessions, Mailer mailer, AuditLog audit, Clock clock) {
        this.resets = resets;
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
    }

    /** Mails the person a one-time link (queued with the link itself, sent from the outbox). */
    @PreAuthorize("hasRole('HR')")
    public void issue(long personId) {
        Person person = people.findById(personId).filter(Person::isActive)
                .orElseThrow(() -> new UserFacingException("people.error.not-found"));
        String token = Secrets.randomToken();
        resets.save(new PasswordReset(personId, hash(token), clock.instant().plus(VALID_FOR), clock.instant()));
        audit.record("password.reset-issued", "person", personId, null);
        mailer.send(person.getEmail(), person.getLocale() == null ? "nl" : person.getLocale(),
                "mail.password-reset", person.getName(), mailer.link("/reset-password/" + token));
    }

    /** Sets a new password with a link's token; refused when the token is unknown, used or expired. */
    @PreAuthorize("permitAll()")
    public void reset(String token, String newPassword) {
        PasswordReset reset = resets.findByTokenHash(hash(token)).filter(r -> r.usableAt(clock.instant()))
                .orElseThrow(() -> new UserFacingException("reset.error.invalid"));
        Person person = people.findById(reset.getPersonId()).filter(Person::isActive)
                .orElseThrow(() -> new UserFacingException("reset.error.invalid"));
        String problem = PasswordRules.problem(newPassword, List.of(person.getName(), person.getEmail()));
        if (problem != null) {
            throw new UserFacingException(problem, PersonLimits.PASSWORD_MIN);
        }
        person.setPasswordHash(passwordEncoder.encode(newPassword));
        reset.use(clock.instant());
        sessions.endAllSessionsOf(person.getEmail());
        audit.recordSeparately(person.getEmail(), "password.reset-used", "person " + person.getId());
    }

    static String hash(String token) {
        return Secrets.sha256Hex(token);
    }
}
