package nl.spiegel360.people;

import java.time.Clock;
import java.util.Optional;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.security.ExternalSignIn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-on with an organisation's OpenID provider, matched with people's accounts. */
@Service
class ExternalAccounts implements ExternalSignIn {

    private final PersonRepository people;
    private final PersonUserDetailsService accounts;
    private final AuditLog audit;
    private final Clock clock;

    ExternalAccounts(PersonRepository people, PersonUserDetailsService accounts, AuditLog audit, Clock clock) {
        this.people = people;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Open to everyone: the caller is the sign-on itself, after it verified the provider's ID token. */
    @Override
    @Transactional
    @org.springframework.security.access.prepost.PreAuthorize("permitAll()")
    public Result signOn(Identity identity, boolean createAccounts) {
        Optional<Person> linked = people.findByIdentity(identity.issuer(), identity.subject());
        Person person = linked.orElse(null);
        String email = identity.email() == null ? null : PersonValidator.normaliseEmail(identity.email());
        if (person == null && email != null && identity.emailVerified()) {
            person = people.findByEmailIgnoreCase(email).orElse(null);
            if (person != null) {
                if (person.getOidcSubject() != null && identity.issuer().equals(person.getOidcIssuer())) {
                    audit.recordSeparately(email, "sign-on.refused", "linked to another identity of "
                            + identity.issuer());
                    return new Refused(Refusal.LINKED_ELSEWHERE);
                }
                // the first provider that vouches for the address is remembered; another provider may sign the
                // person on by verified address too, without taking the link over
                if (person.isActive() && person.getOidcSubject() == null) {
                    person.linkIdentity(identity.issuer(), identity.subject());
                    audit.recordSeparately(person.getEmail(), "sign-on.linked", identity.issuer());
                }
            } else if (createAccounts && identity.name() != null && !identity.name().isBlank()) {
                person = new Person(identity.name().strip(), email, clock.instant());
                person.linkIdentity(identity.issuer(), identity.subject());
                person = people.save(person);
                audit.recordSeparately(email, "sign-on.account-created", identity.issuer());
            }
        }
        if (person == null) {
            audit.recordSeparately(email == null ? identity.subject() : email, "sign-on.refused", "unknown at "
                    + identity.issuer());
            return new Refused(Refusal.UNKNOWN);
        }
        if (!person.isActive()) {
            audit.recordSeparately(person.getEmail(), "sign-on.refused", "deactivated");
            return new Refused(Refusal.DEACTIVATED);
        }
        if (identity.hr() != null && person.isHr() != identity.hr()) {
            person.setHr(identity.hr());
            audit.recordSeparately(person.getEmail(), identity.hr() ? "sign-on.hr-granted" : "sign-on.hr-withdrawn",
                    "group membership at " + identity.issuer());
        }
        return new SignedOn(accounts.user(person));
    }
}
