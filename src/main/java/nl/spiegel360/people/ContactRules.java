package nl.spiegel360.people;

import org.jspecify.annotations.Nullable;

/** The rules of a name and an address, for somebody without an account too (an external rater). */
public final class ContactRules {

    private ContactRules() {
    }

    /** The translation key of the first problem with this name and address, by a person's rules; null when fine. */
    public static @Nullable String problem(String name, String email) {
        return PersonValidator.fieldProblem(name, email, null, null);
    }
}
