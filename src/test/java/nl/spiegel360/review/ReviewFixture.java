package nl.spiegel360.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.spiegel360.competency.RoleProfileService;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.people.PersonAdministration;
import nl.spiegel360.people.PersonDraft;
import nl.spiegel360.people.PersonSummary;
import nl.spiegel360.test.Login;
import org.springframework.stereotype.Component;

/** A fresh team (a manager and employees on the Klantadviseur profile) and a cycle for them, per test. */
@Component
public class ReviewFixture {

    public static final String PASSWORD = "een-lang-wachtwoord";

    private final PersonAdministration people;
    private final RoleProfileService profiles;
    private final CycleService cycles;
    private final Login login;
    private final NominationService nominations;

    ReviewFixture(PersonAdministration people, RoleProfileService profiles, CycleService cycles, Login login,
            NominationService nominations) {
        this.nominations = nominations;
        this.people = people;
        this.profiles = profiles;
        this.cycles = cycles;
        this.login = login;
    }

    /** What a fixture made: the team's people (manager first) and the cycle. */
    public record Team(String name, PersonSummary manager, List<PersonSummary> employees, long cycleId) {
        public PersonSummary employee(int i) {
            return employees.get(i);
        }
    }

    public Team team(int employees, LocalDate ratingDeadline) {
        login.as(DemoPeople.HR_EMAIL);
        String suffix = Long.toString(System.nanoTime(), 36);
        String team = "Team " + suffix;
        PersonSummary manager = people.create(new PersonDraft("Manager " + suffix, "m-" + suffix + "@example.org",
                "Teamleider", "Leiding " + suffix, null, false, PASSWORD));
        long profileId = profiles.profiles().stream().filter(p -> p.name().equals("Klantadviseur"))
                .findFirst().orElseThrow().id();
        List<PersonSummary> members = new ArrayList<>();
        for (int i = 0; i < employees; i++) {
            members.add(people.create(new PersonDraft("Lid" + i + " " + suffix, "e" + i + "-" + suffix + "@example.org",
                    "Klantadviseur", team, manager.id(), false, PASSWORD)));
        }
        profiles.assignToTeam(profileId, team);
        LocalDate opens = ratingDeadline.minusDays(20);
        long cycleId = cycles.create(CycleDraft.withDefaults("Ronde " + suffix, opens, opens.plusDays(5),
                ratingDeadline)).id();
        cycles.addTeam(cycleId, team);
        login.out();
        return new Team(team, manager, members, cycleId);
    }

    /** The team's manager asks this colleague for feedback on the review; returns the request's id. */
    public long peerRequest(Team team, long reviewId, PersonSummary rater) {
        login.as(team.manager().email());
        try {
            return nominations.nominate(reviewId, rater.id(), nl.spiegel360.aggregation.RaterGroup.PEER)
                    .assignmentId();
        } finally {
            login.out();
        }
    }

    public long reviewOf(Team team, PersonSummary employee) {
        login.as(DemoPeople.HR_EMAIL);
        try {
            return cycles.reviews(team.cycleId()).stream().filter(r -> r.employeeId() == employee.id()).findFirst()
                    .orElseThrow().id();
        } finally {
            login.out();
        }
    }
}
