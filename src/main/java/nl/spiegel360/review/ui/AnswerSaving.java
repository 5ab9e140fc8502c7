package nl.spiegel360.review.ui;

import java.util.HashMap;
import java.util.Map;
import nl.spiegel360.base.TransientFailures;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.base.ui.Notices;
import nl.spiegel360.base.ui.ScaleChoice;
import nl.spiegel360.review.QuestionnaireDoor;
import nl.spiegel360.review.QuestionnaireService;
import nl.spiegel360.review.ReviewReadModels.Answer;
import nl.spiegel360.review.StaleAnswerException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answers of one open questionnaire as the server last confirmed them (value and version per item), and the
 * saving of a choice: either it is stored and its item says so, or the item shows its stored value again and the
 * rater reads why the choice was not stored. A lost database connection is tried again once first.
 */
final class AnswerSaving {

    private static final Logger log = LoggerFactory.getLogger(AnswerSaving.class);

    private final QuestionnaireDoor door;
    private final TransientFailures retries;
    private final Map<Long, Long> versions = new HashMap<>();
    /** Per item the value known to be stored (a screen's choice: see ScaleChoice). */
    private final Map<Long, Integer> stored = new HashMap<>();

    AnswerSaving(QuestionnaireDoor door, TransientFailures retries, Map<Long, Answer> answers) {
        this.door = door;
        this.retries = retries;
        answers.forEach((id, a) -> confirm(id, a));
    }

    Map<Long, Integer> stored() {
        return stored;
    }

    int answered() {
        return versions.size();
    }

    /** Saves the choice; returns whether it was stored. The sheet shows the outcome either way. */
    boolean save(long indicatorId, int value, ScaleSheet sheet) {
        try {
            Answer answer = retries.retryOnce(() -> door.answer(indicatorId,
                    ScaleChoice.score(value),
                    versions.getOrDefault(indicatorId, QuestionnaireService.NEW)));
            confirm(indicatorId, answer);
            sheet.saved(indicatorId);
            return true;
        } catch (StaleAnswerException e) {
            Answer current = e.current() != null ? e.current() : storedNow(indicatorId);
            Integer chosen = ScaleChoice.score(value);
            if (current != null && java.util.Objects.equals(current.score(), chosen)) {
                // another tab stored the same choice at the same moment: it is stored, no alarm
                confirm(indicatorId, current);
                sheet.saved(indicatorId);
                return true;
            }
            if (current == null) {
                versions.remove(indicatorId);
                stored.remove(indicatorId);
            } else {
                confirm(indicatorId, current);
            }
            refused(indicatorId, sheet, Notices.text(e));
        } catch (UserFacingException e) {
            refused(indicatorId, sheet, Notices.text(e));
        } catch (org.springframework.security.core.AuthenticationException
                | org.springframework.security.access.AccessDeniedException e) {
            refused(indicatorId, sheet, sheet.getTranslation("questionnaire.error.signed-out", sheet.text(indicatorId)));
        } catch (RuntimeException e) {
            log.warn("An answer was not stored", e);
            refused(indicatorId, sheet, sheet.getTranslation("questionnaire.error.not-saved", sheet.text(indicatorId)));
        }
        return false;
    }

    /** The stored answer after a save met a concurrent one (two tabs inserting at once), or null if unreadable. */
    private @Nullable Answer storedNow(long indicatorId) {
        try {
            return door.storedAnswer(indicatorId);
        } catch (RuntimeException e) {
            log.debug("The stored answer could not be read after a concurrent save", e);
            return null;
        }
    }

    private void confirm(long indicatorId, Answer answer) {
        versions.put(indicatorId, answer.version());
        stored.put(indicatorId, ScaleChoice.choice(answer.score()));
    }

    private void refused(long indicatorId, ScaleSheet sheet, String why) {
        @Nullable Integer value = stored.get(indicatorId);
        sheet.notSaved(indicatorId, value);
        Notices.errorText(why);
    }
}
