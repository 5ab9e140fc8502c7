package nl.spiegel360.people;

import org.jspecify.annotations.Nullable;

/** What the application shows of a person. */
public record PersonSummary(long id, long version, String name, String email, @Nullable String jobTitle,
        @Nullable String team, @Nullable Long managerId, @Nullable String managerName, boolean hr, boolean active,
        boolean hasPassword, @Nullable Long roleProfileId) {

    static PersonSummary of(Person p) {
        Person m = p.getManager();
        return new PersonSummary(p.getId(), p.getVersion(), p.getName(), p.getEmail(), p.getJobTitle(), p.getTeam(),
                m == null ? null : m.getId(), m == null ? null : m.getName(), p.isHr(), p.isActive(),
                p.getPasswordHash() != null, p.getRoleProfileId());
    }
}
