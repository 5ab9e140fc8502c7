package nl.spiegel360.people;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A new installation without people gets its first HR administrator from {@code SPIEGEL360_ADMIN_EMAIL} and
 * {@code SPIEGEL360_ADMIN_PASSWORD}, so that someone can sign in and add everyone else.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String email;
    private final String password;
    private final nl.spiegel360.base.StartupLock startupLock;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    FirstAdministrator(PersonRepository people, PasswordEncoder passwordEncoder, Clock clock,
            @Value("${spiegel360.admin.email:}") String email, @Value("${spiegel360.admin.password:}") String password,
            nl.spiegel360.base.StartupLock startupLock,
            org.springframework.transaction.PlatformTransactionManager transactionManager) {
        this.startupLock = startupLock;
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.email = email;
        this.password = password;
    }

    /** Creates the administrator once, however many instances start together: under the start-up lock. */
    @Override
    public void run(ApplicationArguments args) {
        if (!email.isBlank()) {
            startupLock.whileHolding(() -> transactions.executeWithoutResult(status -> create()));
        }
    }

    private void create() {
        if (people.count() > 0) {
            return;
        }
        if (password.length() < PersonLimits.PASSWORD_MIN) {
            log.warn("SPIEGEL360_ADMIN_PASSWORD needs at least {} characters; no administrator was created",
                    PersonLimits.PASSWORD_MIN);
            return;
        }
        Person admin = new Person("HR", PersonValidator.normaliseEmail(email), clock.instant());
        admin.setHr(true);
        admin.setPasswordHash(passwordEncoder.encode(password));
        people.save(admin);
        log.info("First HR administrator created: {}", admin.getEmail());
    }
}
