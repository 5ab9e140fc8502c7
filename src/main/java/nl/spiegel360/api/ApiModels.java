package nl.spiegel360.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the API answers and accepts. A value that is absent is left out of the JSON rather than written as null. No
 * model holds a rater, a single rating or a comment.
 */
public final class ApiModels {

    private ApiModels() {
    }

    @Schema(description = "A page of a list; `next` is the cursor of the following page, absent on the last")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Page<T>(List<T> items, @Nullable String next) {
    }

    @Schema(description = "A person of the organisation")
    public record Person(long id, String name, String email) {
    }

    @Schema(description = "A cycle's settings; `aggregation` holds the settings its reviews are closed with")
    public record CycleSettings(int peersMin, int peersMax, boolean includeDirectReports, int maxRequestsPerRater,
            int reminderDays, int pulseWeeks, boolean externalRaters, Aggregation aggregation) {
    }

    @Schema(description = "The aggregation settings a cycle's reviews are closed with, the defaults filled in: the"
            + " scale's top, the threshold a level's mean must reach, the share of its indicators answered, the weight"
            + " of each rater group in the consensus and the fewest raters of a group that are shown")
    public record Aggregation(int scaleMax, double threshold, double minCoverage, Map<String, Double> weights,
            Map<String, Integer> anonymityMin) {
    }

    @Schema(description = "A review cycle")
    public record Cycle(long id, String name,
            @Schema(allowableValues = {"draft", "nomination", "rating", "closed"}) String state, LocalDate opensOn,
            LocalDate nominationDeadline, LocalDate ratingDeadline, int reviews, CycleSettings settings) {
    }

    @Schema(description = "A new cycle: its name and dates; its settings are those of the template cycle, or the defaults")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewCycle(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate opensOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate nominationDeadline,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate ratingDeadline,
            @Nullable Long templateCycleId) {
    }

    @Schema(description = "People to add to a cycle, by their e-mail address")
    public record NewParticipants(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<String> emails) {
    }

    @Schema(description = "How many people were added (those already in the cycle are not counted)")
    public record Added(int added) {
    }

    @Schema(description = "A review: whose, its state and dates; never who rated")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Review(long id, long cycleId, Person employee, @Nullable Person manager, @Nullable String team,
            @Schema(allowableValues = {"collecting", "closed", "released"}) String state, @Nullable Instant closedAt,
            @Nullable Instant releasedAt) {
    }

    @Schema(description = "The released result of a review, as HR reads its report: no single rating, no comment")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(long reviewId, long cycleId, Person employee, Instant closedAt, Instant releasedAt,
            List<CompetencyResult> competencies, @Nullable Summary summary) {
    }

    @Schema(description = "One competency: its norm, the level (agreed, else consensus) and the groups of raters")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CompetencyResult(long competencyId, String label, int norm, @Nullable Integer level,
            @Nullable Integer agreedLevel, @Nullable Integer consensusLevel,
            @Schema(allowableValues = {"below", "meets", "above", "insufficient"}) String status,
            List<GroupResult> groups, @Nullable HoldsBack holdsBack) {
    }

    @Schema(description = "A group of raters: how many answered and, when the group is shown, its level")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GroupResult(@Schema(allowableValues = {"self", "manager", "peer", "direct_report", "other", "external"})
            String group, int respondents, boolean shown, @Nullable Integer level) {
    }

    @Schema(description = "What keeps a competency from its next level")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HoldsBack(int nextLevel, List<Indicator> indicators) {
    }

    @Schema(description = "A behavioural indicator and its consensus score, absent when too few could judge it")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Indicator(long indicatorId, int level, String text, @Nullable Double score) {
    }

    @Schema(description = "Across the profile: the strongest and weakest behaviours and where self and others differ most")
    public record Summary(List<RankedIndicator> strengths, List<RankedIndicator> areasToImprove,
            List<SelfOthers> selfOthersGaps) {
    }

    public record RankedIndicator(String competency, int level, String text, double score) {
    }

    public record SelfOthers(String competency, int level, String text, double self, double others,
            double difference) {
    }

    @Schema(description = "A development plan of a released review: its state; its focus only where the employee shared the plan with HR")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Plan(long reviewId, long cycleId, Person employee,
            @Schema(allowableValues = {"none", "draft", "proposed", "agreed"}) String state, boolean sharedWithHr,
            @Nullable Instant agreedAt, @Nullable List<FocusCompetency> focus) {
    }

    public record FocusCompetency(long competencyId, String competency, String reason) {
    }

    @Schema(description = "The organisation's standing against its norms in one view, with small groups hidden; a refused view holds only why")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Insight(long cycleId, int minimum,
            @Schema(allowableValues = {"empty", "too_few", "by_difference"}) @Nullable String refusal,
            @Nullable Integer people, @Nullable List<InsightColumn> columns, @Nullable List<InsightRow> rows,
            @Nullable InsightRow total, @Nullable List<LearningNeed> learningNeeds, @Nullable List<String> breaks) {
    }

    public record InsightColumn(String competency, String label) {
    }

    public record InsightRow(String key, String label, List<InsightCell> cells) {
    }

    @Schema(description = "A cell: hidden, or its people and figures (share at or above the norm, mean gap, people per level)")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InsightCell(String competency, boolean hidden, @Nullable Integer people, @Nullable Double share,
            @Nullable Double meanGap, @Nullable Map<String, Integer> levels) {
    }

    @Schema(description = "A behavioural indicator that held people back from their norm, ranked by people × mean shortfall")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LearningNeed(long indicatorId, long competencyId, String competency, int level, String text,
            int people, @Nullable Double meanShortfall, double weight, int inPlans, int pulses,
            @Nullable Double movement) {
    }
}
