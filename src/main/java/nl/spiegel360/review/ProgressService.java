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
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;
    private final ExternalRaterRepository externals;

    ProgressService(ReviewRepository reviews, RaterAssignmentRepository assignments, PersonDirectory people,
            ReviewAccess access, JdbcClient jdbc, ExternalRaterRepository externals) {
        this.jdbc = jdbc;
        this.externals = externals;
        this.reviews = reviews;
        this.assignments = assignments;
        this.people = people;
        this.access = access;
    }

    /**
     * The progress of the reviews of a cycle whose employee reports to the user, HR or not: the manager's team. HR
     * follows a whole cycle a page at a time ({@link #cycleProgress(long, int, int)}).
     */
    public List<ReviewProgress> cycleProgress(long cycleId) {
        return progress(reviews.findByCycleAndManager(cycleId, access.user().personId()));
    }

    /** HR: one page of a cycle's reviews, ordered by the employee's name, each with its progress. */
    @PreAuthorize("hasRole('HR')")
    public List<ReviewProgress> cycleProgress(long cycleId, int offset, int limit) {
        List<Long> ids = jdbc.sql("""
                select r.id from review r join person p on p.id = r.employee_id where r.cycle_id = ?
                order by p.name, r.id limit ? offset ?""")
                .params(cycleId, Math.max(1, limit), offset).query((rs, n) -> rs.getLong(1)).list();
        return progress(reviews.findWithCycleInOrder(ids));
    }

    /** HR: how many reviews a cycle has. */
    @PreAuthorize("hasRole('HR')")
    public long countReviews(long cycleId) {
        return reviews.countByCycleId(cycleId);
    }

    /**
     * HR: whom to chase, the raters with the most open requests in a cycle first (then by name), at most
     * {@code limit} of them, and how many raters have open requests in all; counted by the database. A request of a
     * closed review is no longer open: nobody can answer it, and nobody is reminded of it.
     */
    @PreAuthorize("hasRole('HR')")
    public OpenRequests openRequests(long cycleId, int limit) {
        List<RaterOpen> top = jdbc.sql("""
                select p.name, count(*) from rater_assignment a join review r on r.id = a.review_id
                join person p on p.id = a.rater_id
                where r.cycle_id = ? and r.closed_at is null and a.status in ('NOT_STARTED', 'IN_PROGRESS')
                group by p.id, p.name order by count(*) desc, p.name, p.id limit ?""")
                .params(cycleId, limit).query((rs, n) -> new RaterOpen(rs.getString(1), rs.getLong(2))).list();
        long raters = jdbc.sql("""
                select count(distinct a.rater_id) from rater_assignment a join review r on r.id = a.review_id
                where r.cycle_id = ? and r.closed_at is null and a.status in ('NOT_STARTED', 'IN_PROGRESS')""")
                .param(cycleId).query(Long.class).single();
        return new OpenRequests(top, raters);
    }

    /**
     * HR, before closing a cycle: how many of its reviews still collect and would close, and how many of those have
     * no submitted questionnaire at all (they close without a result anyone can read).
     */
    @PreAuthorize("hasRole('HR')")
    public ClosingPreview closingPreview(long cycleId) {
        return jdbc.sql("""
                select count(*), coalesce(sum(case when exists (select 1 from rater_assignment a
                  where a.review_id = r.id and a.status = 'SUBMITTED') then 0 else 1 end), 0)
                from review r where r.cycle_id = ? and r.closed_at is null""")
                .param(cycleId).query((rs, n) -> new ClosingPreview(rs.getLong(1), rs.getLong(2))).single();
    }

    /** The reviews a close would end, and how many of them have no submitted questionnaire. */
    public record ClosingPreview(long reviews, long withoutAnswers) {
    }

    /** A rater and how many of their requests are open. */
    public record RaterOpen(String name, long open) {
    }

    /** The raters with the most open requests, and how many raters have open requests in all. */
    public record OpenRequests(List<RaterOpen> top, long raters) {
    }

    private List<ReviewProgress> progress(List<Review> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<RaterAssignment>> byReview = new HashMap<>();
        assignments.findByReviewIdIn(list.stream().map(Review::getId).toList())
                .forEach(a -> byReview.computeIfAbsent(a.getReview().getId(), k -> new ArrayList<>()).add(a));
        Set<Long> ids = new HashSet<>();
        list.forEach(r -> ids.add(r.getEmployeeId()));
        byReview.values().forEach(l -> l.forEach(a -> {
            if (a.getRaterId() != null) {
                ids.add(a.getRaterId());
            }
        }));
        PersonRefs refs = people.refs(ids);
        Map<Long, String> outside = new HashMap<>();
        externals.findByAssignmentIdIn(byReview.values().stream().flatMap(List::stream)
                .filter(a -> a.getGroup() == nl.spiegel360.aggregation.RaterGroup.EXTERNAL)
                .map(RaterAssignment::getId).toList()).forEach(e -> outside.put(e.getAssignmentId(), e.shownName()));
        List<ReviewProgress> result = new ArrayList<>();
        for (Review r : list) {
            List<RaterAssignment> mine = byReview.getOrDefault(r.getId(), List.of());
            List<AssignmentLine> lines = new ArrayList<>();
            for (RaterAssignment a : mine) {
                if (a.getStatus() != AssignmentStatus.PROPOSED) {
                    PersonRef rater = a.getRaterId() == null ? null : refs.get(a.getRaterId());
                    lines.add(new AssignmentLine(a.getId(), a.getRaterId(), rater != null ? rater.name()
                            : outside.getOrDefault(a.getId(), "—"),
                            a.getGroup(), a.getStatus(), null, 0, false, null));
                }
            }
            PersonRef employee = refs.get(r.getEmployeeId());
            result.add(new ReviewProgress(r.getId(), employee.name(), employee.team(), GroupCounts.of(mine), lines,
                    r.isCollecting()));
        }
        return result;
    }

    /**
     * HR: per team (the employee's team at the cycle's launch), the share of the cycle's requests that were
     * submitted (proposals waiting for approval and declined requests are not asked); counted by the database in one
     * query.
     */
    @PreAuthorize("hasRole('HR')")
    public List<TeamResponse> responseRates(long cycleId) {
        Map<String, int[]> perTeam = new TreeMap<>();
        jdbc.sql("""
                select r.team, sum(case when a.status = 'SUBMITTED' then 1 else 0 end),
                  sum(case when a.status in ('NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED') then 1 else 0 end)
                from review r left join rater_assignment a on a.review_id = r.id
                where r.cycle_id = ? group by r.team""").param(cycleId).query(rs -> {
                    int[] c = perTeam.computeIfAbsent(rs.getString(1) == null ? "—" : rs.getString(1),
                            t -> new int[2]);
                    c[0] += rs.getInt(2);
                    c[1] += rs.getInt(3);
                });
        return perTeam.entrySet().stream().map(e -> new TeamResponse(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }
}
