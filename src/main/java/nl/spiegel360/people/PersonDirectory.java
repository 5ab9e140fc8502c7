package nl.spiegel360.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation's directory: what any signed-in colleague may know of the others. */
@Service
@Transactional(readOnly = true)
public class PersonDirectory {

    private final PersonRepository people;

    PersonDirectory(PersonRepository people) {
        this.people = people;
    }

    /** Directory entries of these people, by id. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PersonRefs refs(Collection<Long> ids) {
        Map<Long, PersonRef> result = new HashMap<>();
        people.findAllById(ids).forEach(p -> result.put(p.getId(), PersonRef.of(p)));
        return new PersonRefs(result);
    }

    /** The organisation's directory: every active person. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PersonRef> directory() {
        return people.findAllActive().stream().map(PersonRef::of).toList();
    }

    /** Whether this address belongs to a person with an account, active or not. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean hasAccount(String email) {
        return people.findByEmailIgnoreCase(PersonValidator.normaliseEmail(email)).isPresent();
    }

    /** The person with this address (in any case), active or not; for HR, who adds people by address. */
    @PreAuthorize("hasRole('HR')")
    @Transactional(readOnly = true)
    public java.util.Optional<PersonRef> byEmail(String email) {
        return people.findByEmailIgnoreCase(PersonValidator.normaliseEmail(email)).map(PersonRef::of);
    }

    /** The active people who report to this person. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<PersonRef> reportsOf(long managerId) {
        return people.findReports(managerId).stream().filter(Person::isActive).map(PersonRef::of).toList();
    }
}
