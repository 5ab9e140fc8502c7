package nl.spiegel360.people;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.base.LocalePreference;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.security.CurrentUser;
import nl.spiegel360.security.LoginThrottle;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own account: who they are, their password and their language. */
@Service
@Transactional
public class OwnAccount implements LocalePreference {

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final LoginThrottle throttle;

    OwnAccount(PersonRepository people, PasswordEncoder passwordEncoder, CurrentUser currentUser, AuditLog audit,
            LoginThrottle throttle) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.throttle = throttle;
    }

    /** The signed-in user as a person. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PersonSummary me() {
        long id = currentUser.require().personId();
        return people.findById(id).map(PersonSummary::of)
                .orElseThrow(() -> new UserFacingException("people.error.not-found"));
    }

    /** The signed-in user changes their own password, confirming the current one first. */
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Person me = people.findById(currentUser.require().personId())
                .orElseThrow(() -> new UserFacingException("people.error.not-found"));
        Duration pause = throttle.passwordCheckPause(me.getEmail());
        if (!pause.isZero()) {
            audit.recordSeparately(me.getEmail(), "account.password-check-paused", pause.toSeconds() + " s");
            throw new UserFacingException("people.error.current-password-paused",
                    Math.max(1, (pause.toSeconds() + 59) / 60));
        }
        if (me.getPasswordHash() == null || !passwordEncoder.matches(currentPassword, me.getPasswordHash())) {
            throttle.passwordCheckFailed(me.getEmail());
            audit.recordSeparately(me.getEmail(), "account.password-check-failed", "person " + me.getId());
            throw new UserFacingException("people.error.current-password");
        }
        throttle.passwordCheckSucceeded(me.getEmail());
        String problem = PasswordRules.problem(newPassword, List.of(me.getName(), me.getEmail()));
        if (problem != null) {
            throw new UserFacingException(problem, PersonLimits.PASSWORD_MIN);
        }
        me.setPasswordHash(passwordEncoder.encode(newPassword));
        audit.record("account.password-changed", "person", me.getId(), null);
    }

    /** The signed-in user's language, if any; asked for anonymous pages too, hence open to every caller. */
    @Override
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Locale> currentUserLocale() {
        return currentUser.find().flatMap(u -> people.findById(u.personId()))
                .map(Person::getLocale).map(Locale::forLanguageTag);
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void rememberForCurrentUser(Locale locale) {
        Locale supported = LocalePreference.supportedOrDefault(locale);
        people.findById(currentUser.require().personId())
                .ifPresent(p -> p.setLocale(supported.toLanguageTag()));
    }
}
