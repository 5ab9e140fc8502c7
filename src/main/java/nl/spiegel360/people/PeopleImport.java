package nl.spiegel360.people;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.base.UserFacingException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** HR adds many people at once from a CSV file: all of them or none. */
@Service
@Transactional
public class PeopleImport {

    private final PersonRepository people;
    private final Clock clock;
    private final AuditLog audit;

    PeopleImport(PersonRepository people, Clock clock, AuditLog audit) {
        this.people = people;
        this.clock = clock;
        this.audit = audit;
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
        Map<String, Person> added = new HashMap<>();
        for (PersonImportPreview.Row row : preview.rows()) {
            Person person = new Person(row.name(), PersonValidator.normaliseEmail(row.email()), clock.instant());
            person.setJobTitle(row.jobTitle());
            person.setTeam(row.team());
            added.put(person.getEmail(), person);
        }
        for (PersonImportPreview.Row row : preview.rows()) {
            if (row.managerEmail() != null) {
                String managerEmail = PersonValidator.normaliseEmail(row.managerEmail());
                Person manager = added.containsKey(managerEmail) ? added.get(managerEmail)
                        : people.findByEmailIgnoreCase(managerEmail).orElseThrow();
                Objects.requireNonNull(added.get(PersonValidator.normaliseEmail(row.email()))).setManager(manager);
            }
        }
        people.saveAll(added.values());
        audit.record("people.imported", "person", null, added.size() + " people");
        return added.size();
    }
}
