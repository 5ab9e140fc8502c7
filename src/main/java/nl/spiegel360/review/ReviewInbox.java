package nl.spiegel360.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.people.PersonDirectory;
import nl.spiegel360.people.PersonRefs;
import nl.spiegel360.review.ReviewReadModels.RequestSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What waits for the signed-in user in reviews, each item one click from its task: questionnaires to answer; for an
 * employee, peers to nominate; for a manager, nominations to approve, reviews that may be closed and reports to
 * calibrate and release; for HR, the running cycles with their progress and the requests still open.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ReviewInbox {

    /** The review tasks of one person; every list is empty when nothing waits. */
    public record Inbox(List<RequestSummary> questionnaires, List<NominationTask> toNominate,
            List<ReviewTask> toApprove, List<ReviewTask> toClose, List<ReviewTask> toRelease, List<CycleTask> cycles) {

        public int size() {
            return questionnaires.size() + toNominate.size() + toApprove.size() + toClose.size() + toRelease.size()
                    + cycles.size();
        }
    }

    /** The employee's own review that still needs peers: how many are nominated of the minimum, and by when. */
    public record NominationTask(long reviewId, String cycleName, LocalDate deadline, long peers, int peersMin) {
    }

    /** A review of one of the manager's reports that needs them; {@code count}: nominations waiting, where relevant. */
    public record ReviewTask(long reviewId, String employeeName, String cycleName, long count, LocalDate deadline) {
    }

    /** A running cycle for HR: requests submitted of asked, and how many are still open. */
    public record CycleTask(long cycleId, String name, CycleState state, LocalDate deadline, long submitted,
            long asked, long open) {
    }

    private final RaterRequests requests;
    private final ReviewRepository reviews;
    private final ReviewCycleRepository cycles;
    private final RaterAssignmentRepository assignments;
    private final ReviewClosing closing;
    private final PersonDirectory people;
    private final ReviewAccess access;

    ReviewInbox(RaterRequests requests, ReviewRepository reviews, ReviewCycleRepository cycles,
            RaterAssignmentRepository assignments, ReviewClosing closing, PersonDirectory people,
            ReviewAccess access) {
        this.requests = requests;
        this.reviews = reviews;
        this.cycles = cycles;
        this.assignments = assignments;
        this.closing = closing;
        this.people = people;
        this.access = access;
    }

    public Inbox inbox() {
        long me = access.user().personId();
        List<RequestSummary> questionnaires = requests.myRequests().stream()
                .filter(r -> r.editable() && r.status().open()).toList();
        List<NominationTask> toNominate = new ArrayList<>();
        for (Review review : reviews.findByEmployee(me)) {
            ReviewCycle cycle = review.getCycle();
            if (cycle.getState() == CycleState.NOMINATION && review.isCollecting()) {
                long peers = assignments.findByReview(review.getId()).stream().filter(a -> a.getGroup() == RaterGroup.PEER
                        && a.getStatus() != AssignmentStatus.DECLINED).count();
                if (peers < cycle.getPeersMin()) {
                    toNominate.add(new NominationTask(review.getId(), cycle.getName(), cycle.getNominationDeadline(),
                            peers, cycle.getPeersMin()));
                }
            }
        }
        List<Review> managed = reviews.findByManager(me);
        PersonRefs refs = people.refs(managed.stream().map(Review::getEmployeeId).toList());
        List<ReviewTask> toApprove = new ArrayList<>();
        List<ReviewTask> toClose = new ArrayList<>();
        List<ReviewTask> toRelease = new ArrayList<>();
        for (Review review : managed) {
            ReviewCycle cycle = review.getCycle();
            String name = refs.get(review.getEmployeeId()).name();
            if (review.isCollecting()) {
                long proposed = assignments.findByReview(review.getId()).stream()
                        .filter(a -> a.getStatus() == AssignmentStatus.PROPOSED).count();
                if (proposed > 0) {
                    toApprove.add(new ReviewTask(review.getId(), name, cycle.getName(), proposed,
                            cycle.getNominationDeadline()));
                }
                if (closing.readiness(review.getId()).canClose()) {
                    toClose.add(new ReviewTask(review.getId(), name, cycle.getName(), 0, cycle.getRatingDeadline()));
                }
            } else if (review.getReleasedAt() == null) {
                toRelease.add(new ReviewTask(review.getId(), name, cycle.getName(), 0, cycle.getRatingDeadline()));
            }
        }
        return new Inbox(questionnaires, toNominate, toApprove, toClose, toRelease,
                access.isHr() ? runningCycles() : List.of());
    }

    private List<CycleTask> runningCycles() {
        List<ReviewCycle> running = cycles.findByStates(EnumSet.of(CycleState.NOMINATION, CycleState.RATING));
        Map<Long, Map<AssignmentStatus, Long>> counts = new HashMap<>();
        if (!running.isEmpty()) {
            for (Object[] row : assignments.countByCycleAndStatus(running.stream().map(ReviewCycle::getId).toList())) {
                counts.computeIfAbsent((Long) row[0], k -> new HashMap<>()).put((AssignmentStatus) row[1],
                        (Long) row[2]);
            }
        }
        List<CycleTask> tasks = new ArrayList<>();
        for (ReviewCycle cycle : running) {
            Map<AssignmentStatus, Long> c = counts.getOrDefault(cycle.getId(), Map.of());
            long submitted = c.getOrDefault(AssignmentStatus.SUBMITTED, 0L);
            long open = c.getOrDefault(AssignmentStatus.NOT_STARTED, 0L) + c.getOrDefault(AssignmentStatus.IN_PROGRESS, 0L);
            tasks.add(new CycleTask(cycle.getId(), cycle.getName(), cycle.getState(),
                    cycle.getState() == CycleState.NOMINATION ? cycle.getNominationDeadline() : cycle.getRatingDeadline(),
                    submitted, submitted + open, open));
        }
        return tasks;
    }
}
