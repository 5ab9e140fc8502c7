package nl.spiegel360.development;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.spiegel360.aggregation.RaterGroup;
import org.jspecify.annotations.Nullable;

/** The read models of development plans and pulses. */
public final class PlanReadModels {

    private PlanReadModels() {
    }

    /** What the reader of a plan may do with it. */
    public enum Reader {
        /** The employee: writes the plan, its actions and check-ins, shares it with HR. */
        EMPLOYEE,
        /** The manager: comments, records check-ins, agrees, starts and closes the pulse. */
        MANAGER,
        /** HR, with the plan shared: reads it. */
        HR_SHARED,
        /** HR, without the plan shared: sees only whether it exists and its state. */
        HR_STATE;

        public boolean readsContent() {
            return this != HR_STATE;
        }
    }

    /**
     * A plan as its reader may see it. {@code state} is null while no plan exists. For {@link Reader#HR_STATE} the
     * lists are empty.
     */
    public record PlanPage(long reviewId, String employeeName, String cycleName, Reader reader,
            @Nullable PlanState state, boolean sharedWithHr, @Nullable Instant agreedAt, List<Proposal> proposals,
            List<Focus> focus, List<Entry> history, @Nullable PulseSummary pulse) {

        public boolean employee() {
            return reader == Reader.EMPLOYEE;
        }

        public boolean manager() {
            return reader == Reader.MANAGER;
        }
    }

    /** A focus point the report suggests: a competency, why, and the indicators that make it concrete. */
    public record Proposal(long competencyId, String competency, FocusReason reason,
            List<ProposedIndicator> indicators) {
    }

    /** An indicator of a proposal with what the report says of it: the consensus score and the self score. */
    public record ProposedIndicator(long indicatorId, int level, String text, @Nullable Double consensus,
            @Nullable Double self) {
    }

    public record Focus(long focusId, long competencyId, String competency, FocusReason reason,
            List<FocusLine> indicators, List<Action> actions) {
    }

    /** A focus indicator with, per group, the score of the report and of the pulse. */
    public record FocusLine(long indicatorId, int level, String text, List<Change> changes) {
    }

    /**
     * One group's score of one indicator in the report ({@code before}, with the group's respondents) and in the
     * pulse ({@code after}); a side is null where its group stayed below the anonymity minimum or has no score yet.
     */
    public record Change(RaterGroup group, @Nullable Double before, int beforeCount, @Nullable Double after,
            int afterCount) {
    }

    public record Action(long actionId, String what, @Nullable LocalDate dueOn, @Nullable String support,
            boolean done) {
    }

    /** A line of the history; {@code author} is empty for the system or an erased person. */
    public record Entry(EntryKind kind, String author, @Nullable String focus, @Nullable String text, Instant at) {
    }

    /** The pulse: its dates, how many were asked and have answered (never who), and whether it closed. */
    public record PulseSummary(LocalDate opensOn, LocalDate closesOn, boolean closed, int asked, int submitted) {
    }

    /**
     * A plan as a reader of figures (the API) is told of it: its state for every released review, and its agreement
     * and the competencies it focuses on only where the reader may read its content.
     */
    public record PlanOutline(long reviewId, @Nullable PlanState state, boolean sharedWithHr, boolean readsContent,
            @Nullable Instant agreedAt, List<FocusOutline> focus) {
    }

    /** A competency a plan focuses on, named in the reader's language, and why it was chosen. */
    public record FocusOutline(long competencyId, String competency, FocusReason reason) {
    }

    /** A plan in the list of plans the user may follow. */
    public record PlanLine(long reviewId, String employeeName, String cycleName, @Nullable PlanState state,
            boolean readsContent, @Nullable PulseSummary pulse) {
    }

    /** A pulse request as its rater sees it in the list. */
    public record PulseRequestLine(long requestId, String employeeName, LocalDate closesOn, boolean submitted,
            boolean open) {
    }

    /** The short questionnaire of one pulse request. */
    public record PulseQuestionnaire(long requestId, String employeeName, int scaleMax, boolean submitted,
            boolean open, LocalDate closesOn, List<PulseItem> items) {

        public boolean editable() {
            return open && !submitted;
        }
    }

    /** A focus indicator to rate; {@code score} is null while unanswered and, once answered, for "can't judge". */
    public record PulseItem(long indicatorId, String competency, int level, String text, boolean answered,
            @Nullable Integer score) {
    }
}
