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
        if (auth != null && auth.getPrincipal() instanceof SpiegelUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public SpiegelUser require() {
        return find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
