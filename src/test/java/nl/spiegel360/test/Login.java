package nl.spiegel360.test;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Signs a test in as a real account, with the roles the application derives for it. */
@Component
public class Login {

    private final UserDetailsService users;

    Login(UserDetailsService users) {
        this.users = users;
    }

    public UserDetails as(String email) {
        UserDetails user = users.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return user;
    }

    public void out() {
        SecurityContextHolder.clearContext();
    }
}
