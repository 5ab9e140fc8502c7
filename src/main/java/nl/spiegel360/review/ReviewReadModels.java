package nl.spiegel360.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.Map;
import nl.spiegel360.aggregation.RaterGroup;
import org.jspecify.annotations.Nullable;

/** The read models of review cycles, nominations, requests and questionnaires. */
public final class ReviewReadModels {

    private ReviewReadModels() {
    }

    public record CycleSummary(long id, long version, String name, LocalDate opensOn, LocalDate nominationDeadline,
            LocalDate ratingDeadline, CycleState state, int reviews, int peersMin, int peersMax,
            boolean includeDirectReports, int maxRequestsPerRater, int reminderDays, String settingsJson,
            int pulseWeeks, boolean externalRaters) {
    }

    /** A rater who submitted in a review, and their group. */
    public record SubmittedRater(long personId, RaterGroup group) {
    }

    /** One review as listed for HR and managers. */
    public record ReviewSummary(long id, long cycleId, String cycleName, CycleState cycleState, long employeeId,
            String employeeName, @Nullable String team, long profileId, boolean closed, boolean released) {
    }

    /** A feedback request as its rater sees it in "My requests". */
    public record RequestSummary(long assignmentId, long reviewId, String cycleName, String employeeName,
            RaterGroup group, LocalDate lastDay, AssignmentStatus status, int answered, int total, boolean editable,
            boolean reviewClosed) {
    }

    /** One rater of a review, as the employee, their manager and HR see it: never their answers. */
    /**
     * One rater of a review, as the employee, their manager and HR see it: never their answers. {@code status} is
     * null where the reader may not see whether this rater answered (only the manager and HR do, while the review
     * collects); {@code addedDuringRatingBy} names, for HR, who added the rater after the nomination phase.
     */
    public record AssignmentLine(long assignmentId, @Nullable Long raterId, String raterName, RaterGroup group,
            @Nullable AssignmentStatus status, @Nullable String declineReason, long requestsInCycle, boolean removable,
            @Nullable String addedDuringRatingBy) {
    }

    public record Nomination(long reviewId, long cycleId, String cycleName, CycleState cycleState, long employeeId,
            String employeeName, LocalDate nominationDeadline, int peersMin, int peersMax, int maxRequestsPerRater,
            boolean canNominate, boolean canApprove, List<AssignmentLine> raters, boolean collecting,
            Set<RaterGroup> sealedGroups, boolean externalRaters, long profileId) {

        public long peersCounted() {
            return counted(RaterGroup.PEER);
        }

        /** The raters of a group asked or proposed for this review: every one but those who declined. */
        public long counted(RaterGroup group) {
            return raters.stream().filter(r -> r.group() == group && r.status() != AssignmentStatus.DECLINED)
                    .count();
        }
    }

    /** Someone who could be nominated, with how many requests of this cycle they already have. */
    public record Candidate(long personId, String name, @Nullable String team, long requestsInCycle) {
    }

    /** An item: its text, and the same with its bold parts marked (see the competency feature's Emphasis). */
    public record QuestionnaireItem(long indicatorId, String text, String marked) {
    }

    public record QuestionnaireCompetency(long competencyId, String label, String definition,
            List<QuestionnaireItem> items) {
    }

    public record Answer(@Nullable Integer score, long version) {
    }

    public record CommentValue(String text, long version) {
    }

    /** A questionnaire as its rater fills it in: items in the profile's order, levels not shown. */
    public record Questionnaire(long assignmentId, String employeeName, RaterGroup group, AssignmentStatus status,
            LocalDate lastDay, boolean editable, int scaleMax, int groupMinimum, List<QuestionnaireCompetency> competencies,
            Map<Long, Answer> answers, Map<Long, CommentValue> comments) {

        public int total() {
            return competencies.stream().mapToInt(c -> c.items().size()).sum();
        }
    }

    /**
     * Per review: how many raters of each group submitted, each rater's status, and whether it still collects (only
     * then can a submitted questionnaire be reopened).
     */
    public record ReviewProgress(long reviewId, String employeeName, @Nullable String team,
            Map<RaterGroup, int[]> submittedOfTotal, List<AssignmentLine> raters, boolean collecting) {
    }

    /** Per team: the share of feedback requests submitted. */
    public record TeamResponse(String team, int submitted, int total) {
        public double rate() {
            return total == 0 ? 0 : (double) submitted / total;
        }
    }
}
