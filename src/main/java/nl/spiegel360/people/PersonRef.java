package nl.spiegel360.people;

import org.jspecify.annotations.Nullable;

/** What any colleague may know of a person: the organisation's directory entry. */
public record PersonRef(long id, String name, String email, @Nullable String jobTitle, @Nullable String team,
        @Nullable Long managerId, boolean active, String locale) {

    /** Whether the person was erased: the record is an anonymous placeholder. */
    public boolean erased() {
        return Person.isErasedAddress(email);
    }

    static PersonRef of(Person p) {
        Person m = p.getManager();
        return new PersonRef(p.getId(), p.getName(), p.getEmail(), p.getJobTitle(), p.getTeam(),
                m == null ? null : m.getId(), p.isActive(), p.getLocale() == null ? "nl" : p.getLocale());
    }
}
