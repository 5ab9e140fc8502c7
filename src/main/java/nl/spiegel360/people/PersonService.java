package nl.spiegel360.people;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.spiegel360.base.LocalePreference;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.security.CurrentUser;
import nl.spiegel360.security.SessionTerminator;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People and accounts: HR administers them; everyone may read themselves and set their language. */
@Service
@Transactional
public class PersonService implements LocalePreference {

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final SessionTerminator sessions;
    private final PersonValidator validator;
    private final Clock clock;
    private final nl.spiegel360.audit.AuditLog audit;

    private final nl.spiegel360.security.LoginThrottle throttle;

    PersonService(PersonRepository people, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            SessionTerminator sessions, Clock clock, nl.spiegel360.audit.AuditLog audit,
            nl.spiegel360.security.LoginThrottle throttle) {
        this.throttle = throttle;
        this.audit = audit;
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.validator = new PersonValidator(people);
        this.clock = clock;
    }

    @PreAuthorize("hasRole('HR')")
    @Transactional(readOnly = true)
    public List<PersonSummary> search(String filter, int offset, int limit) {
        int size = Math.max(1, limit);
        return people.search(normalise(filter), PageRequest.of(offset / size, size)).stream()
                .map(PersonSummary::of).toList();
    }

    @PreAuthorize("hasRole('HR')")
    @Transactional(readOnly = true)
    public long count(String filter) {
        return people.countSearch(normalise(filter));
    }

    @PreAuthorize("hasRole('HR')")
    @Transactional(readOnly = true)
    public List<PersonSummary> activePeople() {
        return people.findAllActive().stream().map(PersonSummary::of).toList();
    }

    @PreAuthorize("hasRole('HR')")
    @Transactional(readOnly = true)
    public List<String> teams() {
        return people.findTeams();
    }

    @PreAuthorize("hasRole('HR')")
    public PersonSummary create(PersonDraft draft) {
        validator.check(draft, null);
        Person person = new Person(draft.name().strip(), normaliseEmail(draft.email()), clock.instant());
        apply(draft, person);
        Person saved = people.save(person);
        audit.record("person.created", "person", saved.getId(), null);
        return PersonSummary.of(saved);
    }

    @PreAuthorize("hasRole('HR')")
    public PersonSummary update(long id, long expectedVersion, PersonDraft draft) {
        Person person = people.findById(id).orElseThrow(() -> new UserFacingException("people.error.not-found"));
        if (person.getVersion() != expectedVersion) {
            throw new UserFacingException("people.error.changed-meanwhile");
        }
        validator.check(draft, id);
        String changes = changes(person, draft);
        person.setName(draft.name().strip());
        person.setEmail(normaliseEmail(draft.email()));
        apply(draft, person);
        audit.record("person.updated", "person", id, changes);
        try {
            return PersonSummary.of(people.saveAndFlush(person));
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new UserFacingException("people.error.changed-meanwhile");
        }
    }

    /** Deactivates the account: it can no longer sign in, and every open session of it ends. */
    @PreAuthorize("hasRole('HR')")
    public PersonSummary deactivate(long id) {
        Person person = people.findById(id).orElseThrow(() -> new UserFacingException("people.error.not-found"));
        if (person.getId() == currentUser.require().personId()) {
            throw new UserFacingException("people.error.deactivate-self");
        }
        person.setActive(false);
        sessions.endAllSessionsOf(person.getEmail());
        audit.record("person.deactivated", "person", id, null);
        return PersonSummary.of(person);
    }

    @PreAuthorize("hasRole('HR')")
    public PersonSummary reactivate(long id) {
        Person person = people.findById(id).orElseThrow(() -> new UserFacingException("people.error.not-found"));
        person.setActive(true);
        audit.record("person.reactivated", "person", id, null);
        return PersonSummary.of(person);
    }

    /** Directory entries of these people, by id. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Map<Long, PersonRef> refs(java.util.Collection<Long> ids) {
        java.util.Map<Long, PersonRef> result = new java.util.HashMap<>();
        people.findAllById(ids).forEach(p -> result.put(p.getId(), PersonRef.of(p)));
        return result;
    }

    /** The role profile of each of these people that has one. */
    @PreAuthorize("hasRole('HR')")
    @Transactional(readOnly = true)
    public java.util.Map<Long, Long> roleProfileIds(java.util.Collection<Long> ids) {
        java.util.Map<Long, Long> result = new java.util.HashMap<>();
        people.findAllById(ids).forEach(p -> {
            if (p.getRoleProfileId() != null) {
                result.put(p.getId(), p.getRoleProfileId());
            }
        });
        return result;
    }

    /** The organisation's directory: every active person. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PersonRef> directory() {
        return people.findAllActive().stream().map(PersonRef::of).toList();
    }

    /** The active people who report to this person. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PersonRef> reportsOf(long managerId) {
        return people.findReports(managerId).stream().filter(Person::isActive).map(PersonRef::of).toList();
    }

    /** The active members of a team. */
    @PreAuthorize("hasRole('HR')")
    @Transactional(readOnly = true)
    public List<PersonSummary> team(String team) {
        return people.findActiveInTeam(team).stream().map(PersonSummary::of).toList();
    }

    /** Gives these people a role profile; the caller has checked that the profile exists. */
    @PreAuthorize("hasRole('HR')")
    public int assignRoleProfile(java.util.Collection<Long> personIds, long profileId) {
        if (personIds.isEmpty()) {
            return 0;
        }
        int assigned = people.assignRoleProfile(personIds, profileId);
        audit.record("profile.assigned", "role_profile", profileId, assigned + " people: " + personIds.stream()
                .sorted().map(id -> "person " + id).collect(java.util.stream.Collectors.joining(", ")));
        return assigned;
    }

    /** Moves everyone with one profile revision to its successor. */
    @PreAuthorize("hasRole('HR')")
    public int replaceRoleProfile(long original, long replacement) {
        int moved = people.replaceRoleProfile(original, replacement);
        audit.record("profile.replaced", "role_profile", replacement, moved + " people moved from profile "
                + original);
        return moved;
    }

    /** Reads a CSV file of people and reports what it would import; saves nothing. */
    @PreAuthorize("hasRole('HR')")
    @Transactional(readOnly = true)
    public PersonImportPreview previewImport(byte[] csv) {
        return new PersonCsvImport(people).preview(csv);
    }

    /**
     * Imports every person of a CSV file, or none: the file is checked again, and any problem refuses the whole
     * file. Returns how many people were added.
     */
    @PreAuthorize("hasRole('HR')")
    public int importPeople(byte[] csv) {
        PersonImportPreview preview = new PersonCsvImport(people).preview(csv);
        if (!preview.canImport()) {
            throw new UserFacingException("people.import.error.refused", preview.problems().size());
        }
        java.util.Map<String, Person> added = new java.util.HashMap<>();
        for (PersonImportPreview.Row row : preview.rows()) {
            Person person = new Person(row.name(), normaliseEmail(row.email()), clock.instant());
            person.setJobTitle(row.jobTitle());
            person.setTeam(row.team());
            added.put(person.getEmail(), person);
        }
        for (PersonImportPreview.Row row : preview.rows()) {
            if (row.managerEmail() != null) {
                String managerEmail = normaliseEmail(row.managerEmail());
                Person manager = added.containsKey(managerEmail) ? added.get(managerEmail)
                        : people.findByEmailIgnoreCase(managerEmail).orElseThrow();
                added.get(normaliseEmail(row.email())).setManager(manager);
            }
        }
        people.saveAll(added.values());
        audit.record("people.imported", "person", null, added.size() + " people");
        return added.size();
    }

    /**
     * Erases a person's personal data: the record stays as an anonymous placeholder (so that what others did
     * stays consistent), without name, e-mail, job, team, manager, password or language, and inactive.
     */
    @PreAuthorize("hasRole('HR')")
    public void erase(long id) {
        Person person = people.findById(id).orElseThrow(() -> new UserFacingException("people.error.not-found"));
        if (person.getId() == currentUser.require().personId()) {
            throw new UserFacingException("people.error.deactivate-self");
        }
        sessions.endAllSessionsOf(person.getEmail());
        people.findReports(id).forEach(report -> report.setManager(null));
        person.setName("—");
        person.setEmail("erased-" + id + "@invalid");
        person.setJobTitle(null);
        person.setTeam(null);
        person.setManager(null);
        person.setRoleProfileId(null);
        person.setPasswordHash(null);
        person.setLocale(null);
        person.setHr(false);
        person.setActive(false);
        audit.record("person.erased", "person", id, null);
    }

    /** The signed-in user changes their own password, confirming the current one first. */
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Person me = people.findById(currentUser.require().personId())
                .orElseThrow(() -> new UserFacingException("people.error.not-found"));
        java.time.Duration pause = throttle.passwordCheckPause(me.getEmail());
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

    /** The signed-in user as a person. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PersonSummary me() {
        long id = currentUser.require().personId();
        return people.findById(id).map(PersonSummary::of)
                .orElseThrow(() -> new UserFacingException("people.error.not-found"));
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

    /** What an update changes, for the audit log: the fields by name, roles and manager with old and new value. */
    private static String changes(Person person, PersonDraft draft) {
        List<String> changed = new java.util.ArrayList<>();
        if (!person.getName().equals(draft.name().strip())) {
            changed.add("name");
        }
        if (!person.getEmail().equals(normaliseEmail(draft.email()))) {
            changed.add("e-mail");
        }
        if (!java.util.Objects.equals(person.getJobTitle(), blankToNull(draft.jobTitle()))) {
            changed.add("job title");
        }
        if (!java.util.Objects.equals(person.getTeam(), blankToNull(draft.team()))) {
            changed.add("team");
        }
        Long manager = person.getManager() == null ? null : person.getManager().getId();
        if (!java.util.Objects.equals(manager, draft.managerId())) {
            changed.add("manager: " + (manager == null ? "none" : "person " + manager) + " → "
                    + (draft.managerId() == null ? "none" : "person " + draft.managerId()));
        }
        if (person.isHr() != draft.hr()) {
            changed.add("HR: " + (person.isHr() ? "yes" : "no") + " → " + (draft.hr() ? "yes" : "no"));
        }
        if (draft.newPassword() != null && !draft.newPassword().isEmpty()) {
            changed.add("password set");
        }
        return changed.isEmpty() ? "nothing changed" : String.join(", ", changed);
    }

    private void apply(PersonDraft draft, Person person) {
        person.setJobTitle(blankToNull(draft.jobTitle()));
        person.setTeam(blankToNull(draft.team()));
        person.setManager(draft.managerId() == null ? null : people.getReferenceById(draft.managerId()));
        person.setHr(draft.hr());
        if (draft.newPassword() != null && !draft.newPassword().isEmpty()) {
            person.setPasswordHash(passwordEncoder.encode(draft.newPassword()));
        }
    }

    static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static String normalise(@Nullable String filter) {
        return filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
