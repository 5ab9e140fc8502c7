package nl.spiegel360.review;

import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.review.ReviewReadModels.Answer;
import org.jspecify.annotations.Nullable;

/** An answer changed elsewhere (another tab) after this screen showed it: nothing was overwritten. */
public class StaleAnswerException extends UserFacingException {

    private final transient @Nullable Answer current;

    StaleAnswerException(@Nullable Answer current) {
        super("questionnaire.error.newer-answer");
        this.current = current;
    }

    /** The answer as it stands now. */
    public @Nullable Answer current() {
        return current;
    }
}
