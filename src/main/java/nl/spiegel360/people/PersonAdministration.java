package nl.spiegel360.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.spiegel360.audit.AuditLog;
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

/** HR's administration of people: records, accounts and roles, deactivation, erasure and role profiles. */
@Service
@Transactional
public class PersonAdministration {

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final SessionTerminator sessions;
    private final PersonValidator validator;
    private final Clock clock;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;

    PersonAdministration(PersonRepository people, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            SessionTerminator sessions, Clock clock, AuditLog audit,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.sessions = sessions;
        this.validator = new PersonValidator(people);
        this.clock = clock;
        this.audit = audit;
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

    /** The active members of a team. */
    @PreAuthorize("hasRole('HR')")
    @Transactional(readOnly = true)
    public List<PersonSummary> team(String team) {
        return people.findActiveInTeam(team).stream().map(PersonSummary::of).toList();
    }

    @PreAuthorize("hasRole('HR')")
    public PersonSummary create(PersonDraft draft) {
        validator.check(draft, null);
        Person person = new Person(draft.name().strip(), PersonValidator.normaliseEmail(draft.email()), clock.instant());
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
        person.setEmail(PersonValidator.normaliseEmail(draft.email()));
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

    /**
     * Erases a person's personal data: the record stays as an anonymous placeholder (so that what others did
     * stays consistent), without name, e-mail, job, team, manager, password or language, and inactive. Other modules
     * let go of the person first, on {@link PersonErased}.
     */
    @PreAuthorize("hasRole('HR')")
    public void erase(long id) {
        if (!people.existsById(id)) {
            throw new UserFacingException("people.error.not-found");
        }
        if (id == currentUser.require().personId()) {
            throw new UserFacingException("people.error.deactivate-self");
        }
        // first the other modules, whose bulk statements clear what this transaction has loaded
        events.publishEvent(new PersonErased(id));
        Person person = people.findById(id).orElseThrow(() -> new UserFacingException("people.error.not-found"));
        sessions.endAllSessionsOf(person.getEmail());
        people.findReports(id).forEach(report -> report.setManager(null));
        person.setName("—");
        person.setEmail(Person.erasedEmail(id));
        person.setJobTitle(null);
        person.setTeam(null);
        person.setManager(null);
        person.setRoleProfileId(null);
        person.setPasswordHash(null);
        person.setLocale(null);
        person.setHr(false);
        person.setActive(false);
        person.clearIdentity();
        audit.record("person.erased", "person", id, null);
    }

    /** How many people hold this profile revision. */
    @PreAuthorize("hasRole('HR')")
    @Transactional(readOnly = true)
    public long countHolding(long profileId) {
        return people.countByRoleProfileId(profileId);
    }

    /** The role profile of each of these people that has one. */
    @PreAuthorize("hasRole('HR')")
    @Transactional(readOnly = true)
    public Map<Long, Long> roleProfileIds(Collection<Long> ids) {
        Map<Long, Long> result = new HashMap<>();
        people.findAllById(ids).forEach(p -> {
            if (p.getRoleProfileId() != null) {
                result.put(p.getId(), p.getRoleProfileId());
            }
        });
        return result;
    }

    /** Gives these people a role profile; the caller has checked that the profile exists. */
    @PreAuthorize("hasRole('HR')")
    public int assignRoleProfile(Collection<Long> personIds, long profileId) {
        if (personIds.isEmpty()) {
            return 0;
        }
        int assigned = people.assignRoleProfile(personIds, profileId);
        audit.record("profile.assigned", "role_profile", profileId, assigned + " people: " + personIds.stream()
                .sorted().map(id -> "person " + id).collect(Collectors.joining(", ")));
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

    /** What an update changes, for the audit log: the fields by name, roles and manager with old and new value. */
    private static String changes(Person person, PersonDraft draft) {
        List<String> changed = new ArrayList<>();
        if (!person.getName().equals(draft.name().strip())) {
            changed.add("name");
        }
        if (!person.getEmail().equals(PersonValidator.normaliseEmail(draft.email()))) {
            changed.add("e-mail");
        }
        if (!Objects.equals(person.getJobTitle(), PersonValidator.blankToNull(draft.jobTitle()))) {
            changed.add("job title");
        }
        if (!Objects.equals(person.getTeam(), PersonValidator.blankToNull(draft.team()))) {
            changed.add("team");
        }
        Long manager = person.getManager() == null ? null : person.getManager().getId();
        if (!Objects.equals(manager, draft.managerId())) {
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
        person.setJobTitle(PersonValidator.blankToNull(draft.jobTitle()));
        person.setTeam(PersonValidator.blankToNull(draft.team()));
        person.setManager(draft.managerId() == null ? null : people.getReferenceById(draft.managerId()));
        person.setHr(draft.hr());
        if (draft.newPassword() != null && !draft.newPassword().isEmpty()) {
            person.setPasswordHash(passwordEncoder.encode(draft.newPassword()));
        }
    }

    private static String normalise(@Nullable String filter) {
        return filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
    }
}
