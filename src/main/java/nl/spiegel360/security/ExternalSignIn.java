package nl.spiegel360.security;

import org.jspecify.annotations.Nullable;

/**
 * Matches an identity an OpenID provider vouches for with a person's account. Implemented by the feature that owns
 * people, so that sign-in does not know how people are stored.
 */
public interface ExternalSignIn {

    /**
     * What the provider said about the user: its issuer and stable subject, the e-mail address and whether the
     * provider verified it, the name, and whether the user is in the installation's HR group (null when HR is not
     * given by a group).
     */
    record Identity(String issuer, String subject, @Nullable String email, boolean emailVerified,
            @Nullable String name, @Nullable Boolean hr) {
    }

    /** Why a sign-on was refused; the login page says it in the user's language. */
    enum Refusal {
        /** No person has this identity or its verified e-mail address, and accounts are not created on sign-on. */
        UNKNOWN,
        /** The person's account is deactivated. */
        DEACTIVATED,
        /** The e-mail address belongs to a person already linked to another identity of this provider. */
        LINKED_ELSEWHERE
    }

    /** The outcome: the account signed on, or the refusal. */
    sealed interface Result {
    }

    record SignedOn(SpiegelUser user) implements Result {
    }

    record Refused(Refusal reason) implements Result {
    }

    /**
     * Finds the person by the stored identity, else by verified e-mail (then stores the identity), else creates
     * one when {@code createAccounts}; refuses a deactivated person. Where {@code identity.hr()} is given, the
     * person's HR role follows it.
     */
    Result signOn(Identity identity, boolean createAccounts);
}
