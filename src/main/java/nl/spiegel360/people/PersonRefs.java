package nl.spiegel360.people;

import java.util.Collection;
import java.util.Map;

/** Directory entries looked up by id, for people whose ids the caller holds from its own records. */
public record PersonRefs(Map<Long, PersonRef> byId) {

    public PersonRefs {
        byId = Map.copyOf(byId);
    }

    /** The entry of a person the caller's records refer to; people are never deleted, only erased. */
    public PersonRef get(long id) {
        PersonRef ref = byId.get(id);
        if (ref == null) {
            throw new IllegalStateException("No person " + id);
        }
        return ref;
    }

    public Collection<PersonRef> all() {
        return byId.values();
    }
}
