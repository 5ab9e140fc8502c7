package nl.spiegel360.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user of the current request, for services that check ownership. */
@Component
public class CurrentUser {

    public Optional<SpiegelUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null) {
            return Optional.ofNullable(SpiegelUser.of(auth.getPrincipal()));
        }
        return Optional.empty();
    }

    /** Whether the current caller holds the role: a signed-in user, or the system running a task (as HR). */
    public boolean has(Role role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && auth.getAuthorities().stream()
                .anyMatch(a -> role.authority().equals(a.getAuthority()));
    }

    public SpiegelUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
