package nl.spiegel360.base;

import org.jspecify.annotations.Nullable;

/** The id the database gave an entity; asking for it before the entity was stored is a programming error. */
public final class StoredId {

    private StoredId() {
    }

    public static long of(@Nullable Long id) {
        if (id == null) {
            throw new IllegalStateException("The entity has not been stored yet");
        }
        return id;
    }
}
