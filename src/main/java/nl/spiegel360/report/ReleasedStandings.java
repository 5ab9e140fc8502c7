package nl.spiegel360.report;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.spiegel360.review.ReviewInfo;
import nl.spiegel360.review.ReviewReleased;
import nl.spiegel360.security.SystemTask;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a released report settled on, kept for the organisation's figures: per competency the level (the agreed
 * level, else the consensus, by {@link Report#level}) against the norm, and the behavioural indicators that held it
 * back from the norm, each with the review's cycle, profile revision, employee, manager and team as they were at its
 * launch. Written once, from the report itself at its release; read a selection at a time, never a rating, a rater or
 * a comment.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('HR', 'MANAGER')")
public class ReleasedStandings {

    /** One person's settled level on one competency in one released review; a null level is insufficient evidence. */
    public record Standing(long reviewId, long employeeId, @Nullable Long managerId, long cycleId, long profileId,
            @Nullable String team, long competencyId, @Nullable Integer level, int norm) {
    }

    /**
     * An indicator that held a released review's competency back from its norm: its level, and how far the consensus
     * score fell short of the threshold (null: too few could judge it).
     */
    public record Hold(long reviewId, long competencyId, long indicatorId, int level, @Nullable Double shortfall) {
    }

    /** A cycle with released reviews. */
    public record Cycle(long id, String name, java.time.LocalDate opensOn) {
    }

    private final JdbcClient jdbc;
    private final ReportService reports;
    private final org.springframework.transaction.support.TransactionTemplate transactions;
    private final org.springframework.context.ApplicationEventPublisher events;

    ReleasedStandings(JdbcClient jdbc, ReportService reports,
            org.springframework.transaction.PlatformTransactionManager transactions,
            org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.events = events;
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactions);
    }

    /** A report was released: what it settled on is kept in the same transaction. */
    @EventListener
    void released(ReviewReleased released) {
        record(released.review(), reports.settled(released.review()));
        events.publishEvent(new StandingsChanged(released.review().cycleId()));
    }

    /**
     * Reviews released before their standings were kept get them at start-up, each in a transaction of its own; an
     * instance that starts beside another skips what the other kept first.
     */
    @EventListener(ApplicationReadyEvent.class)
    @PreAuthorize("permitAll()")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    void keepMissing() {
        SystemTask.run(() -> missing().forEach(id -> {
            try {
                transactions.executeWithoutResult(status -> {
                    ReviewInfo review = reports.releasedReview(id);
                    record(review, reports.settled(review));
                });
            } catch (org.springframework.dao.DataIntegrityViolationException keptByAnother) {
                // the other instance kept this review's standings first
            }
        }));
    }

    /**
     * Keeps what the released report settled on; a review already kept stays as it is (results never change once
     * released).
     */
    private void record(ReviewInfo review, Report report) {
        Integer kept = jdbc.sql("select count(*) from released_standing where review_id = ?").param(review.reviewId())
                .query(Integer.class).single();
        if (kept > 0) {
            return;
        }
        for (Report.CompetencyRow row : report.rows()) {
            Integer level = row.finalLevel();
            jdbc.sql("""
                    insert into released_standing (review_id, competency_id, cycle_id, profile_id, employee_id,
                        manager_id, team, level, norm) values (:review, :competency, :cycle, :profile, :employee,
                        :manager, :team, :level, :norm)""")
                    .paramSource(new MapSqlParameterSource().addValue("review", review.reviewId())
                            .addValue("competency", row.competencyId()).addValue("cycle", review.cycleId())
                            .addValue("profile", review.profileId()).addValue("employee", review.employeeId())
                            .addValue("manager", review.managerId(), Types.BIGINT)
                            .addValue("team", review.team(), Types.VARCHAR).addValue("level", level, Types.INTEGER)
                            .addValue("norm", row.norm()))
                    .update();
            Report.HoldsBack holds = row.drilldown().holdsBack();
            if (holds == null || level != null && level >= row.norm()) {
                continue;
            }
            for (Report.HeldIndicator held : holds.indicators()) {
                Double score = held.score();
                jdbc.sql("""
                        insert into released_hold (review_id, competency_id, indicator_id, level, shortfall)
                        values (:review, :competency, :indicator, :level, :shortfall)""")
                        .paramSource(new MapSqlParameterSource().addValue("review", review.reviewId())
                                .addValue("competency", row.competencyId()).addValue("indicator", held.indicatorId())
                                .addValue("level", held.level()).addValue("shortfall", score == null ? null
                                        : Math.max(0.0, report.threshold() - score), Types.DOUBLE))
                        .update();
            }
        }
    }

    /** The standings of the released reviews of a cycle. */
    public List<Standing> standings(long cycleId) {
        List<Standing> standings = new ArrayList<>();
        jdbc.sql("""
                select review_id, employee_id, manager_id, cycle_id, profile_id, team, competency_id, level, norm
                from released_standing where cycle_id = ? order by review_id, competency_id""")
                .param(cycleId)
                .query(rs -> {
                    long manager = rs.getLong(3);
                    Long managerId = rs.wasNull() ? null : manager;
                    int level = rs.getInt(8);
                    Integer settled = rs.wasNull() ? null : level;
                    standings.add(new Standing(rs.getLong(1), rs.getLong(2), managerId, rs.getLong(4), rs.getLong(5),
                            rs.getString(6), rs.getLong(7), settled, rs.getInt(9)));
                });
        return standings;
    }

    /** The cycles with released reviews, the earliest first. */
    public List<Cycle> cycles() {
        return jdbc.sql("""
                select c.id, c.name, c.opens_on from review_cycle c
                where exists (select 1 from released_standing s where s.cycle_id = c.id) order by c.opens_on, c.id""")
                .query((rs, row) -> new Cycle(rs.getLong(1), rs.getString(2), rs.getObject(3,
                        java.time.LocalDate.class))).list();
    }

    /** What held the released reviews of a cycle back from their norms. */
    public List<Hold> holds(long cycleId) {
        List<Hold> holds = new ArrayList<>();
        jdbc.sql("""
                select h.review_id, h.competency_id, h.indicator_id, h.level, h.shortfall from released_hold h
                join released_standing s on s.review_id = h.review_id and s.competency_id = h.competency_id
                where s.cycle_id = ? order by h.review_id, h.indicator_id""").param(cycleId)
                .query(rs -> {
                    double shortfall = rs.getDouble(5);
                    Double known = rs.wasNull() ? null : shortfall;
                    holds.add(new Hold(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4), known));
                });
        return holds;
    }

    /**
     * What changes whenever a cycle's standings do (a release adds reviews, an erasure takes them): their number and
     * the sum of their reviews' ids.
     */
    public String stamp(long cycleId) {
        return jdbc.sql("select count(*), coalesce(sum(review_id), 0) from released_standing where cycle_id = ?")
                .param(cycleId).query((rs, row) -> rs.getLong(1) + "/" + rs.getLong(2)).single();
    }

    /** Released reviews whose standings are not kept yet: released before they were. */
    List<Long> missing() {
        return jdbc.sql("""
                select r.id from review r where r.released_at is not null
                and not exists (select 1 from released_standing s where s.review_id = r.id) order by r.id""")
                .query((rs, row) -> rs.getLong(1)).list();
    }

    /** Forgets what was kept of these reviews (erasure, retention). */
    void forget(Collection<Long> reviewIds) {
        for (List<Long> page : pages(List.copyOf(reviewIds))) {
            jdbc.sql("select distinct cycle_id from released_standing where review_id in (:reviews)")
                    .param("reviews", page).query(Long.class).list()
                    .forEach(cycle -> events.publishEvent(new StandingsChanged(cycle)));
            jdbc.sql("delete from released_hold where review_id in (:reviews)").param("reviews", page).update();
            jdbc.sql("delete from released_standing where review_id in (:reviews)").param("reviews", page).update();
        }
    }

    private static List<List<Long>> pages(List<Long> ids) {
        List<List<Long>> pages = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            pages.add(ids.subList(from, Math.min(ids.size(), from + 1000)));
        }
        return pages;
    }
}
