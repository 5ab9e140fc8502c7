package nl.spiegel360.people;

import static org.assertj.core.api.Assertions.assertThat;

import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class PersonRepositoryTest {

    @Autowired
    PersonRepository people;

    @Test
    void search_matches_name_email_team_and_job_title_case_insensitively() {
        Person p = new Person("Zoë Zoekmans", "zoe-" + System.nanoTime() + "@example.org", TestClock.now());
        p.setTeam("Zoekteam-Alfa");
        p.setJobTitle("Speurder");
        people.saveAndFlush(p);
        assertThat(people.search("zoë zoek", PageRequest.of(0, 10))).extracting(Person::getId).containsExactly(p.getId());
        assertThat(people.search("zoekteam-alfa", PageRequest.of(0, 10))).hasSize(1);
        assertThat(people.search("speurder", PageRequest.of(0, 10))).hasSize(1);
        assertThat(people.countSearch("zoekteam-alfa")).isEqualTo(1);
    }

    @Test
    void a_manager_is_recognised_by_active_reports() {
        Person manager = people.findByEmailIgnoreCase(DemoPeople.MANAGER_EMAIL).orElseThrow();
        assertThat(people.findReports(manager.getId())).hasSizeGreaterThanOrEqualTo(7);
        assertThat(people.existsByManagerIdAndActiveTrue(manager.getId())).isTrue();
        Person employee = people.findByEmailIgnoreCase("bram@spiegel360.example").orElseThrow();
        assertThat(people.existsByManagerIdAndActiveTrue(employee.getId())).isFalse();
    }

    @Test
    void the_database_refuses_a_second_account_with_the_same_email() {
        people.saveAndFlush(new Person("Een", "dubbel-" + 1 + "@example.org", TestClock.now()));
        org.junit.jupiter.api.Assertions.assertThrows(DataIntegrityViolationException.class,
                () -> people.saveAndFlush(new Person("Twee", "dubbel-" + 1 + "@example.org", TestClock.now())));
    }
}
