package nl.spiegel360.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed on through their organisation's OpenID provider: the account as Spiegel360 has it (roles are
 * Spiegel360's), with the provider's ID token kept for signing out there too.
 */
public final class SignedOnUser implements OidcUser, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final SpiegelUser user;
    private final OidcIdToken idToken;
    private final @Nullable OidcUserInfo userInfo;

    SignedOnUser(SpiegelUser user, OidcIdToken idToken, @Nullable OidcUserInfo userInfo) {
        this.user = user;
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    public SpiegelUser user() {
        return user;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public @Nullable OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.getAuthorities();
    }

    /** The account's e-mail address, as for a password sign-in: what audit entries and session lookups use. */
    @Override
    public String getName() {
        return user.email();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedOnUser o && o.user.equals(user);
    }

    @Override
    public int hashCode() {
        return user.hashCode();
    }

    @Override
    public String toString() {
        return "SignedOnUser[" + user + "]";
    }
}
