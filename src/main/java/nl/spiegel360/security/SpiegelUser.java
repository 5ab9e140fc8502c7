package nl.spiegel360.security;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user: who they are as a person, and what their account may do. */
public record SpiegelUser(long personId, String email, String displayName, @Nullable String passwordHash, boolean active,
        Set<Role> roles) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    /** Whether this account, as it stands now, gives what the other (a session's) was given at sign-in. */
    public boolean sameRightsAs(SpiegelUser other) {
        return personId == other.personId && email.equalsIgnoreCase(other.email) && active && other.active
                && Objects.equals(passwordHash, other.passwordHash) && roles.equals(other.roles);
    }

    /** The account behind a session's principal: signed in with a password or signed on at a provider. */
    static @Nullable SpiegelUser of(@Nullable Object principal) {
        return principal instanceof SpiegelUser user ? user
                : principal instanceof SignedOnUser signedOn ? signedOn.user() : null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public List<Role> sortedRoles() {
        return roles.stream().sorted().toList();
    }

    /** Keeps the hash out of logs and session dumps. */
    @Override
    public String toString() {
        return "SpiegelUser[" + personId + ", " + email + ", " + roles + "]";
    }
}
