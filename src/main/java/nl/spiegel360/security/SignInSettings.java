package nl.spiegel360.security;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How people sign in on this installation: with a password (unless switched off) and, where OpenID providers are
 * configured, with their organisation's account. See the README's section on single sign-on.
 */
@Component
public class SignInSettings {

    private final boolean passwords;
    private final boolean createAccounts;
    private final boolean trustEmailClaim;
    private final @Nullable String hrGroup;
    private final String groupsClaim;

    public SignInSettings(@Value("${spiegel360.sign-in.passwords:true}") boolean passwords,
            @Value("${spiegel360.sign-in.oidc.create-accounts:false}") boolean createAccounts,
            @Value("${spiegel360.sign-in.oidc.trust-email-claim:false}") boolean trustEmailClaim,
            @Value("${spiegel360.sign-in.oidc.hr-group:}") String hrGroup,
            @Value("${spiegel360.sign-in.oidc.groups-claim:groups}") String groupsClaim) {
        this.passwords = passwords;
        this.createAccounts = createAccounts;
        this.trustEmailClaim = trustEmailClaim;
        this.hrGroup = hrGroup.isBlank() ? null : hrGroup.strip();
        this.groupsClaim = groupsClaim;
    }

    /** Whether people may sign in with a password; false leaves only the organisation's sign-on. */
    public boolean passwords() {
        return passwords;
    }

    /** Whether a verified identity that matches nobody becomes a new employee account. */
    public boolean createAccounts() {
        return createAccounts;
    }

    /** Whether the e-mail claim counts as verified without an {@code email_verified} claim (Entra ID). */
    public boolean trustEmailClaim() {
        return trustEmailClaim;
    }

    /** The group whose members hold HR, or null when HR is given in Spiegel360 only. */
    public @Nullable String hrGroup() {
        return hrGroup;
    }

    public String groupsClaim() {
        return groupsClaim;
    }
}
