package nl.spiegel360.people;

import java.util.EnumSet;
import java.util.Set;
import nl.spiegel360.security.Role;
import nl.spiegel360.security.SpiegelUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs people in by e-mail. Everyone is an employee; who has active reports is a manager; HR is a flag. */
@Service
class PersonUserDetailsService implements UserDetailsService, nl.spiegel360.security.AccountLookup {

    private final PersonRepository people;
    private final nl.spiegel360.security.SignInSettings settings;

    PersonUserDetailsService(PersonRepository people, nl.spiegel360.security.SignInSettings settings) {
        this.people = people;
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        if (!settings.passwords()) {
            throw new UsernameNotFoundException("Passwords are switched off");
        }
        // the folded address first, as the throttle and the audit log read it; else as typed (an address stored
        // with accents)
        Person p = people.findByEmailIgnoreCase(nl.spiegel360.base.Folding.fold(email))
                .or(() -> people.findByEmailIgnoreCase(email.strip()))
                .filter(found -> found.getPasswordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
        return user(p);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<SpiegelUser> current(long personId) {
        return people.findById(personId).filter(p -> (p.getPasswordHash() != null || p.getOidcSubject() != null)
                && p.isActive()).map(this::user);
    }

    SpiegelUser user(Person p) {
        Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
        if (people.existsByManagerIdAndActiveTrue(p.getId())) {
            roles.add(Role.MANAGER);
        }
        if (p.isHr()) {
            roles.add(Role.HR);
        }
        return new SpiegelUser(p.getId(), p.getEmail(), p.getName(), p.getPasswordHash(), p.isActive(), roles);
    }
}
