package nl.spiegel360.review;

import static nl.spiegel360.review.CycleServiceTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.demo.DemoPeople;
import nl.spiegel360.test.IntegrationTest;
import nl.spiegel360.test.Login;
import nl.spiegel360.test.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class NominationServiceTest {

    @Autowired
    CycleService cycles;

    @Autowired
    NominationService nominations;

    @Autowired
    nl.spiegel360.review.NominationReads nominationReads;

    @Autowired
    QuestionnaireService questionnaires;

    @Autowired
    RaterRequests requests;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    Login login;

    private ReviewFixture.Team team;
    private long reviewId;

    @BeforeEach
    void launch() {
        team = fixture.team(6, TestClock.today().plusDays(10));
        login.as(DemoPeople.HR_EMAIL);
        cycles.advance(team.cycleId(), CycleState.NOMINATION);
        reviewId = fixture.reviewOf(team, team.employee(0));
    }

    @AfterEach
    void signOut() {
        login.out();
    }

    @Test
    void several_colleagues_are_nominated_at_once_or_none_and_the_manager_approves_all() {
        login.as(team.employee(0).email());
        assertRefused(() -> nominations.nominateAll(reviewId, List.of(team.employee(1).id(), team.employee(0).id(),
                team.employee(2).id()), RaterGroup.PEER), "nomination.error.for");
        assertThat(nominationReads.nomination(reviewId).raters()).as("nothing half-nominated")
                .noneMatch(r -> r.group() == RaterGroup.PEER);
        var added = nominations.nominateAll(reviewId, List.of(team.employee(1).id(), team.employee(2).id(),
                team.employee(3).id()), RaterGroup.PEER);
        assertThat(added).hasSize(3).allMatch(a -> a.status() == AssignmentStatus.PROPOSED);
        assertRefused(() -> nominations.approveAll(reviewId), "common.not-found");

        login.as(team.manager().email());
        assertThat(nominations.approveAll(reviewId)).isEqualTo(3);
        assertThat(nominationReads.nomination(reviewId).raters()).filteredOn(r -> r.group() == RaterGroup.PEER)
                .hasSize(3).allMatch(r -> r.status() == AssignmentStatus.NOT_STARTED);
        assertThat(nominations.approveAll(reviewId)).as("nothing left").isZero();
    }

    @Test
    void the_employee_proposes_and_the_manager_approves() {
        login.as(team.employee(0).email());
        var line = nominations.nominate(reviewId, team.employee(1).id(), RaterGroup.PEER);
        assertThat(line.status()).isEqualTo(AssignmentStatus.PROPOSED);
        login.as(team.employee(1).email());
        assertThat(requests.myRequests()).noneMatch(r -> r.reviewId() == reviewId);

        login.as(team.manager().email());
        nominations.approve(line.assignmentId());
        login.as(team.employee(1).email());
        assertThat(requests.myRequests()).anyMatch(r -> r.reviewId() == reviewId
                && r.status() == AssignmentStatus.NOT_STARTED);
    }

    @Test
    void nobody_rates_themselves_as_a_peer_nor_appears_twice() {
        login.as(team.employee(0).email());
        assertRefused(() -> nominations.nominate(reviewId, team.employee(0).id(), RaterGroup.PEER),
                "nomination.error.self");
        nominations.nominate(reviewId, team.employee(2).id(), RaterGroup.PEER);
        assertRefused(() -> nominations.nominate(reviewId, team.employee(2).id(), RaterGroup.OTHER),
                "nomination.error.duplicate");
        assertRefused(() -> nominations.nominate(reviewId, team.manager().id(), RaterGroup.PEER),
                "nomination.error.duplicate");
        assertRefused(() -> nominations.nominate(reviewId, team.employee(3).id(), RaterGroup.MANAGER),
                "nomination.error.group");
    }

    @Test
    void the_maximum_number_of_peers_is_enforced() {
        login.as(DemoPeople.HR_EMAIL);
        var summary = cycles.cycle(team.cycleId());
        login.as(team.manager().email());
        for (int i = 1; i <= 5; i++) {
            nominations.nominate(reviewId, team.employee(i).id(), RaterGroup.PEER);
        }
        assertThat(nominationReads.nomination(reviewId).peersCounted()).isEqualTo(5);
        assertThat(summary.peersMax()).isEqualTo(8);
        login.as(DemoPeople.HR_EMAIL);
        var extra = nominationReads.candidates(reviewId).stream().limit(3).toList();
        for (var c : extra) {
            nominations.nominate(reviewId, c.personId(), RaterGroup.PEER);
        }
        var one = nominationReads.candidates(reviewId).getFirst();
        assertRefused(() -> nominations.nominate(reviewId, one.personId(), RaterGroup.PEER), "nomination.error.max");
    }

    @Test
    void a_rater_with_too_many_requests_cannot_be_nominated_by_the_employee() {
        var big = fixture.team(8, TestClock.today().plusDays(10));
        login.as(DemoPeople.HR_EMAIL);
        cycles.advance(big.cycleId(), CycleState.NOMINATION);
        long target = big.employee(7).id();
        var others = java.util.stream.IntStream.rangeClosed(1, 6)
                .mapToObj(i -> fixture.reviewOf(big, big.employee(i))).toList();
        long own = fixture.reviewOf(big, big.employee(0));
        login.as(big.manager().email());
        others.forEach(r -> nominations.nominate(r, target, RaterGroup.PEER));
        login.as(big.employee(0).email());
        assertThat(nominationReads.candidates(own).stream().filter(c -> c.personId() == target).findFirst()
                .orElseThrow().requestsInCycle()).isEqualTo(6);
        assertRefused(() -> nominations.nominate(own, target, RaterGroup.PEER), "nomination.error.fatigue");
    }

    @Test
    void a_declined_request_lets_the_employee_nominate_someone_else() {
        login.as(team.manager().email());
        var line = nominations.nominate(reviewId, team.employee(1).id(), RaterGroup.PEER);
        login.as(team.employee(1).email());
        assertRefused(() -> requests.decline(line.assignmentId(), " "), "questionnaire.error.reason-required");
        assertRefused(() -> requests.decline(line.assignmentId(), "x".repeat(ReviewLimits.REASON_MAX + 1)),
                "questionnaire.error.reason-too-long");
        requests.decline(line.assignmentId(), "Te weinig samengewerkt");
        login.as(team.employee(0).email());
        var nomination = nominationReads.nomination(reviewId);
        assertThat(nomination.raters()).anyMatch(r -> r.status() == AssignmentStatus.DECLINED
                && "Te weinig samengewerkt".equals(r.declineReason()));
        assertThat(nomination.peersCounted()).isZero();
        var replacement = nominations.nominate(reviewId, team.employee(2).id(), RaterGroup.PEER);
        assertThat(replacement.status()).isEqualTo(AssignmentStatus.PROPOSED);
    }

    @Test
    void someone_outside_the_review_gets_not_found() {
        login.as(team.employee(3).email());
        assertRefused(() -> nominationReads.nomination(reviewId), "common.not-found");
        assertRefused(() -> nominations.nominate(reviewId, team.employee(4).id(), RaterGroup.PEER), "common.not-found");
        login.as(DemoPeople.MANAGER_EMAIL);
        assertRefused(() -> nominationReads.nomination(reviewId), "common.not-found");
    }
}
