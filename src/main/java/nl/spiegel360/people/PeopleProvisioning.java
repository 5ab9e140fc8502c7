package nl.spiegel360.people;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.security.SessionTerminator;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People as an organisation's provisioning (SCIM) keeps them: joiners, movers and leavers. Its changes are checked
 * as HR's are and recorded in the audit log under the provisioning client's name. Deactivation ends every session.
 */
@Service
@Transactional
public class PeopleProvisioning {

    /** A person as provisioning sees them. */
    public record Provisioned(long id, String email, String name, @Nullable String jobTitle, @Nullable String team,
            @Nullable Long managerId, boolean active, @Nullable String externalId, Instant created, long version) {
    }

    /** What provisioning sets for a person. */
    public record ProvisionedDraft(String email, String name, @Nullable String jobTitle, @Nullable String team,
            @Nullable Long managerId, boolean active, @Nullable String externalId) {
    }

    /** One page of people, and how many match in all. */
    public record Page(long total, List<Provisioned> people) {
    }

    private final PersonRepository people;
    private final PersonValidator validator;
    private final SessionTerminator sessions;
    private final AuditLog audit;
    private final Clock clock;

    PeopleProvisioning(PersonRepository people, SessionTerminator sessions, AuditLog audit, Clock clock) {
        this.people = people;
        this.validator = new PersonValidator(people);
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('PROVISIONING')")
    @Transactional(readOnly = true)
    public Optional<Provisioned> find(long id) {
        return people.findById(id).filter(p -> !erased(p)).map(PeopleProvisioning::view);
    }

    /** People in id order, filtered by e-mail address or external id (case-insensitive) when given. */
    @PreAuthorize("hasRole('PROVISIONING')")
    @Transactional(readOnly = true)
    public Page list(@Nullable String email, @Nullable String externalId, int offset, int count) {
        String e = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
        String x = externalId == null ? "" : externalId.strip();
        long total = people.countProvisioned(e, x);
        List<Provisioned> page = count <= 0 ? List.of() : people.findProvisioned(e, x,
                new OffsetPage(offset, count)).stream().map(PeopleProvisioning::view).toList();
        return new Page(total, page);
    }

    @PreAuthorize("hasRole('PROVISIONING')")
    @Transactional(readOnly = true)
    public long countActive() {
        return people.countByActiveTrue();
    }

    /** Whether the person holds HR's rights: provisioning never deactivates such an account on its own. */
    @PreAuthorize("hasRole('PROVISIONING')")
    @Transactional(readOnly = true)
    public boolean isHr(long id) {
        return people.findById(id).map(Person::isHr).orElse(false);
    }

    @PreAuthorize("hasRole('PROVISIONING')")
    public Provisioned create(ProvisionedDraft draft) {
        validator.check(personDraft(draft, false), null);
        Person person = new Person(draft.name().strip(), PersonValidator.normaliseEmail(draft.email()),
                clock.instant());
        apply(draft, person);
        person.setActive(draft.active());
        Person saved = people.saveAndFlush(person);
        audit.record("person.created", "person", saved.getId(), "provisioned");
        return view(saved);
    }

    /**
     * Replaces what provisioning keeps of the person (not HR's flag, password or role profile); {@code active}
     * false deactivates and ends the person's sessions.
     */
    @PreAuthorize("hasRole('PROVISIONING')")
    public Provisioned update(long id, ProvisionedDraft draft) {
        Person person = people.findById(id).filter(p -> !erased(p))
                .orElseThrow(() -> new UserFacingException("people.error.not-found"));
        validator.check(personDraft(draft, person.isHr()), id);
        String before = PersonValidator.normaliseEmail(person.getEmail());
        person.setName(draft.name().strip());
        person.setEmail(PersonValidator.normaliseEmail(draft.email()));
        apply(draft, person);
        audit.record("person.updated", "person", id, "provisioned");
        if (person.isActive() && !draft.active()) {
            person.setActive(false);
            sessions.endAllSessionsOf(before);
            audit.record("person.deactivated", "person", id, "provisioned");
        } else if (!person.isActive() && draft.active()) {
            person.setActive(true);
            audit.record("person.reactivated", "person", id, "provisioned");
        }
        return view(people.saveAndFlush(person));
    }

    private void apply(ProvisionedDraft draft, Person person) {
        person.setJobTitle(PersonValidator.blankToNull(draft.jobTitle()));
        person.setTeam(PersonValidator.blankToNull(draft.team()));
        person.setManager(draft.managerId() == null ? null : people.getReferenceById(draft.managerId()));
        person.setExternalId(PersonValidator.blankToNull(draft.externalId()));
    }

    private static PersonDraft personDraft(ProvisionedDraft draft, boolean hr) {
        return new PersonDraft(draft.name(), draft.email(), draft.jobTitle(), draft.team(), draft.managerId(), hr,
                null);
    }

    private static boolean erased(Person p) {
        return p.isErased();
    }

    private static Provisioned view(Person p) {
        return new Provisioned(p.getId(), p.getEmail(), p.getName(), p.getJobTitle(), p.getTeam(),
                p.getManager() == null ? null : p.getManager().getId(), p.isActive(), p.getExternalId(),
                p.getCreatedAt(), p.getVersion());
    }

    /** A page by offset (SCIM counts from an index, not in pages). */
    private static final class OffsetPage extends PageRequest {

        private final long offset;

        OffsetPage(int offset, int count) {
            super(0, count, org.springframework.data.domain.Sort.unsorted());
            this.offset = offset;
        }

        @Override
        public long getOffset() {
            return offset;
        }
    }
}
