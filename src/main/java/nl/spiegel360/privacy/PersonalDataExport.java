package nl.spiegel360.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.development.PlanPages;
import nl.spiegel360.people.PersonDirectory;
import nl.spiegel360.people.PersonRef;
import nl.spiegel360.report.Report;
import nl.spiegel360.report.ReportService;
import nl.spiegel360.review.ReviewDataService;
import nl.spiegel360.review.ReviewErasure;
import nl.spiegel360.review.ReviewInfo;
import nl.spiegel360.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything stored about one person as JSON (without other raters' identities): for HR answering the person's
 * request, as HR may read it; for the signed-in person themselves, as they read it.
 */
@Service
@Transactional
@PreAuthorize("hasRole('HR')")
public class PersonalDataExport {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final PersonDirectory directory;
    private final ReviewErasure reviews;
    private final ReviewDataService reviewData;
    private final ReportService reports;
    private final PlanPages planPages;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    PersonalDataExport(PersonDirectory directory, ReviewErasure reviews, ReviewDataService reviewData,
            ReportService reports, PlanPages planPages, CurrentUser currentUser, AuditLog audit) {
        this.directory = directory;
        this.reviews = reviews;
        this.reviewData = reviewData;
        this.reports = reports;
        this.planPages = planPages;
        this.currentUser = currentUser;
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
        String json = export(me, reviewData.ownReleasedReviews().stream().filter(r -> r.employeeId() == me)
                .map(ReviewInfo::reviewId).toList());
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
        List<Object> perReview = new ArrayList<>();
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
            r.put("developmentPlan", planPages.export(reviewId));
            perReview.add(r);
        }
        data.put("reviews", perReview);
        return JSON.writeValueAsString(data);
    }
}
