package nl.spiegel360.security;

import java.util.Optional;

/** The account of a person as it stands in the database now: what a session's rights are checked against. */
public interface AccountLookup {

    /** The person's account now, or empty when it no longer exists or cannot sign in. */
    Optional<SpiegelUser> current(long personId);
}
