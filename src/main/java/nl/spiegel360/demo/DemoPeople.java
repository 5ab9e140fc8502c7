package nl.spiegel360.demo;

import java.util.List;
import nl.spiegel360.people.PersonAdministration;
import nl.spiegel360.people.PersonDraft;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo organisation: an HR administrator, a manager (who reports to a director) and a team of eight. Added
 * through HR's own administration, with its rules and its audit trail, by the demo data runner only.
 */
@Component
public class DemoPeople {

    /** The password of every demo login; printed in the README. */
    public static final String PASSWORD = "spiegel-demo-2026";
    public static final String TEAM = "Klantenservice";
    public static final String HR_EMAIL = "hr@spiegel360.example";
    public static final String MANAGER_EMAIL = "manager@spiegel360.example";
    public static final String SANNE_EMAIL = "sanne@spiegel360.example";

    private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);
    private static final List<List<String>> TEAM_MEMBERS = List.of(
            List.of("Sanne Visser", SANNE_EMAIL),
            List.of("Daan Smit", "daan@spiegel360.example"),
            List.of("Emma Meijer", "emma@spiegel360.example"),
            List.of("Lucas de Boer", "lucas@spiegel360.example"),
            List.of("Fleur Mulder", "fleur@spiegel360.example"),
            List.of("Thijs de Groot", "thijs@spiegel360.example"),
            List.of("Noor Bos", "noor@spiegel360.example"),
            List.of("Bram Vos", "bram@spiegel360.example"));

    private final PersonAdministration people;

    DemoPeople(PersonAdministration people) {
        this.people = people;
    }

    /**
     * Adds the demo people unless the demo HR account is there already; runs as the system (with HR's rights).
     * Returns whether anything was added.
     */
    boolean load() {
        if (people.count(HR_EMAIL) > 0) {
            return false;
        }
        add("Hanna de Vries", HR_EMAIL, "HR-adviseur", "P&O", null, true);
        long director = add("Dirk Janssen", "directeur@spiegel360.example", "Directeur", "Directie", null, false);
        long manager = add("Marieke Bakker", MANAGER_EMAIL, "Teamleider Klantenservice", TEAM, director, false);
        TEAM_MEMBERS.forEach(m -> add(m.get(0), m.get(1), "Klantadviseur", TEAM, manager, false));
        log.info("Demo people loaded: {} logins, password printed in the README", TEAM_MEMBERS.size() + 3);
        return true;
    }

    private long add(String name, String email, String jobTitle, String team, @Nullable Long managerId,
            boolean hr) {
        return people.create(new PersonDraft(name, email, jobTitle, team, managerId, hr, PASSWORD)).id();
    }
}
