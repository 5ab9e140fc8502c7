package nl.spiegel360.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.competency.RoleProfileService;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.people.PersonAdministration;
import nl.spiegel360.people.PersonDraft;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import nl.spiegel360.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class CycleServiceTest {

    @Autowired
    CycleClosings closings;

    @Autowired
    CycleService cycles;

    @Autowired
    NominationReads nominations;

    @Autowired
    RoleProfileService profiles;

    @Autowired
    PersonAdministration people;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    Login login;

    @AfterEach
    void signOut() {
        login.out();
    }

    @Test
    void a_cycle_moves_forward_one_state_at_a_time_and_never_back() {
        var team = fixture.team(2, TestClock.today().plusDays(10));
        login.as(DemoPeople.HR_EMAIL);
        assertRefused(() -> cycles.advance(team.cycleId(), CycleState.RATING), "cycle.error.transition");
        assertRefused(() -> cycles.advance(team.cycleId(), CycleState.CLOSED), "cycle.error.transition");
        assertThat(cycles.advance(team.cycleId(), CycleState.NOMINATION).state()).isEqualTo(CycleState.NOMINATION);
        assertRefused(() -> cycles.advance(team.cycleId(), CycleState.DRAFT), "cycle.error.transition");
        assertRefused(() -> cycles.advance(team.cycleId(), CycleState.NOMINATION), "cycle.error.transition");
        assertThat(cycles.advance(team.cycleId(), CycleState.RATING).state()).isEqualTo(CycleState.RATING);
        assertThat(cycles.advance(team.cycleId(), CycleState.CLOSED).state()).isEqualTo(CycleState.CLOSED);
        closings.finish(team.cycleId(), 0);
        assertRefused(() -> cycles.advance(team.cycleId(), CycleState.RATING), "cycle.error.transition");
    }

    @Test
    void launching_freezes_the_profile_and_asks_self_and_manager() {
        var team = fixture.team(2, TestClock.today().plusDays(10));
        login.as(DemoPeople.HR_EMAIL);
        cycles.advance(team.cycleId(), CycleState.NOMINATION);
        long reviewId = cycles.reviews(team.cycleId()).getFirst().id();
        var raters = nominations.nomination(reviewId).raters();
        assertThat(raters).extracting(r -> r.group()).containsExactlyInAnyOrder(RaterGroup.SELF, RaterGroup.MANAGER);
        long profileId = cycles.reviews(team.cycleId()).getFirst().profileId();
        assertThat(profiles.profiles().stream().filter(p -> p.id() == profileId).findFirst().orElseThrow().frozen())
                .isTrue();
    }

    @Test
    void hr_adds_an_employee_to_a_running_cycle_whose_review_starts_at_once() {
        var team = fixture.team(1, TestClock.today().plusDays(10));
        login.as(DemoPeople.HR_EMAIL);
        cycles.advance(team.cycleId(), CycleState.NOMINATION);
        var late = people.create(new PersonDraft("Laatkomer", "laat-" + System.nanoTime() + "@example.org",
                "Klantadviseur", team.name(), team.manager().id(), false, null));
        assertRefused(() -> cycles.addEmployees(team.cycleId(), java.util.List.of(late.id())), "cycle.error.no-profile");
        profiles.assignToTeam(cycles.reviews(team.cycleId()).getFirst().profileId(), team.name());
        assertThat(cycles.addEmployees(team.cycleId(), java.util.List.of(late.id()))).isEqualTo(1);
        long reviewId = cycles.reviews(team.cycleId()).stream().filter(r -> r.employeeId() == late.id())
                .findFirst().orElseThrow().id();
        assertThat(nominations.nomination(reviewId).raters()).hasSize(2);
    }

    @Test
    void a_cycle_with_dates_out_of_order_or_unknown_settings_is_refused() {
        login.as(DemoPeople.HR_EMAIL);
        LocalDate today = TestClock.today();
        assertRefused(() -> cycles.create(CycleDraft.withDefaults("Verkeerd", today, today.minusDays(1),
                today.plusDays(3))), "cycle.error.dates");
        var bad = new CycleDraft("Instellingen", today, today.plusDays(1), today.plusDays(2), 3, 8, false, 6, 3,
                "{\"treshold\": 2.5}", CycleDraft.DEFAULT_PULSE_WEEKS);
        assertRefused(() -> cycles.create(bad), "cycle.error.settings");
    }

    @Test
    void only_hr_runs_cycles() {
        login.as(DemoPeople.MANAGER_EMAIL);
        assertThatThrownBy(() -> cycles.cycles()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cycles.advance(1, CycleState.NOMINATION)).isInstanceOf(AccessDeniedException.class);
    }

    static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo(key);
    }
}
