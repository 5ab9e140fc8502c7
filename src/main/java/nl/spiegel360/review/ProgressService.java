package nl.spiegel360.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.spiegel360.people.PersonDirectory;
import nl.spiegel360.people.PersonRef;
import nl.spiegel360.people.PersonRefs;
import nl.spiegel360.review.ReviewReadModels.AssignmentLine;
import nl.spiegel360.review.ReviewReadModels.ReviewProgress;
import nl.spiegel360.review.ReviewReadModels.TeamResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How far reviews are: per group how many submitted, per rater the status; never an answer. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ProgressService {

    private final ReviewRepository reviews;
    private final RaterAssignmentRepository assignments;
    private final PersonDirectory people;
    private final ReviewAccess access;

    ProgressService(ReviewRepository reviews, RaterAssignmentRepository assignments, PersonDirectory people,
            ReviewAccess access) {
        this.reviews = reviews;
        this.assignments = assignments;
        this.people = people;
        this.access = access;
    }

    /** The progress of every review of a cycle that the user may follow: HR all, a manager their reports'. */
    public List<ReviewProgress> cycleProgress(long cycleId) {
        List<Review> list = reviews.findByCycle(cycleId).stream()
                .filter(r -> access.isHr() || access.isManager(r)).toList();
        if (list.isEmpty()) {
            return List.of();
        }
        List<RaterAssignment> all = assignments.findByCycle(cycleId);
        Set<Long> ids = new HashSet<>();
        list.forEach(r -> ids.add(r.getEmployeeId()));
        all.forEach(a -> {
            if (a.getRaterId() != null) {
                ids.add(a.getRaterId());
            }
        });
        PersonRefs refs = people.refs(ids);
        Map<Long, List<RaterAssignment>> byReview = new HashMap<>();
        all.forEach(a -> byReview.computeIfAbsent(a.getReview().getId(), k -> new ArrayList<>()).add(a));
        List<ReviewProgress> result = new ArrayList<>();
        for (Review r : list) {
            List<RaterAssignment> mine = byReview.getOrDefault(r.getId(), List.of());
            List<AssignmentLine> lines = new ArrayList<>();
            if (r.isCollecting()) {
                for (RaterAssignment a : mine) {
                    if (a.getStatus() != AssignmentStatus.PROPOSED) {
                        PersonRef rater = a.getRaterId() == null ? null : refs.get(a.getRaterId());
                        lines.add(new AssignmentLine(a.getId(), a.getRaterId(), rater == null ? "—" : rater.name(),
                                a.getGroup(), a.getStatus(), null, 0, false, null));
                    }
                }
            }
            PersonRef employee = refs.get(r.getEmployeeId());
            result.add(new ReviewProgress(r.getId(), employee.name(), employee.team(), GroupCounts.of(mine), lines));
        }
        return result;
    }

    /** HR: per team, the share of the cycle's requests that were submitted. */
    @PreAuthorize("hasRole('HR')")
    public List<TeamResponse> responseRates(long cycleId) {
        Map<String, int[]> perTeam = new TreeMap<>();
        for (ReviewProgress p : cycleProgress(cycleId)) {
            int[] c = perTeam.computeIfAbsent(p.team() == null ? "—" : p.team(), t -> new int[2]);
            p.submittedOfTotal().values().forEach(v -> {
                c[0] += v[0];
                c[1] += v[1];
            });
        }
        return perTeam.entrySet().stream().map(e -> new TeamResponse(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }
}
