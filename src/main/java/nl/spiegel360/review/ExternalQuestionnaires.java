package nl.spiegel360.review;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;
import nl.spiegel360.audit.AuditLog;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.review.ReviewReadModels.Answer;
import nl.spiegel360.review.ReviewReadModels.CommentValue;
import nl.spiegel360.review.ReviewReadModels.Questionnaire;
import nl.spiegel360.security.LoginThrottle;
import nl.spiegel360.security.SystemTask;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answering a questionnaire as an external rater, by a personal link and without an account: the link is checked
 * again at every call, and opens that one request and nothing else (no session, no other page, no other request).
 * A link that opens nothing (unknown, changed, submitted, withdrawn, closed) is refused in one way, counted per
 * address (a burst from one address pauses that address only) and counted among the anonymous refusals. The rules
 * of answering are {@link Answering}'s, the same as for every rater.
 */
@Service
// the visitor signs in with nothing: the link is the access rule, checked by every method before anything is read
@PreAuthorize("permitAll()")
public class ExternalQuestionnaires {

    private final ExternalLinks links;
    private final Answering answering;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final ExternalRaterRepository externals;

    ExternalQuestionnaires(ExternalLinks links, Answering answering, LoginThrottle throttle, AuditLog audit,
            ExternalRaterRepository externals) {
        this.externals = externals;
        this.links = links;
        this.answering = answering;
        this.throttle = throttle;
        this.audit = audit;
    }

    /** The refusal of a link: one message whatever the reason, so that a link tells nothing of why. */
    public static UserFacingException refused() {
        return new UserFacingException("link.refused");
    }

    /**
     * Opens the request behind this link for a visitor from this address, or refuses: while the address is paused
     * for earlier wrong links, nothing is looked up at all.
     */
    @Transactional(noRollbackFor = UserFacingException.class)
    public void open(String token, String address) {
        if (throttle.linkPause(address).compareTo(Duration.ZERO) > 0) {
            audit.anonymousRefusal(address);
            throw refused();
        }
        if (links.open(token).isEmpty()) {
            throttle.linkFailed(address);
            audit.anonymousRefusal(address);
            throw refused();
        }
    }

    /** The language the external rater was invited in: the page speaks it. */
    @Transactional(readOnly = true)
    public Locale language(String token) {
        return with(token, a -> Locale.forLanguageTag(externals.findById(a.getId()).map(ExternalRater::getLanguage)
                .orElse("nl")));
    }

    @Transactional(readOnly = true)
    public Questionnaire questionnaire(String token, Locale locale) {
        return with(token, a -> answering.questionnaire(a, locale));
    }

    @Transactional
    public Answer answer(String token, long indicatorId, @Nullable Integer score, long expectedVersion) {
        return with(token, a -> answering.answer(a, indicatorId, score, expectedVersion));
    }

    @Transactional(readOnly = true)
    public @Nullable Answer storedAnswer(String token, long indicatorId) {
        RaterAssignment a = links.open(token).orElseThrow(ExternalQuestionnaires::refused);
        return answering.storedAnswer(a, indicatorId);
    }

    @Transactional
    public CommentValue comment(String token, long competencyId, String text, long expectedVersion) {
        return with(token, a -> answering.comment(a, competencyId, text, expectedVersion));
    }

    @Transactional
    public AssignmentStatus submit(String token) {
        return with(token, answering::submit);
    }

    @Transactional
    public void decline(String token, String reason) {
        with(token, a -> {
            answering.decline(a, reason);
            return a.getStatus();
        });
    }

    /**
     * The work on the request this link opens now. The rater is nobody in the organisation's directory; the work
     * reads the employee's name and queues mails as the system does.
     */
    private <T> T with(String token, Function<RaterAssignment, T> work) {
        RaterAssignment a = links.open(token).orElseThrow(ExternalQuestionnaires::refused);
        return SystemTask.call(() -> work.apply(a));
    }

    /**
     * The door of the page behind a link, after {@link #open} let it in: every call goes through {@code self} (this
     * service as Spring hands it out) and checks the link again.
     */
    public static QuestionnaireDoor door(ExternalQuestionnaires self, String token) {
        return new QuestionnaireDoor() {
            @Override
            public long key() {
                return (long) token.hashCode();
            }

            @Override
            public Questionnaire read(Locale locale) {
                return self.questionnaire(token, locale);
            }

            @Override
            public Answer answer(long indicatorId, @Nullable Integer score, long expectedVersion) {
                return self.answer(token, indicatorId, score, expectedVersion);
            }

            @Override
            public @Nullable Answer storedAnswer(long indicatorId) {
                return self.storedAnswer(token, indicatorId);
            }

            @Override
            public CommentValue comment(long competencyId, String text, long expectedVersion) {
                return self.comment(token, competencyId, text, expectedVersion);
            }

            @Override
            public AssignmentStatus submit() {
                return self.submit(token);
            }

            @Override
            public void decline(String reason) {
                self.decline(token, reason);
            }
        };
    }
}
