package nl.spiegel360.review;

import java.util.Locale;
import nl.spiegel360.base.LocalePreference;
import nl.spiegel360.review.ReviewReadModels.Answer;
import nl.spiegel360.review.ReviewReadModels.CommentValue;
import nl.spiegel360.review.ReviewReadModels.Questionnaire;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering a questionnaire as a signed-in rater: only its rater reads or writes it, not even HR. The rules of
 * answering are {@link Answering}'s; this door only checks whose request it is, at every call.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class QuestionnaireService {

    /** Marks an answer that does not exist yet, for {@link #answer}. */
    public static final long NEW = -1;

    private final RaterAssignmentRepository assignments;
    private final ReviewAccess access;
    private final Answering answering;

    QuestionnaireService(RaterAssignmentRepository assignments, ReviewAccess access, Answering answering) {
        this.assignments = assignments;
        this.access = access;
        this.answering = answering;
    }

    @Transactional(readOnly = true)
    public Questionnaire questionnaire(long assignmentId) {
        return questionnaire(assignmentId, LocalePreference.SUPPORTED.getFirst());
    }

    /** The questionnaire in the rater's language (see {@link Answering#questionnaire}). */
    @Transactional(readOnly = true)
    public Questionnaire questionnaire(long assignmentId, Locale locale) {
        return answering.questionnaire(mine(assignmentId), locale);
    }

    /**
     * Saves one answer: a score on the scale, or null for "can't judge". {@code expectedVersion} is the version
     * the rater's screen showed ({@link #NEW} when it showed no answer); a newer answer is never overwritten, and a
     * newer answer that already is this choice (stored from another tab) is this save's answer. Returns the saved
     * answer.
     */
    public Answer answer(long assignmentId, long indicatorId, @Nullable Integer score, long expectedVersion) {
        return answering.answer(mine(assignmentId), indicatorId, score, expectedVersion);
    }

    /** The stored answer of one item of the rater's own questionnaire, or null when it has none. */
    @Transactional(readOnly = true)
    public @Nullable Answer storedAnswer(long assignmentId, long indicatorId) {
        return answering.storedAnswer(mine(assignmentId), indicatorId);
    }

    /** Saves the optional comment on one competency, with the same protection as answers. */
    public CommentValue comment(long assignmentId, long competencyId, String text, long expectedVersion) {
        return answering.comment(mine(assignmentId), competencyId, text, expectedVersion);
    }

    /** Submits the questionnaire: refused while an item is unanswered; a second submit changes nothing. */
    public AssignmentStatus submit(long assignmentId) {
        return answering.submit(mine(assignmentId));
    }

    /** The rater declines the request, with a reason; the employee and manager are told. */
    public void decline(long assignmentId, String reason) {
        answering.decline(mine(assignmentId), reason);
    }

    /**
     * A rater's request as a door for the questionnaire page: every call goes through {@code self} (this service as
     * Spring hands it out) and checks again whose request it is.
     */
    public static QuestionnaireDoor door(QuestionnaireService self, long assignmentId) {
        return new QuestionnaireDoor() {
            @Override
            public long key() {
                return assignmentId;
            }

            @Override
            public Questionnaire read(Locale locale) {
                return self.questionnaire(assignmentId, locale);
            }

            @Override
            public Answer answer(long indicatorId, @Nullable Integer score, long expectedVersion) {
                return self.answer(assignmentId, indicatorId, score, expectedVersion);
            }

            @Override
            public @Nullable Answer storedAnswer(long indicatorId) {
                return self.storedAnswer(assignmentId, indicatorId);
            }

            @Override
            public CommentValue comment(long competencyId, String text, long expectedVersion) {
                return self.comment(assignmentId, competencyId, text, expectedVersion);
            }

            @Override
            public AssignmentStatus submit() {
                return self.submit(assignmentId);
            }

            @Override
            public void decline(String reason) {
                self.decline(assignmentId, reason);
            }
        };
    }

    private RaterAssignment mine(long assignmentId) {
        RaterAssignment a = assignments.findWithReview(assignmentId).orElseThrow(ReviewAccess::notFound);
        access.requireOwnRequest(a);
        return a;
    }
}
