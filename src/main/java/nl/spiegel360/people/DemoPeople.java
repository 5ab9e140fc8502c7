package nl.spiegel360.people;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo organisation: an HR administrator, a manager (who reports to a director) and a team of eight.
 * Loaded only by the demo data runner, which decides whether this installation gets demo data.
 */
@Component
public class DemoPeople {

    /** The password of every demo login; printed in the README. */
    public static final String PASSWORD = "spiegel-demo-2026";
    public static final String TEAM = "Klantenservice";
    public static final String HR_EMAIL = "hr@spiegel360.example";
    public static final String MANAGER_EMAIL = "manager@spiegel360.example";

    private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);

    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoPeople(PersonRepository people, PasswordEncoder passwordEncoder, Clock clock) {
        this.people = people;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Adds the demo people unless they are there already. Returns whether anything was added. */
    @Transactional
    public boolean load() {
        if (people.existsByEmailIgnoreCase(HR_EMAIL)) {
            return false;
        }
        String hash = passwordEncoder.encode(PASSWORD);
        Person hr = person("Hanna de Vries", HR_EMAIL, "HR-adviseur", "P&O", null, hash);
        hr.setHr(true);
        Person director = person("Dirk Janssen", "directeur@spiegel360.example", "Directeur", "Directie", null, hash);
        Person manager = person("Marieke Bakker", MANAGER_EMAIL, "Teamleider Klantenservice", TEAM, director, hash);
        List<String[]> team = List.of(
                new String[] {"Sanne Visser", "sanne@spiegel360.example"},
                new String[] {"Daan Smit", "daan@spiegel360.example"},
                new String[] {"Emma Meijer", "emma@spiegel360.example"},
                new String[] {"Lucas de Boer", "lucas@spiegel360.example"},
                new String[] {"Fleur Mulder", "fleur@spiegel360.example"},
                new String[] {"Thijs de Groot", "thijs@spiegel360.example"},
                new String[] {"Noor Bos", "noor@spiegel360.example"},
                new String[] {"Bram Vos", "bram@spiegel360.example"});
        people.saveAll(List.of(hr, director, manager));
        for (String[] member : team) {
            people.save(person(member[0], member[1], "Klantadviseur", TEAM, manager, hash));
        }
        log.info("Demo people loaded: {} logins, password printed in the README", team.size() + 3);
        return true;
    }

    private Person person(String name, String email, String jobTitle, String team, Person manager, String hash) {
        Person p = new Person(name, email, clock.instant());
        p.setJobTitle(jobTitle);
        p.setTeam(team);
        p.setManager(manager);
        p.setPasswordHash(hash);
        return p;
    }
}
