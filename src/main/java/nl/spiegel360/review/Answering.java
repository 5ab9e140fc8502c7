package nl.spiegel360.review;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.spiegel360.aggregation.RaterGroup;
import nl.spiegel360.base.UserFacingException;
import nl.spiegel360.competency.CompetencyReadModels.ProfileCompetency;
import nl.spiegel360.competency.CompetencyReadModels.ProfileDocument;
import nl.spiegel360.competency.ProfileReader;
import nl.spiegel360.people.PersonDirectory;
import nl.spiegel360.review.ReviewReadModels.Answer;
import nl.spiegel360.review.ReviewReadModels.CommentValue;
import nl.spiegel360.review.ReviewReadModels.Questionnaire;
import nl.spiegel360.review.ReviewReadModels.QuestionnaireCompetency;
import nl.spiegel360.review.ReviewReadModels.QuestionnaireItem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of answering one questionnaire, whoever opens it (a signed-in rater by their request, an external
 * rater by their link): which items it holds, that every answer is saved as it is given and versioned per answer
 * so that a second tab never silently overwrites a newer answer, the "may still answer" rule, submitting once,
 * declining with a reason. Checks nobody's rights: each door checks who may open the request before it comes here.
 *
 * <p>Nine collaborators, on purpose: answers, comments and the submit are one questionnaire's writes, each checked
 * against the same "may still answer" rule and the same profile revision in one transaction.
 */
@Component
@Transactional
class Answering {

    private static final int PROFILES_KEPT = 32;

    private final RaterAssignmentRepository assignments;
    private final RatingRepository ratings;
    private final CompetencyCommentRepository comments;
    private final ProfileReader profiles;
    private final PersonDirectory people;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Counter answersSaved;
    /** Per profile revision and "asked from outside or not", the indicator ids; frozen revisions never change. */
    private final Map<String, Set<Long>> indicatorsByProfile = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Set<Long>> eldest) {
                    return size() > PROFILES_KEPT;
                }
            });

    Answering(RaterAssignmentRepository assignments, RatingRepository ratings,
            CompetencyCommentRepository comments, ProfileReader profiles, PersonDirectory people,
            ApplicationEventPublisher events, Clock clock, MeterRegistry meters) {
        this.answersSaved = Counter.builder("spiegel360.answers.saved").description("Answers stored")
                .register(meters);
        this.assignments = assignments;
        this.ratings = ratings;
        this.comments = comments;
        this.profiles = profiles;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The questionnaire in the rater's language: each competency the rater's group is asked about, and its
     * indicators, as the profile has them in that language, else in the original.
     */
    @Transactional(readOnly = true)
    Questionnaire questionnaire(RaterAssignment a, Locale locale) {
        long assignmentId = a.getId();
        ProfileDocument document = profiles.document(a.getReview().getProfileId()).in(locale);
        boolean self = a.getGroup() == RaterGroup.SELF;
        List<QuestionnaireCompetency> competencies = asked(a, document).stream()
                .map(c -> new QuestionnaireCompetency(c.competencyId(), c.label(), c.definition(),
                        c.levels().stream().flatMap(l -> l.indicators().stream())
                                .map(i -> self && i.selfText() != null
                                        ? new QuestionnaireItem(i.id(), i.selfText(), i.selfText())
                                        : new QuestionnaireItem(i.id(), i.text(), i.marked())).toList())).toList();
        Map<Long, Answer> answers = new HashMap<>();
        ratings.findByAssignmentId(assignmentId).forEach(r -> answers.put(r.getIndicatorId(),
                new Answer(r.getScore(), r.getVersion())));
        Map<Long, CommentValue> texts = new HashMap<>();
        comments.findByAssignmentId(assignmentId).forEach(c -> texts.put(c.getCompetencyId(),
                new CommentValue(c.getText(), c.getVersion())));
        String employee = people.refs(List.of(a.getReview().getEmployeeId())).get(a.getReview().getEmployeeId())
                .name();
        return new Questionnaire(assignmentId, employee, a.getGroup(), a.getStatus(), a.lastDay(), editable(a),
                scaleMax(a), settings(a).minimum(a.getGroup()), competencies, answers, texts);
    }

    /** The competencies this rater is asked about: all of them, or for an external rater those judged from outside. */
    static List<ProfileCompetency> asked(RaterAssignment a, ProfileDocument document) {
        return a.getGroup() == RaterGroup.EXTERNAL
                ? document.competencies().stream().filter(ProfileCompetency::externalJudges).toList()
                : document.competencies();
    }

    /**
     * Saves one answer: a score on the scale, or null for "can't judge". {@code expectedVersion} is the version
     * the rater's screen showed ({@link QuestionnaireService#NEW} when it showed no answer); a newer answer is never overwritten, and a
     * newer answer that already is this choice (stored from another tab) is this save's answer. Returns the saved
     * answer.
     */
    Answer answer(RaterAssignment a, long indicatorId, @Nullable Integer score, long expectedVersion) {
        long assignmentId = a.getId();
        requireEditable(a);
        if (!indicatorIds(a).contains(indicatorId)) {
            throw ReviewAccess.notFound();
        }
        if (score != null && (score < 1 || score > scaleMax(a))) {
            throw new UserFacingException("questionnaire.error.score", scaleMax(a));
        }
        Rating rating = ratings.findByAssignmentIdAndIndicatorId(assignmentId, indicatorId).orElse(null);
        if (rating != null && rating.getVersion() != expectedVersion
                && java.util.Objects.equals(rating.getScore(), score)) {
            // another tab stored this very choice: nothing to refuse and nothing to write
            return new Answer(rating.getScore(), rating.getVersion());
        }
        if (rating == null && expectedVersion != QuestionnaireService.NEW
                || rating != null && rating.getVersion() != expectedVersion) {
            throw new StaleAnswerException(rating == null ? null : new Answer(rating.getScore(), rating.getVersion()));
        }
        if (rating == null) {
            rating = new Rating(assignmentId, indicatorId, score, clock.instant());
        } else {
            rating.answer(score, clock.instant());
        }
        try {
            rating = ratings.saveAndFlush(rating);
        } catch (org.springframework.dao.DataIntegrityViolationException
                | org.springframework.orm.ObjectOptimisticLockingFailureException raced) {
            throw new StaleAnswerException(null);
        }
        if (a.getStatus() == AssignmentStatus.NOT_STARTED) {
            a.setStatus(AssignmentStatus.IN_PROGRESS, clock.instant());
        }
        answersSaved.increment();
        return new Answer(rating.getScore(), rating.getVersion());
    }

    /** The stored answer of one item of the rater's own questionnaire, or null when it has none. */
    @Transactional(readOnly = true)
    @Nullable Answer storedAnswer(RaterAssignment a, long indicatorId) {
        return ratings.findByAssignmentIdAndIndicatorId(a.getId(), indicatorId)
                .map(r -> new Answer(r.getScore(), r.getVersion())).orElse(null);
    }

    /** Saves the optional comment on one competency, with the same protection as answers. */
    CommentValue comment(RaterAssignment a, long competencyId, String text, long expectedVersion) {
        long assignmentId = a.getId();
        requireEditable(a);
        if (asked(a, profiles.document(a.getReview().getProfileId())).stream()
                .noneMatch(c -> c.competencyId() == competencyId)) {
            throw ReviewAccess.notFound();
        }
        String value = text == null ? "" : text.strip();
        if (value.length() > ReviewLimits.COMMENT_MAX) {
            throw new UserFacingException("questionnaire.error.comment-too-long", ReviewLimits.COMMENT_MAX);
        }
        CompetencyComment comment = comments.findByAssignmentIdAndCompetencyId(assignmentId, competencyId)
                .orElse(null);
        if (comment == null && expectedVersion != QuestionnaireService.NEW
                || comment != null && comment.getVersion() != expectedVersion) {
            throw new UserFacingException("questionnaire.error.newer-comment");
        }
        if (comment == null) {
            comment = new CompetencyComment(assignmentId, competencyId, value, clock.instant());
        } else {
            comment.write(value, clock.instant());
        }
        comment = comments.saveAndFlush(comment);
        if (a.getStatus() == AssignmentStatus.NOT_STARTED) {
            a.setStatus(AssignmentStatus.IN_PROGRESS, clock.instant());
        }
        return new CommentValue(comment.getText(), comment.getVersion());
    }

    /** Submits the questionnaire: refused while an item is unanswered; a second submit changes nothing. */
    AssignmentStatus submit(RaterAssignment a) {
        long assignmentId = a.getId();
        if (a.getStatus() == AssignmentStatus.SUBMITTED) {
            return a.getStatus();
        }
        requireEditable(a);
        Set<Long> answered = ratings.findByAssignmentId(assignmentId).stream().map(Rating::getIndicatorId)
                .collect(Collectors.toSet());
        long missing = indicatorIds(a).stream().filter(id -> !answered.contains(id)).count();
        if (missing > 0) {
            throw new UserFacingException("questionnaire.error.incomplete", missing);
        }
        a.submit(clock.instant());
        assignments.flush();
        Review review = a.getReview();
        boolean all = assignments.findByReview(review.getId()).stream()
                .filter(x -> x.getStatus() != AssignmentStatus.DECLINED && x.getStatus() != AssignmentStatus.PROPOSED)
                .allMatch(x -> x.getStatus() == AssignmentStatus.SUBMITTED);
        if (all && !review.isAllSubmittedNotified()) {
            review.markAllSubmittedNotified();
            events.publishEvent(new ReviewEvents.ReviewFullySubmitted(review.getId()));
        }
        return a.getStatus();
    }

    boolean editable(RaterAssignment a) {
        return a.acceptsAnswersOn(LocalDate.now(clock));
    }

    private void requireEditable(RaterAssignment a) {
        if (a.getStatus() == AssignmentStatus.SUBMITTED) {
            throw new UserFacingException("questionnaire.error.submitted");
        }
        if (!editable(a)) {
            throw new UserFacingException("questionnaire.error.closed");
        }
    }

    /** The indicators this rater is asked about in the review's profile revision. */
    private Set<Long> indicatorIds(RaterAssignment a) {
        long profileId = a.getReview().getProfileId();
        boolean external = a.getGroup() == RaterGroup.EXTERNAL;
        return indicatorsByProfile.computeIfAbsent(profileId + (external ? "/external" : ""),
                key -> asked(a, profiles.document(profileId)).stream().flatMap(c -> c.levels().stream())
                        .flatMap(l -> l.indicators().stream()).map(i -> i.id())
                        .collect(Collectors.toUnmodifiableSet()));
    }

    /** The rater declines the request, with a reason; the employee and manager are told. */
    void decline(RaterAssignment a, String reason) {
        if (a.getGroup() == RaterGroup.SELF || a.getStatus() == AssignmentStatus.SUBMITTED
                || a.getStatus() == AssignmentStatus.DECLINED) {
            throw new UserFacingException("questionnaire.error.decline");
        }
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException("questionnaire.error.reason-required");
        }
        if (reason.strip().length() > ReviewLimits.REASON_MAX) {
            throw new UserFacingException("questionnaire.error.reason-too-long", ReviewLimits.REASON_MAX);
        }
        a.decline(reason.strip(), clock.instant());
        events.publishEvent(new ReviewEvents.RequestDeclined(a.getId()));
    }

    private int scaleMax(RaterAssignment a) {
        return settings(a).scaleMax();
    }

    private static nl.spiegel360.aggregation.Settings settings(RaterAssignment a) {
        return CycleSettings.read(a.getReview().getCycle().getSettings());
    }

}
