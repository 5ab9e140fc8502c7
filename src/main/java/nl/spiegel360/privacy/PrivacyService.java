package nl.spiegel360.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.people.PersonAdministration;
import nl.spiegel360.people.PersonDirectory;
import nl.spiegel360.people.PersonRef;
import nl.spiegel360.development.DevelopmentPlans;
import nl.spiegel360.report.Report;
import nl.spiegel360.report.ReportService;
import nl.spiegel360.review.CycleService;
import nl.spiegel360.review.ReviewErasure;
import nl.spiegel360.review.ReviewReadModels.CycleSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * HR's privacy tasks: everything stored about one person as JSON (without other raters' identities), erasure
 * of a person, and purging closed cycles past their retention, with a preview first.
 */
@Service
@Transactional
@PreAuthorize("hasRole('HR')")
public class PrivacyService {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final PersonAdministration people;
    private final PersonDirectory directory;
    private final ReviewErasure reviews;
    private final ReportService reports;
    private final CycleService cycles;
    private final DevelopmentPlans plans;
    private final AuditLog audit;
    private final nl.spiegel360.review.ReviewDataService reviewData;
    private final nl.spiegel360.security.CurrentUser currentUser;

    PrivacyService(PersonAdministration people, PersonDirectory directory, ReviewErasure reviews,
            ReportService reports, CycleService cycles, DevelopmentPlans plans, AuditLog audit,
            nl.spiegel360.review.ReviewDataService reviewData, nl.spiegel360.security.CurrentUser currentUser) {
        this.reviewData = reviewData;
        this.currentUser = currentUser;
        this.plans = plans;
        this.directory = directory;
        this.people = people;
        this.reviews = reviews;
        this.reports = reports;
        this.cycles = cycles;
        this.audit = audit;
    }

    /**
     * What is stored about a person, for HR answering their request: their account and, per review of theirs, the
     * report as HR reads it; a development plan only as far as the employee shared it with HR.
     */
    public String export(long personId) {
        String json = export(personId, reviews.reviewsOf(personId));
        audit.record("person.exported", "person", personId, null);
        return json;
    }

    /**
     * What is stored about the signed-in person, for themselves: their account and, per released review of theirs,
     * the report and their development plan as they read them.
     */
    @PreAuthorize("isAuthenticated()")
    public String exportOwn() {
        long me = currentUser.require().personId();
        String json = export(me, reviewData.releasedReviews().stream().filter(r -> r.employeeId() == me)
                .map(nl.spiegel360.review.ReviewInfo::reviewId).toList());
        audit.record("person.exported-own", "person", me, null);
        return json;
    }

    private String export(long personId, List<Long> reviewIds) {
        PersonRef person = directory.refs(List.of(personId)).get(personId);
        if (person == null) {
            throw new nl.spiegel360.base.UserFacingException("common.not-found");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("person", person);
        List<Object> reviewData = new ArrayList<>();
        for (long reviewId : reviewIds) {
            Report report = reports.closedReport(reviewId).orElse(null);
            if (report == null) {
                continue;
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("cycle", report.cycleName());
            r.put("released", report.released());
            List<Object> rows = new ArrayList<>();
            for (Report.CompetencyRow row : report.rows()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("competency", row.label());
                line.put("norm", row.norm());
                line.put("groups", row.groups());
                line.put("consensusLevel", row.consensusLevel());
                line.put("status", row.status());
                line.put("agreedLevel", row.calibratedLevel());
                line.put("agreedReason", row.calibrationReason());
                line.put("comments", row.drilldown().anonymousComments());
                line.put("namedComments", row.drilldown().namedComments());
                rows.add(line);
            }
            r.put("competencies", rows);
            r.put("developmentPlan", plans.export(reviewId));
            reviewData.add(r);
        }
        data.put("reviews", reviewData);
        return JSON.writeValueAsString(data);
    }

    /** Erases a person: their own reviews go, their ratings of others stay without their name, their data is gone. */
    public void erase(long personId) {
        List<Long> own = reviews.reviewsOf(personId);
        plans.forgetReviews(own);
        plans.forgetPerson(personId);
        reports.forgetReviews(own);
        reviews.deleteReviews(own);
        reviews.forget(personId);
        reports.forgetAuthor(personId);
        people.erase(personId);
    }

    /** The closed cycles that a purge with this retention would remove. */
    @Transactional(readOnly = true)
    public List<CycleSummary> retentionPreview(int months) {
        return reviews.expiredCycles(months).stream().map(cycles::cycle).toList();
    }

    /** Removes every closed cycle past this retention, with all its reviews; returns how many cycles. */
    public int purge(int months) {
        List<Long> expired = reviews.expiredCycles(months);
        for (long cycleId : expired) {
            List<Long> ofCycle = reviews.reviewsOfCycle(cycleId);
            plans.forgetReviews(ofCycle);
            reports.forgetReviews(ofCycle);
            reviews.deleteCycle(cycleId);
            audit.record("cycle.purged", "review_cycle", cycleId, months + " months");
        }
        return expired.size();
    }
}
