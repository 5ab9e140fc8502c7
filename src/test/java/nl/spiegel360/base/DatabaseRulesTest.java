package nl.spiegel360.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.spiegel360.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The database refuses rows that break the product's rules, whoever writes them. */
@IntegrationTest
class DatabaseRulesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_score_below_the_scale_a_state_it_does_not_know_and_dates_out_of_order_are_refused() {
        long rating = jdbc.queryForObject("select min(id) from rating", Long.class);
        assertThatThrownBy(() -> jdbc.update("update rating set score = 0 where id = ?", rating))
                .isInstanceOf(DataIntegrityViolationException.class);
        long cycle = jdbc.queryForObject("select min(id) from review_cycle", Long.class);
        assertThatThrownBy(() -> jdbc.update("update review_cycle set state = 'REOPENED' where id = ?", cycle))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("update review_cycle set rating_deadline = opens_on - 1 where id = ?",
                cycle)).isInstanceOf(DataIntegrityViolationException.class);
        long assignment = jdbc.queryForObject("select min(id) from rater_assignment", Long.class);
        assertThatThrownBy(() -> jdbc.update("update rater_assignment set status = 'MAYBE' where id = ?",
                assignment)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_score_above_the_scale_of_its_cycle_is_refused_and_one_on_it_is_kept() {
        long rating = jdbc.queryForObject("select min(r.id) from rating r join rater_assignment a on a.id ="
                + " r.assignment_id join review v on v.id = a.review_id join review_cycle c on c.id = v.cycle_id"
                + " where c.settings not like '%scaleMax%'", Long.class);
        assertThatThrownBy(() -> jdbc.update("update rating set score = 9 where id = ?", rating))
                .as("9 on the 4-point scale").isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("update rating set score = 5 where id = ?", rating))
                .isInstanceOf(DataIntegrityViolationException.class);
        Integer score = jdbc.queryForObject("select score from rating where id = ?", Integer.class, rating);
        assertThat(jdbc.update("update rating set score = 4 where id = ?", rating)).isOne();
        jdbc.update("update rating set score = ? where id = ?", score, rating);
    }

    @Test
    void two_accounts_whose_e_mail_differs_only_in_case_are_refused_and_sign_in_finds_by_the_index() {
        String email = jdbc.queryForObject("select email from person where hr order by id limit 1", String.class);
        assertThatThrownBy(() -> jdbc.update("update person set email = ? where id = (select max(id) from person)",
                email.toUpperCase(java.util.Locale.ROOT))).isInstanceOf(DataIntegrityViolationException.class);
        String plan = jdbc.execute((java.sql.Connection c) -> {
            try (var s = c.createStatement()) {
                s.execute("set enable_seqscan = off");
                StringBuilder lines = new StringBuilder();
                try (var rs = s.executeQuery("explain select * from person where lower(email) = "
                        + "lower('HR@spiegel360.example')")) {
                    while (rs.next()) {
                        lines.append(rs.getString(1)).append('\n');
                    }
                }
                s.execute("set enable_seqscan = on");
                return lines.toString();
            }
        });
        assertThat(plan).contains("person_email_lower_unique");
    }

    @Test
    void instants_are_stored_with_their_time_zone() {
        assertThat(jdbc.queryForList("select table_name || '.' || column_name from information_schema.columns "
                + "where table_schema = 'public' and data_type = 'timestamp without time zone'", String.class))
                .filteredOn(c -> !c.startsWith("scheduled_tasks.") && !c.startsWith("flyway_schema_history.")).isEmpty();
    }
}
