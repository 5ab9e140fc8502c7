package nl.spiegel360.review;

import java.util.Locale;
import nl.spiegel360.review.ReviewReadModels.Answer;
import nl.spiegel360.review.ReviewReadModels.CommentValue;
import nl.spiegel360.review.ReviewReadModels.Questionnaire;
import org.jspecify.annotations.Nullable;

/**
 * One questionnaire as its page works with it, opened by whoever may answer it: a signed-in rater by their request,
 * an external rater by their link. Every call checks again that it may still be opened this way.
 */
public interface QuestionnaireDoor {

    /** What keeps the page's unsaved choices apart from another questionnaire's in the browser. */
    long key();

    Questionnaire read(Locale locale);

    Answer answer(long indicatorId, @Nullable Integer score, long expectedVersion);

    @Nullable Answer storedAnswer(long indicatorId);

    CommentValue comment(long competencyId, String text, long expectedVersion);

    AssignmentStatus submit();

    void decline(String reason);
}
